import fs from 'node:fs';

import { chromium, type Browser } from 'playwright-core';

import { ConfigError } from '@/shared/errors';

/**
 * Real-browser tests drive Debian's Chromium (apt-get install chromium; .ci/apt-packages.txt lists
 * it): playwright's own browser download cannot work without internet.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// Root in a container needs --no-sandbox; the rest stop Chromium from calling home during a test.
// Playwright gives every launch a fresh temporary --user-data-dir and removes it on close.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Why the browser tests are skipped, or undefined when they run. Only EGOV_SKIP_BROWSER=1 skips:
 * a missing Chromium is otherwise a failure (launchChromium says how to fix it), because CI
 * installs Chromium and a silent skip there would hide a broken page.
 */
export function browserSkipReason(): string | undefined {
  if (process.env.EGOV_SKIP_BROWSER !== '1') return undefined;
  const found = fs.existsSync(CHROMIUM_PATH) ? 'present' : 'missing';
  return `EGOV_SKIP_BROWSER=1 (Chromium at ${CHROMIUM_PATH}: ${found})`;
}

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new ConfigError(
      `no Chromium at ${CHROMIUM_PATH}: run "apt-get install -y chromium" (or set CHROMIUM_PATH), or set EGOV_SKIP_BROWSER=1 to skip browser tests`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
