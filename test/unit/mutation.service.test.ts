import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadCatalogue } from '@/graph/cypher.catalog';
import { toNeighborRow, type NeighborRow } from '@/services/graph.traversal';
import { combine, planMerge, type MergeNode } from '@/services/merge.plan';
import { toArticle } from '@/services/mutation.service';

const keep: MergeNode = { id: 'agency:国家发展和改革委员会', kind: 'Agency', name: '国家发展和改革委员会', aliases: ['发改委'] };
const dup: MergeNode = { id: 'agency:国家发改委', kind: 'Agency', name: '国家发改委', aliases: ['发改委', '国家发展改革委'] };

/** A neighbors-typed row as the store returns it. */
function row(node: string, other: string, otherKind: string, type: string, outgoing: boolean, extra: Record<string, unknown> = {}): NeighborRow {
  return toNeighborRow({
    nodeId: node, otherId: other, otherKind, otherName: other, otherTitle: other, type, outgoing,
    articleId: 'article:1', quote: 'q', startOffset: 10, endOffset: 20, score: 1, count: 1, spans: null, origin: null, ...extra,
  });
}

describe('planMerge', () => {
  const rows = [
    // the duplicate's mention in an article that also mentions the kept entity
    row(dup.id, 'article:1', 'Article', 'MENTIONS', false, { count: 2, startOffset: 5, spans: JSON.stringify([{ text: '国家发改委', start: 5, end: 10 }, { text: '发改委', start: 30, end: 33 }]) }),
    row(keep.id, 'article:1', 'Article', 'MENTIONS', false, { count: 1, startOffset: 50, spans: JSON.stringify([{ text: '发改委', start: 30, end: 33 }, { text: '国家发展和改革委员会', start: 50, end: 60 }]) }),
    // a mention in an article the kept entity is not in, and a typed relation
    row(dup.id, 'article:2', 'Article', 'MENTIONS', false, { articleId: 'article:2' }),
    row(dup.id, '110000', 'Region', 'LOCATED_IN', true),
    // a relation between the two would become a self-loop
    row(dup.id, keep.id, 'Agency', 'PARTNERS_WITH', true),
    row(keep.id, dup.id, 'Agency', 'PARTNERS_WITH', false),
  ];
  const plan = planMerge(keep, [dup], rows);

  test('moves every relationship of the duplicate with whitelisted statements, then deletes it and records its names', () => {
    const names = plan.statements.map((s) => s.name);
    assert.deepEqual(names, ['merge-edges.MENTIONS.Article.Agency', 'merge-edges.LOCATED_IN.Agency.Region', 'delete-entities', 'set-entity-aliases']);
    const catalogue = loadCatalogue('kuzu');
    for (const name of names) assert.ok(catalogue.has(name), `${name} is in the catalogue`);
    assert.deepEqual(plan.statements[2]!.params, { ids: [dup.id] });
    assert.deepEqual(plan.statements[3]!.params, { id: keep.id, aliases: ['发改委', '国家发改委', '国家发展改革委'] });
    assert.equal(plan.moved, 3);
  });

  test('re-points edges at the kept entity in their stored direction', () => {
    const mentions = plan.statements[0]!.params!.rows as Record<string, unknown>[];
    assert.deepEqual(mentions.map((r) => [r.from, r.to, r.articleId]), [['article:1', keep.id, 'article:1'], ['article:2', keep.id, 'article:2']]);
    const located = plan.statements[1]!.params!.rows as Record<string, unknown>[];
    assert.deepEqual(located.map((r) => [r.from, r.to]), [[keep.id, '110000']]);
  });

  test('mentions of both in one article become one: spans united, count = spans, earliest evidence', () => {
    const merged = (plan.statements[0]!.params!.rows as Record<string, unknown>[])[0]!;
    assert.equal(merged.count, 3);
    assert.equal(merged.startOffset, 5);
    assert.deepEqual(JSON.parse(String(merged.spans)).map((s: { start: number }) => s.start), [5, 30, 50]);
  });

  test('every row carries every relationship property the upsert statement binds', () => {
    for (const s of plan.statements.filter((st) => st.name.startsWith('merge-edges.'))) {
      for (const r of s.params!.rows as Record<string, unknown>[]) {
        assert.deepEqual(Object.keys(r).sort(), ['articleId', 'count', 'endOffset', 'from', 'quote', 'score', 'source', 'spans', 'startOffset', 'to']);
      }
    }
  });

  test('an edge the model does not allow is a bug, not a silent skip', () => {
    assert.throws(() => planMerge(keep, [dup], [row(dup.id, 'theme:x', 'Theme', 'LOCATED_IN', true)]), /not in the graph model/);
  });

  test('combine keeps non-MENTIONS counts and the source of GB/T facts', () => {
    const base = { articleId: '', quote: null, startOffset: null, endOffset: null, score: 1, count: 1, spans: null, source: 'GB/T 2260' };
    assert.deepEqual(combine('PART_OF', [base, { ...base, source: null }]), { ...base });
  });
});

describe('toArticle (ArticleInput)', () => {
  test('parses like a plain-article file: same id for the same title and body, source override, date', () => {
    const a = toArticle({ title: ' 温州上线一张网 ', body: '温州市政务服务网正式启用。（温州日报）' });
    const b = toArticle({ title: '温州上线一张网', body: '温州市政务服务网正式启用。（温州日报）', date: '2014-06-06', source: '浙江日报' });
    assert.equal(a.id, b.id);
    assert.equal(a.title, '温州上线一张网');
    assert.equal(b.date, '2014-06-06');
    assert.equal(b.source, '浙江日报');
  });

  test('empty or multi-line titles, empty bodies and bad dates are BAD_USER_INPUT', () => {
    const bad = [
      { title: '  ', body: '正文' },
      { title: '标题\n第二行', body: '正文' },
      { title: '标题', body: ' \n ' },
      { title: '标题', body: '正文', date: '2014-6-6' },
      { title: '标题', body: '正文', date: '2014-13-45' },
    ];
    for (const input of bad) assert.throws(() => toArticle(input), { code: 'BAD_USER_INPUT' }, JSON.stringify(input));
  });
});
