import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { graphql } from 'graphql';
import { loadExamples } from '@/api/examples';
import { buildApiSchema } from '@/api/schema';
import { contextFor, seededServices, type CountingStore } from '@test/support/seeded';
import type { Services } from '@/services/services';

describe('schema over the seeded embedded store (no HTTP)', () => {
  let services: Services;
  let store: CountingStore;
  const schema = buildApiSchema();
  const run = async (source: string, variableValues?: Record<string, unknown>) =>
    graphql({ schema, source, variableValues, contextValue: contextFor(services) });

  before(async () => {
    ({ services, store } = await seededServices());
  });
  after(async () => {
    await store?.close();
  });

  test('articles: 10 seed articles, cursor pages are disjoint and complete', async () => {
    const first = await run('{ articles(first: 4) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }');
    assert.equal(first.errors, undefined);
    const page1 = first.data!.articles as { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] };
    assert.equal(page1.totalCount, 10);
    assert.equal(page1.pageInfo.hasNextPage, true);
    const seen = new Set(page1.edges.map((e) => e.node.id));
    let cursor: string | null = page1.pageInfo.endCursor;
    while (cursor) {
      const next = await run('query($a: String) { articles(first: 4, after: $a) { pageInfo { hasNextPage endCursor } edges { node { id } } } }', { a: cursor });
      const page = next.data!.articles as typeof page1;
      for (const e of page.edges) {
        assert.ok(!seen.has(e.node.id), `${e.node.id} appears on two pages`);
        seen.add(e.node.id);
      }
      cursor = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    }
    assert.equal(seen.size, 10);
  });

  test('article fields: number, source, regions with codes, themes', async () => {
    const res = await run('{ articles(first: 10, orderBy: { field: NUMBER, direction: ASC }) { edges { node { number title source { name } regions { code name } themes { key } } } } }');
    assert.equal(res.errors, undefined);
    const nodes = (res.data!.articles as { edges: { node: { number: number; title: string; source: { name: string } | null; regions: { code: string }[]; themes: { key: string }[] } }[] }).edges.map((e) => e.node);
    assert.deepEqual(nodes.map((n) => n.number), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    assert.equal(nodes[0]!.source?.name, '人民法院报');
    assert.ok(nodes[4]!.regions.some((r) => r.code === '440605'), 'article 5 speaks of 南海区');
    assert.ok(nodes[8]!.themes.some((t) => t.key === 'data-sharing'), 'article 9 is about data sharing');
  });

  test('regionsByTheme(data-sharing): the cities that unified data silos, with evidence', async () => {
    const res = await run('{ regionsByTheme(theme: "data-sharing") { region { code name } articles { id } evidence { text articleId start end } } }');
    assert.equal(res.errors, undefined);
    const hits = res.data!.regionsByTheme as { region: { code: string | null; name: string }; articles: { id: string }[]; evidence: { text: string; articleId: string; start: number; end: number }[] }[];
    const codes = new Set(hits.map((h) => h.region.code));
    const has = (...alternatives: string[]) => alternatives.some((c) => codes.has(c));
    assert.ok(has('440605', '440600'), '佛山市南海区');
    assert.ok(has('330100'), '杭州市');
    assert.ok(has('330300'), '温州市');
    assert.ok(has('500000') || [...codes].some((c) => c?.startsWith('50')), '重庆');
    assert.ok(has('370100'), '济南市');
    assert.ok(!has('110000'), '北京市 is about mobile services, not data silos');
    assert.ok(!has('420100'), '武汉市 is about mobile services, not data silos');
    for (const hit of hits) {
      assert.ok(hit.articles.length > 0 && hit.evidence.length > 0, hit.region.name);
    }
    const bodies = await services.articles.byIds(hits.flatMap((h) => h.evidence.map((e) => e.articleId)));
    for (const e of hits.flatMap((h) => h.evidence)) assert.equal(bodies.get(e.articleId)!.body.slice(e.start, e.end), e.text);
  });

  test('an unknown theme is BAD_USER_INPUT, an oversized page too', async () => {
    const unknown = await run('{ regionsByTheme(theme: "data-silos") { region { name } } }');
    assert.equal(unknown.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    const big = await run('{ articles(first: 100000) { totalCount } }');
    assert.equal(big.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });

  test('every example operation executes without errors (mutations with the API key)', async () => {
    for (const example of loadExamples()) {
      const res = await graphql({ schema, source: example.query, contextValue: contextFor(services, true, true) });
      assert.equal(res.errors, undefined, `${example.name}: ${JSON.stringify(res.errors)}`);
    }
  });

  test('a page of 20 articles with regions, themes and entities costs a bounded number of store reads', async () => {
    store.reads.length = 0;
    const res = await run('{ articles(first: 20) { edges { node { id regions { name } themes { key } entities { name articleCount } source { name } metrics { value } } } } }');
    assert.equal(res.errors, undefined);
    // page + count + articles + mentions + nodes + themes + theme list + publications + counts + metrics,
    // independent of the number of articles (10 here; 1 + 10×k would be far above).
    assert.ok(store.reads.length <= 12, `${store.reads.length} reads: ${store.reads.join(', ')}`);
  });
});

describe('entity counts on the seeded store', () => {
  test('mention counts are real numbers and entities without aliases list none', async () => {
    const { services, store } = await seededServices();
    try {
      const res = await graphql({
        schema: buildApiSchema(),
        source: '{ entities(first: 100, orderBy: { field: MENTION_COUNT, direction: DESC }) { edges { node { name aliases mentionCount articleCount } } } }',
        contextValue: contextFor(services),
      });
      assert.equal(res.errors, undefined);
      const nodes = (res.data!.entities as { edges: { node: { aliases: string[]; mentionCount: number; articleCount: number } }[] }).edges.map((e) => e.node);
      assert.ok(nodes[0]!.mentionCount >= nodes[0]!.articleCount && nodes[0]!.mentionCount > 1, JSON.stringify(nodes));
      assert.ok(nodes[0]!.mentionCount >= nodes[2]!.mentionCount);
      assert.deepEqual(nodes.flatMap((n) => n.aliases).filter((a) => a.trim() === '' || a.includes('\u0000')), []);
      assert.ok(nodes.some((n) => n.aliases.length === 0), 'some entities have no alias, and list none');
    } finally {
      await store.close();
    }
  });
});
