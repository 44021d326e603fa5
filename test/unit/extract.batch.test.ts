import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readdirSync } from 'node:fs';
import type { Article } from '@/corpus/corpus.types';
import { readCorpusFile } from '@/corpus/corpus.reader';
import { CHUNK_CHARS, extractArticle, extractArticles } from '@/extract/extract.service';
import { PROJECT_ROOT } from '@/shared/paths';
import { article } from '@test/fixtures/extract/article.fixture';

async function devArticles(): Promise<Article[]> {
  const dir = path.join(PROJECT_ROOT, 'test', 'fixtures', 'dev');
  const out: Article[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const doc = await readCorpusFile(path.join(dir, f));
    if (doc.kind === 'article') out.push(doc.article);
  }
  return out;
}

describe('extracting many articles stage by stage', () => {
  test('gives each article exactly what extracting it alone gives, in order, across chunk boundaries', async () => {
    const dev = await devArticles();
    // more text than one chunk holds: the dev set repeated
    const many: Article[] = [];
    while (many.reduce((n, a) => n + a.body.length, 0) <= CHUNK_CHARS * 1.5) many.push(...dev);
    const seen: string[] = [];
    const batch = extractArticles(many, {}, (a) => seen.push(a.id));
    assert.deepEqual(seen, many.map((a) => a.id));
    assert.equal(batch.length, many.length);
    for (let i = 0; i < many.length; i++) assert.deepEqual(batch[i], extractArticle(many[i]!), many[i]!.id);
  });

  test('a reference date given for the batch applies to every article; without one each article uses its own date', () => {
    const a = article('实施', '新规6日起实施。', '2014-06-01');
    const b = article('上线', '平台5日上线。', '2019-03-01');
    const given = extractArticles([a, b], { referenceDate: '2030-03-01' });
    assert.deepEqual(given.map((x) => x.dates.map((d) => d.value)), [['2030-03-06'], ['2030-03-05']]);
    const own = extractArticles([a, b]);
    assert.deepEqual(own.map((x) => x.dates.map((d) => d.value)), [['2014-06-06'], ['2019-03-05']]);
  });
});
