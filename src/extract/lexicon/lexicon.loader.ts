import fs from 'node:fs';
import path from 'node:path';
import { ConfigError } from '@/shared/errors';
import { SEEDS_DIR } from '@/shared/paths';

const LEXICON_DIR = path.join(SEEDS_DIR, 'lexicons');

const cache = new Map<string, unknown>();

/**
 * Reads seeds/lexicons/<name>.json once per process. The data is curated by hand, so a broken file
 * is a configuration error that names the file, not something to work around.
 */
export function loadLexicon<T>(name: string, check: (raw: unknown) => raw is T): T {
  const hit = cache.get(name);
  if (hit !== undefined) return hit as T;
  const file = path.join(LEXICON_DIR, `${name}.json`);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ConfigError(`${file}: ${(err as Error).message.split('\n')[0]}`);
  }
  if (!check(raw)) throw new ConfigError(`${file}: unexpected shape`);
  cache.set(name, raw);
  return raw;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string');
}
