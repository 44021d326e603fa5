import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildClientSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema, type IntrospectionQuery } from 'graphql';
import { startServer, type RunningServer } from '@/api/server';
import { resolveConfig } from '@/config/config';
import { SCHEMA_DIR } from '@/shared/paths';
import { seededServices, type CountingStore } from '@test/support/seeded';

/* eslint-disable @typescript-eslint/no-explicit-any -- a black-box client reads JSON */
type Body = { data?: Record<string, any> | null; errors?: { message: string; extensions?: { code?: string } }[] };

/** The acceptance checks of issue 5, as a client outside the project would run them. */
describe('acceptance over HTTP (seeded embedded store, API key "k")', () => {
  let running: RunningServer;
  let store: CountingStore;
  const post = async (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const res = await fetch(running.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
    return { status: res.status, body: (await res.json()) as Body };
  };
  const data = async (query: string, variables?: Record<string, unknown>) => {
    const { body } = await post(query, variables);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data!;
  };
  const code = (body: Body) => body.errors?.[0]?.extensions?.code;

  before(async () => {
    const seeded = await seededServices();
    store = seeded.store;
    running = await startServer({ ...resolveConfig({ port: 0 }, {}), apiKey: 'k' }, seeded.services);
  });
  after(async () => {
    await running?.close();
    await store?.close();
  });

  test('cursor pages are disjoint', async () => {
    const q = 'query($a: String) { articles(first: 3, after: $a) { pageInfo { hasNextPage endCursor } edges { node { id } } } }';
    const seen = new Set<string>();
    let after: string | null = null;
    do {
      const page: any = (await data(q, { a: after })).articles;
      for (const e of page.edges) {
        assert.ok(!seen.has(e.node.id), `${e.node.id} on two pages`);
        seen.add(e.node.id);
      }
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    assert.equal(seen.size, 10);
  });

  test('regionCode 330000 returns the Hangzhou and Wenzhou articles', async () => {
    const { articles } = await data('{ articles(first: 20, filter: { regionCode: "330000" }) { totalCount edges { node { title regions { code } } } } }');
    const codes = articles.edges.map((e: any) => new Set(e.node.regions.map((r: any) => r.code)));
    assert.ok(codes.some((c: Set<string>) => c.has('330100')), 'an article about 杭州市');
    assert.ok(codes.some((c: Set<string>) => c.has('330300')), 'an article about 温州市');
    assert.ok(articles.totalCount < 10);
  });

  test('the theme filter keeps exactly the articles carrying the theme', async () => {
    const { articles } = await data('{ articles(first: 20, filter: { theme: "data-sharing" }) { totalCount edges { node { themes { key } } } } }');
    assert.ok(articles.totalCount > 0 && articles.totalCount < 10);
    for (const e of articles.edges) assert.ok(e.node.themes.some((t: any) => t.key === 'data-sharing'));
  });

  test('entities sort by ARTICLE_COUNT, descending', async () => {
    const { entities } = await data('{ entities(first: 30, orderBy: { field: ARTICLE_COUNT, direction: DESC }) { edges { node { name articleCount } } } }');
    const counts = entities.edges.map((e: any) => e.node.articleCount);
    assert.ok(counts.length > 1);
    assert.deepEqual(counts, [...counts].sort((a: number, b: number) => b - a));
  });

  test('search finds 发改委, nanhai, qingdao and 数据统筹', async () => {
    const search = async (q: string) => (await data('query($q: String!) { search(query: $q) { score matched entity { id name aliases } } }', { q })).search as any[];
    assert.ok((await search('发改委')).some((h) => h.entity.name === '国家发展和改革委员会' || h.entity.aliases.includes('发改委')));
    assert.ok((await search('nanhai')).some((h) => h.entity.name.includes('南海')));
    assert.ok((await search('qingdao')).some((h) => h.entity.name.includes('青岛')));
    assert.ok((await search('数据统筹')).some((h) => h.entity.name.includes('数据统筹')));
  });

  test('region 440605 has parent 440600', async () => {
    const { region } = await data('{ region(code: "440605") { name parent { code name } } }');
    assert.equal(region.parent.code, '440600');
  });

  test('the neighbourhood of 南海区 reaches 数据统筹局, with edges only between returned nodes', async () => {
    const { neighborhood } = await data('{ neighborhood(id: "440605", depth: 2) { truncated nodes { id type label } edges { id type source target } } }');
    const ids = new Set(neighborhood.nodes.map((n: any) => n.id));
    assert.ok(neighborhood.nodes.some((n: any) => n.type === 'Agency' && n.label.includes('数据统筹局')));
    for (const e of neighborhood.edges) assert.ok(ids.has(e.source) && ids.has(e.target), e.id);
  });

  test('there is a path 杭州 → 温州', async () => {
    const { paths } = await data('{ paths(from: "330100", to: "330300") { length nodes { id label } edges { type source target } } }');
    assert.ok(paths.length > 0);
    assert.equal(paths[0].nodes[0].id, '330100');
    assert.equal(paths[0].nodes.at(-1).id, '330300');
  });

  test('facets THEME gives data-sharing ≥ 4; crosstab THEME × PROVINCE has (data-sharing, 330000) ≥ 2', async () => {
    const { facets } = await data('{ facets(dimension: THEME) { key label count } }');
    assert.ok(facets.find((b: any) => b.key === 'data-sharing')?.count >= 4);
    const { crosstab } = await data('{ crosstab(rows: THEME, columns: PROVINCE) { row column count } }');
    assert.ok(crosstab.find((c: any) => c.row === 'data-sharing' && c.column === '330000')?.count >= 2);
  });

  test('stats.articles = 10', async () => {
    assert.equal((await data('{ stats { articles } }')).stats.articles, 10);
  });

  test('a 10-level nested query is rejected before it runs', async () => {
    const deep = '{ region(code: "440605") { parent { parent { children { parent { children { parent { children { parent { children { name } } } } } } } } } }';
    store.reads.length = 0;
    const { status, body } = await post(deep);
    assert.equal(status, 400);
    assert.ok(body.errors?.length);
    assert.equal(store.reads.length, 0);
  });

  test('first: 100000 gives BAD_USER_INPUT', async () => {
    for (const q of ['{ articles(first: 100000) { totalCount } }', '{ entities(first: 100000) { totalCount } }', '{ search(query: "qingdao", first: 100000) { score } }']) {
      assert.equal(code((await post(q)).body), 'BAD_USER_INPUT', q);
    }
  });

  test('a mutation without the key, or with a wrong one, gives UNAUTHENTICATED; with the key a dry run works', async () => {
    const m = 'mutation($i: ArticleInput!) { ingestArticle(input: $i, dryRun: true) { written extraction { entities { name } } } }';
    const i = { title: '南海区上线数据统筹平台', body: '佛山市南海区数据统筹局建成全区统一的数据共享平台。' };
    assert.equal(code((await post(m, { i })).body), 'UNAUTHENTICATED');
    assert.equal(code((await post(m, { i }, { authorization: 'Bearer nope' })).body), 'UNAUTHENTICATED');
    const { body } = await post(m, { i }, { authorization: 'Bearer k' });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.equal(body.data!.ingestArticle.written, false);
    assert.ok(body.data!.ingestArticle.extraction.entities.length > 0);
    assert.equal((await data('{ stats { articles } }')).stats.articles, 10, 'the dry run wrote nothing');
  });

  test('the SDL file matches the schema the server introspects', async () => {
    const introspection = (await data(getIntrospectionQuery())) as unknown as IntrospectionQuery;
    const live = printSchema(lexicographicSortSchema(buildClientSchema(introspection)));
    const committed = fs.readFileSync(path.join(SCHEMA_DIR, 'schema.graphql'), 'utf8');
    assert.equal(committed.trim(), live.trim());
  });
});

describe('a server without EGOV_API_KEY', () => {
  test('refuses every mutation as UNAUTHENTICATED, saying mutations are disabled', async () => {
    const seeded = await seededServices();
    const running = await startServer({ ...resolveConfig({ port: 0 }, {}), apiKey: null }, seeded.services);
    try {
      const res = await fetch(running.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer anything' },
        body: JSON.stringify({ query: 'mutation { deleteArticle(id: "x") }' }),
      });
      const body = (await res.json()) as Body;
      assert.equal(body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
      assert.match(body.errors![0]!.message, /disabled/);
    } finally {
      await running.close();
      await seeded.store.close();
    }
  });
});
