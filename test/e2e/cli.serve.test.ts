import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { PROJECT_ROOT } from '@/shared/paths';

const MAIN = path.join(__dirname, '..', '..', 'src', 'cli', 'main.js');

interface Run {
  url: Promise<string>;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr: () => string;
  kill: (signal: NodeJS.Signals) => void;
}

function serve(env: Record<string, string>): Run {
  const child = spawn(process.execPath, [MAIN, 'serve'], { env: { ...process.env, PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => (err += String(d)));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += String(d);
      const m = /GraphQL API: (\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', () => reject(new Error(`exited before serving: ${err}`)));
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { url, exit, stderr: () => err, kill: (s) => child.kill(s) };
}

async function totalCount(url: string): Promise<number> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ articles(first: 50) { totalCount } }' }) });
  return ((await res.json()) as { data: { articles: { totalCount: number } } }).data.articles.totalCount;
}

describe('egov-kg serve', () => {
  test('loads the seeds on first start only, and shuts down cleanly on SIGTERM and SIGINT', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'egov-cli-'));
    const first = serve({ EGOV_DATA_DIR: dataDir });
    assert.equal(await totalCount(await first.url), 10);
    first.kill('SIGTERM');
    assert.deepEqual(await first.exit, { code: 0, signal: null });
    assert.match(first.stderr(), /loaded 10 articles/);

    const second = serve({ EGOV_DATA_DIR: dataDir });
    assert.equal(await totalCount(await second.url), 10, 'a second start duplicates nothing');
    second.kill('SIGINT');
    assert.deepEqual(await second.exit, { code: 0, signal: null });
    assert.doesNotMatch(second.stderr(), /loaded/);
  });

  test('an unreachable Neo4j fails within the connect timeout with one line naming Neo4j and the URI', async () => {
    const run = serve({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_CONNECT_TIMEOUT: '2' });
    run.url.catch(() => undefined);
    const { code } = await run.exit;
    assert.equal(code, 1);
    const last = run.stderr().trim().split('\n').pop()!;
    assert.match(last, /^egov-kg: .*Neo4j.*bolt:\/\/127\.0\.0\.1:1/);
    assert.doesNotMatch(run.stderr(), /\n\s+at /, 'no stack trace');
  });

  test('a bad configuration value stops the start with one line', async () => {
    const run = serve({ PORT: 'eighty' });
    run.url.catch(() => undefined);
    assert.equal((await run.exit).code, 1);
    assert.equal(run.stderr().trim(), 'egov-kg: PORT must be an integer, got "eighty"');
  });
});

describe('egov-kg ingest', () => {
  const run = (args: string[], env: Record<string, string>) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [MAIN, ...args], { env: { ...process.env, ...env } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += String(d)));
      child.stderr.on('data', (d) => (stderr += String(d)));
      child.on('exit', (code) => resolve({ code, stdout, stderr }));
    });
  const fixtures = path.join(PROJECT_ROOT, 'test', 'fixtures', 'corpus');

  test('a malformed file among good ones: one line naming it, and nothing is written', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'egov-ingest-'));
    const good = path.join(fixtures, 'good', 'article-plain.txt');
    const bad = path.join(fixtures, 'malformed', 'toc-count-mismatch.txt');
    const failed = await run(['ingest', good, bad], { EGOV_DATA_DIR: dataDir });
    assert.equal(failed.code, 1);
    assert.equal(failed.stderr.trim().split('\n').length, 1);
    assert.match(failed.stderr, /toc-count-mismatch\.txt/);
    assert.equal(fs.existsSync(path.join(dataDir, 'graph.kuzu')), false, 'the store was not even opened');

    const ok = await run(['ingest', good], { EGOV_DATA_DIR: dataDir });
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /ingested 1 articles/);
  });
});
