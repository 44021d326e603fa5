import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { Article } from '@/corpus/corpus.types';
import { readCorpusFile } from '@/corpus/corpus.reader';
import { extractArticle } from '@/extract/extract.service';
import type { Extraction } from '@/extract/extraction.types';
import { SEEDS_DIR } from '@/shared/paths';
import { assertSpans, entitiesOf, regionCodes } from '@test/fixtures/extract/article.fixture';

describe('extraction of the seed bulletin', () => {
  const byNumber = new Map<number, { a: Article; x: Extraction }>();
  before(async () => {
    const doc = await readCorpusFile(path.join(SEEDS_DIR, 'bulletin-2014-06-06-june-1.txt'));
    assert.equal(doc.kind, 'bulletin');
    if (doc.kind !== 'bulletin') return;
    for (const a of doc.bulletin.articles) byNumber.set(a.number!, { a, x: extractArticle(a) });
  });
  const get = (n: number) => byNumber.get(n)!;

  test('every span of every article is the text it claims', () => {
    assert.equal(byNumber.size, 10);
    for (const { a, x } of byNumber.values()) assertSpans(x, a.body);
  });

  test('article 1 is about 重庆市; 重庆高院 is 重庆市高级人民法院', () => {
    const { x } = get(1);
    assert.ok(regionCodes(x).includes('500000'));
    assert.deepEqual(x.about, ['500000']);
    const court = entitiesOf(x, 'Agency').find((e) => e.name === '重庆市高级人民法院');
    assert.ok(court?.aliases.includes('重庆高院'));
  });

  test('article 1: 信访系统 CONNECTS_TO 审判管理系统, with the sentence that says so', () => {
    const { a, x } = get(1);
    const link = x.relations.find((r) => r.type === 'CONNECTS_TO' && r.to.name === '审判管理系统');
    assert.equal(link?.from.name, '信访管理系统');
    assert.ok(link.evidence.text.includes('无缝链接'));
    assert.equal(a.body.slice(link.evidence.start, link.evidence.end), link.evidence.text);
  });

  test('article 3: 两江新区 is a zone under 重庆市', () => {
    const zone = entitiesOf(get(3).x, 'Region').find((e) => e.name === '两江新区');
    assert.equal(zone?.level, 'zone');
    assert.equal(zone?.code, undefined);
    assert.equal(zone?.parentCode, '500000');
  });

  test('article 4: 曹淑敏 with her role; the institute is an organisation', () => {
    const { x } = get(4);
    const cao = entitiesOf(x, 'Person').find((e) => e.name === '曹淑敏');
    assert.equal(cao?.attrs?.['role'], '工业和信息化部电信研究院院长');
    assert.ok(x.relations.some((r) => r.type === 'WORKS_AT' && r.from.name === '曹淑敏' && r.to.name === '工业和信息化部电信研究院'));
  });

  test('article 5 mentions 南海区 (440605), with 广东 and 佛山 from the title', () => {
    const { x } = get(5);
    assert.deepEqual(regionCodes(x).sort(), ['440000', '440600', '440605']);
    assert.deepEqual(x.about, ['440605']);
  });

  test('article 10: 发改委 is 国家发展和改革委员会, 浪潮集团 an organisation, a national article about no region', () => {
    const { x } = get(10);
    assert.ok(entitiesOf(x, 'Agency').some((e) => e.name === '国家发展和改革委员会' && e.mentions.some((m) => m.text === '发改委')));
    assert.ok(entitiesOf(x, 'Organization').some((e) => e.name === '浪潮集团'));
    assert.deepEqual(x.about, []);
  });
});
