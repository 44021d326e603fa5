import { readdirSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readCorpusDir, readCorpusFile, readCorpusPaths, readCorpusStream } from '@/corpus/corpus.reader';
import type { CorpusDocument } from '@/corpus/corpus.types';
import { ParseError } from '@/shared/errors';
import { PROJECT_ROOT, SEEDS_DIR } from '@/shared/paths';

const FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures', 'corpus');
const GOOD = path.join(FIXTURES, 'good');
const bad = (name: string) => path.join(FIXTURES, 'malformed', name);

function bulletinOf(doc: CorpusDocument) {
  assert.equal(doc.kind, 'bulletin');
  return doc.bulletin;
}

/** Asserts a ParseError whose one-line message starts with the file name and mentions `problem`. */
async function rejectsWith(promise: Promise<unknown>, file: string, problem: RegExp) {
  await assert.rejects(promise, (err: unknown) => {
    assert.ok(err instanceof ParseError, `ParseError expected, got ${String(err)}`);
    assert.equal(err.code, 'PARSE_ERROR');
    assert.equal(err.file, file);
    assert.ok(err.message.startsWith(`${file}: `), err.message);
    assert.ok(!err.message.includes('\n'), 'one line');
    assert.match(err.message, problem);
    return true;
  });
}

describe('readCorpusFile', () => {
  test('reads the seed bulletin', async () => {
    const b = bulletinOf(await readCorpusFile(path.join(SEEDS_DIR, 'bulletin-2014-06-06-june-1.txt')));
    assert.equal(b.articles.length, 10);
  });

  test('a plain article file', async () => {
    const doc = await readCorpusFile(path.join(GOOD, 'article-plain.txt'));
    assert.equal(doc.kind, 'article');
    assert.equal(doc.article.title, '国家政务服务平台开展试运行');
    assert.equal(doc.article.date, '2016-03-15');
    assert.equal(doc.article.source, '人民网');
    assert.equal(doc.article.body, '记者从有关部门获悉，国家政务服务平台近日开展试运行，首批接入20个部门的100余项服务事项。平台将逐步实现“一网通办”。');
  });

  const cases: Array<[string, RegExp]> = [
    ['empty.txt', /empty file/],
    ['whitespace-only.txt', /empty file/],
    ['binary.txt', /binary/],
    ['gbk.txt', /not valid UTF-8/],
    ['replacement-char.txt', /U\+FFFD/],
    ['toc-count-mismatch.txt', /table of contents lists 3 articles but 2 were found/],
    ['toc-title-mismatch.txt', /"2\. 第二篇文章" does not match table of contents entry "2\. 第二篇：不同的标题"/],
    ['article-without-body.txt', /article 2 "第二篇文章" .*empty body/],
    ['no-articles.txt', /no numbered article headings/],
  ];
  for (const [name, problem] of cases) {
    test(`malformed: ${name}`, () => rejectsWith(readCorpusFile(bad(name)), bad(name), problem));
  }

  test('every malformed fixture is covered by a case above', () => {
    assert.deepEqual(readdirSync(path.join(FIXTURES, 'malformed')).sort(), cases.map(([n]) => n).sort());
  });

  test('a missing file and a directory are one-line ParseErrors', async () => {
    await rejectsWith(readCorpusFile(bad('nope.txt')), bad('nope.txt'), /no such file/);
    await rejectsWith(readCorpusFile(GOOD), GOOD, /is a directory/);
  });
});

describe('readCorpusDir', () => {
  test('reads *.txt in sorted order and ignores other files', async () => {
    const docs = await readCorpusDir(GOOD);
    assert.deepEqual(
      docs.map((d) => path.basename(d.kind === 'bulletin' ? d.bulletin.file : d.article.file)),
      ['article-plain.txt', 'bulletin-2015-12-01-layout-b.txt'],
    );
  });

  test('the seeds directory yields the seed bulletin only (themes.md ignored)', async () => {
    const docs = await readCorpusDir(SEEDS_DIR);
    assert.equal(docs.length, readdirSync(SEEDS_DIR).filter((n) => n.endsWith('.txt')).length);
    assert.ok(docs.every((d) => d.kind === 'bulletin' || d.kind === 'article'));
  });

  test('one bad file fails the whole directory', async () => {
    await assert.rejects(readCorpusDir(path.join(FIXTURES, 'malformed')), ParseError);
  });

  test('a directory without .txt files is an error', async () => {
    await rejectsWith(readCorpusDir(path.join(PROJECT_ROOT, 'src', 'shared')), path.join(PROJECT_ROOT, 'src', 'shared'), /no \.txt/);
  });
});

describe('readCorpusStream / readCorpusPaths', () => {
  test('parses a stream split mid-character', async () => {
    const bytes = Buffer.from('标题\n\n正文。（人民网）\n', 'utf8');
    const doc = await readCorpusStream(Readable.from([bytes.subarray(0, 4), bytes.subarray(4)]), '<stdin>');
    assert.equal(doc.kind, 'article');
    assert.equal(doc.article.body, '正文。');
    assert.equal(doc.article.file, '<stdin>');
  });

  test('an empty stream names <stdin>', async () => {
    await rejectsWith(readCorpusStream(Readable.from([]), '<stdin>'), '<stdin>', /empty file/);
  });

  test('files and directories mixed, in argument order', async () => {
    const docs = await readCorpusPaths([path.join(GOOD, 'bulletin-2015-12-01-layout-b.txt'), GOOD]);
    assert.deepEqual(docs.map((d) => d.kind), ['bulletin', 'article', 'bulletin']);
  });
});
