import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { Command } from 'commander';
import { registerExtractCommand, runExtract } from '@/cli/extract.command';
import { readCorpusFile } from '@/corpus/corpus.reader';
import { toContractJson } from '@/extract/extract.contract';
import { extractArticle } from '@/extract/extract.service';
import { PROJECT_ROOT } from '@/shared/paths';
import { ParseError } from '@/shared/errors';
import { article } from '@test/fixtures/extract/article.fixture';

const FIXTURE = path.join(PROJECT_ROOT, 'test', 'fixtures', 'extract', 'plain-article.txt');

/** Runs `egov-kg extract …` in-process, capturing what it writes. */
async function cli(args: string[]): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  const program = new Command().exitOverride();
  let stdout = '';
  let stderr = '';
  registerExtractCommand(program, { out: (t) => (stdout += t), err: (t) => (stderr += t), read: readCorpusFile });
  const before = process.exitCode;
  try {
    await program.parseAsync(['node', 'egov-kg', 'extract', ...args]);
    return { stdout, stderr, exitCode: Number(process.exitCode ?? 0) };
  } finally {
    process.exitCode = before;
  }
}

describe('extract contract JSON', () => {
  test('the document has exactly the contract fields (plus about/dates/attrs extras)', () => {
    const a = article('杭州推进政务服务', '杭州市数据资源管理局上线“浙里办”APP，平台采用云计算技术。');
    const doc = toContractJson([a], [extractArticle(a)]);
    const art = doc.articles[0]!;
    assert.deepEqual(Object.keys(art), ['title', 'date', 'source', 'body', 'entities', 'relations', 'themes', 'metrics', 'about', 'dates']);
    const region = art.entities.find((e) => e.type === 'Region')!;
    assert.equal(region.code, '330100');
    assert.deepEqual(Object.keys(region).slice(0, 5), ['type', 'name', 'code', 'aliases', 'mentions']);
    for (const e of art.entities.filter((x) => x.type !== 'Region')) assert.equal('code' in e, false);
    const rel = art.relations.find((r) => r.type === 'LOCATED_IN')!;
    assert.deepEqual(rel.to, { type: 'Region', name: '杭州市', code: '330100' });
    assert.deepEqual(Object.keys(rel.evidence), ['text', 'start', 'end']);
    assert.doesNotThrow(() => JSON.parse(JSON.stringify(doc)));
  });
});

describe('egov-kg extract', () => {
  test('reads every file first, then extracts each article', async () => {
    const seen: string[] = [];
    const doc = await runExtract(['a.txt', 'b.txt'], async (file) => {
      seen.push(file);
      return { kind: 'article', article: article(`标题${file}`, '南京市鼓楼区上线政务服务平台。') };
    });
    assert.deepEqual(seen, ['a.txt', 'b.txt']);
    assert.deepEqual(doc.articles.map((a) => a.title), ['标题a.txt', '标题b.txt']);
    assert.ok(doc.articles[0]!.entities.some((e) => e.code === '320106'));
  });

  test('prints one JSON document on stdout, logs on stderr, exit 0', async () => {
    const { stdout, stderr, exitCode } = await cli(['--format', 'json', FIXTURE]);
    assert.equal(exitCode, 0);
    const doc = JSON.parse(stdout) as { articles: { title: string; source: string | null; entities: { name: string }[] }[] };
    assert.equal(doc.articles.length, 1);
    assert.equal(doc.articles[0]!.title, '合肥上线“皖事通”移动政务平台');
    assert.equal(doc.articles[0]!.source, '合肥日报');
    assert.ok(doc.articles[0]!.entities.some((e) => e.name === '合肥市数据资源局'));
    assert.match(stderr, /1 article/);
  });

  test('an unreadable file: one line on stderr, nothing on stdout, non-zero exit', async () => {
    const { stdout, stderr, exitCode } = await cli([FIXTURE, path.join(PROJECT_ROOT, 'no', 'such', 'file.txt')]);
    assert.equal(stdout, '');
    assert.notEqual(exitCode, 0);
    assert.equal(stderr.trim().split('\n').filter((l) => l.startsWith('egov-kg:')).length, 1);
  });

  test('runExtract passes typed read errors through', async () => {
    await assert.rejects(
      runExtract(['x.txt'], async () => {
        throw new ParseError('x.txt', 'not valid UTF-8 text');
      }),
      ParseError,
    );
  });
});
