import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { graphql, type ExecutionResult } from 'graphql';
import { buildApiSchema } from '@/api/schema';
import { REL_TYPES } from '@/graph/graph.model';
import type { Services } from '@/services/services';
import { contextFor, seededServices, type CountingStore } from '@test/support/seeded';

/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL results are checked field by field */
type Result = ExecutionResult<Record<string, any>>;
const codeOf = (res: Result) => res.errors?.[0]?.extensions?.code;
const ok = (res: Result) => {
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  return res.data!;
};

function harness() {
  const h = {
    services: undefined as unknown as Services,
    store: undefined as unknown as CountingStore,
    run: async (source: string, variableValues?: Record<string, unknown>, auth = { authenticated: false, configured: false }): Promise<Result> =>
      graphql({ schema: buildApiSchema(), source, variableValues, contextValue: contextFor(h.services, auth.authenticated, auth.configured) }),
    reads: async (source: string) => {
      h.store.reads.length = 0;
      ok(await h.run(source));
      return [...h.store.reads];
    },
  };
  before(async () => {
    ({ services: h.services, store: h.store } = await seededServices());
  });
  after(async () => {
    await h.store?.close();
  });
  return h;
}

describe('entities, search, graph, dashboards and stats over the seeded store (no HTTP)', () => {
  const h = harness();

  test('entities: ARTICLE_COUNT DESC is sorted, cursor pages are disjoint, 4 reads per page', async () => {
    const query = 'query($a: String) { entities(first: 7, after: $a, orderBy: { field: ARTICLE_COUNT, direction: DESC }) { totalCount pageInfo { hasNextPage endCursor } edges { node { id articleCount } } } }';
    const seen: string[] = [];
    const counts: number[] = [];
    let cursor: string | null = null;
    let total = 0;
    do {
      const page: any = ok(await h.run(query, { a: cursor })).entities;
      total = page.totalCount;
      for (const e of page.edges) {
        seen.push(e.node.id);
        counts.push(e.node.articleCount);
      }
      cursor = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (cursor);
    assert.equal(seen.length, total);
    assert.equal(new Set(seen).size, seen.length, 'pages are disjoint');
    for (let i = 1; i < counts.length; i++) assert.ok(counts[i - 1]! >= counts[i]!, `not descending at ${i}: ${counts.join(',')}`);
    assert.ok(counts[0]! >= 2, 'some entity is in two articles');
    const reads = await h.reads('{ entities(first: 20) { edges { node { name articleCount mentionCount } } } }');
    assert.ok(reads.length <= 4, reads.join(', '));
  });

  test('entity.articles: one batched read for a page of entities, paged per entity, totals match articleCount', async () => {
    const query = '{ entities(first: 20, orderBy: { field: ARTICLE_COUNT, direction: DESC }) { edges { node { id articleCount articles(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { id date } } } } } } }';
    const reads = await h.reads(query);
    // One read per field (page, count, nodes, counts, entity articles, articles), never one per entity.
    assert.equal(new Set(reads).size, reads.length, reads.join(', '));
    assert.ok(reads.includes('entity-articles') && reads.length <= 6, reads.join(', '));
    const edges = ok(await h.run(query)).entities.edges;
    for (const { node } of edges) {
      assert.equal(node.articles.totalCount, node.articleCount, node.id);
      assert.equal(node.articles.edges.length, 1, node.id);
      assert.equal(node.articles.pageInfo.hasNextPage, node.articleCount > 1, node.id);
    }
    const busy = edges[0].node;
    assert.ok(busy.articleCount >= 2);
    const rest = ok(await h.run('query($id: ID!, $a: String) { node(id: $id) { ... on Entity { articles(first: 100, after: $a) { edges { node { id date } } } } } }', { id: busy.id, a: busy.articles.pageInfo.endCursor })).node.articles.edges.map((e: any) => e.node);
    const all = [...busy.articles.edges.map((e: any) => e.node), ...rest];
    assert.equal(all.length, busy.articleCount);
    assert.equal(new Set(all.map((a: any) => a.id)).size, all.length, 'pages are disjoint');
    const dates = all.map((a: any) => a.date ?? '');
    assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
  });

  test('entities: type and text filters, NAME order', async () => {
    const regions = ok(await h.run('{ entities(type: REGION, first: 100, orderBy: { field: NAME }) { totalCount edges { node { __typename name ... on Region { code } } } } }')).entities;
    assert.ok(regions.edges.every((e: any) => e.node.__typename === 'Region'));
    for (const code of ['330100', '330300', '440605']) assert.ok(regions.edges.some((e: any) => e.node.code === code), code);
    const names = regions.edges.map((e: any) => e.node.name);
    assert.deepEqual(names, [...names].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));
    const text = ok(await h.run('{ entities(filter: { text: "杭州" }, first: 50) { edges { node { name } } } }')).entities;
    assert.ok(text.edges.length > 0 && text.edges.every((e: any) => e.node.name.includes('杭州')));
    assert.equal(codeOf(await h.run('{ entities(first: 101) { totalCount } }')), 'BAD_USER_INPUT');
  });

  test('search: 发改委, nanhai, qingdao, nhq, 数据统筹; ranked; two reads', async () => {
    const search = async (q: string, extra = '') => ok(await h.run(`{ search(query: "${q}"${extra}) { score matched entity { __typename id name aliases } } }`)).search as any[];
    const fgw = await search('发改委');
    assert.ok(fgw.some((hit) => hit.entity.name === '国家发展和改革委员会' || hit.entity.aliases.includes('发改委')), JSON.stringify(fgw));
    assert.equal((await search('nanhai'))[0].entity.id, '440605');
    assert.equal((await search('nhq'))[0].entity.id, '440605');
    const qingdao = await search('qingdao');
    assert.equal(qingdao[0].entity.id, '370200', '青岛市 (shortest) first');
    assert.ok(qingdao.every((hit) => hit.entity.name.includes('青岛') || hit.matched.includes('qingdao')));
    const tc = await search('数据统筹');
    assert.ok(tc.some((hit) => hit.entity.__typename === 'Agency' && hit.entity.name.includes('数据统筹局')));
    for (const hits of [fgw, qingdao, tc]) for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1].score >= hits[i].score);
    assert.ok((await search('青岛', ', types: [REGION]')).every((hit) => hit.entity.__typename === 'Region'));
    assert.equal((await search('qingdao', ', first: 1')).length, 1);
    assert.equal(codeOf(await h.run('{ search(query: "  ") { score } }')), 'BAD_USER_INPUT');
    assert.equal(codeOf(await h.run('{ search(query: "x", first: 101) { score } }')), 'BAD_USER_INPUT');
    assert.deepEqual(await h.reads('{ search(query: "qingdao") { entity { name } } }'), ['search-candidates', 'nodes-by-ids']);
  });

  test('neighborhood of 南海区: parent, its article and 数据统筹局; edges only among returned nodes; depth + 2 reads', async () => {
    const q = '{ neighborhood(id: "440605", depth: 2) { truncated nodes { id type label } edges { id type source target evidence { text articleId start end } } } }';
    const sub = ok(await h.run(q)).neighborhood;
    const ids = new Set(sub.nodes.map((n: any) => n.id));
    assert.equal(ids.size, sub.nodes.length, 'no duplicate nodes');
    assert.ok(ids.has('440605') && ids.has('440600'));
    assert.ok(sub.nodes.some((n: any) => n.type === 'Agency' && n.label.includes('数据统筹局')), 'reaches 数据统筹局');
    assert.ok(sub.nodes.some((n: any) => n.type === 'Article'));
    assert.ok(!sub.nodes.some((n: any) => ['Theme', 'Metric', 'Bulletin'].includes(n.type)));
    assert.ok(sub.edges.length > 0);
    for (const e of sub.edges) {
      assert.ok(ids.has(e.source) && ids.has(e.target), `${e.id} leaves the subgraph`);
      assert.ok((REL_TYPES as readonly string[]).includes(e.type));
    }
    assert.equal(new Set(sub.edges.map((e: any) => e.id)).size, sub.edges.length, 'edge ids are unique');
    const withEvidence = sub.edges.filter((e: any) => e.evidence);
    assert.ok(withEvidence.length > 0);
    const bodies = await h.services.articles.byIds(withEvidence.map((e: any) => e.evidence.articleId));
    for (const { evidence: ev } of withEvidence) assert.equal(bodies.get(ev.articleId)!.body.slice(ev.start, ev.end), ev.text);
    const reads = await h.reads(q);
    assert.equal(reads.filter((r) => r === 'neighbors-typed').length, 3);
    assert.equal(reads.length, 4);
  });

  test('neighborhood: includeArticles false walks typed relations only; limit truncates; errors', async () => {
    const typed = ok(await h.run('{ neighborhood(id: "440605", depth: 2, includeArticles: false, types: [REGION]) { nodes { id type } } }')).neighborhood;
    assert.ok(typed.nodes.every((n: any) => n.type === 'Region'));
    assert.ok(typed.nodes.some((n: any) => n.id === '440000'), '南海区 → 佛山市 → 广东省');
    const small = ok(await h.run('{ neighborhood(id: "440605", depth: 3, limit: 3) { truncated nodes { id } } }')).neighborhood;
    assert.equal(small.nodes.length, 3);
    assert.equal(small.truncated, true);
    assert.equal(codeOf(await h.run('{ neighborhood(id: "nope") { truncated } }')), 'NOT_FOUND');
    assert.equal(codeOf(await h.run('{ neighborhood(id: "440605", depth: 4) { truncated } }')), 'BAD_USER_INPUT');
    assert.equal(codeOf(await h.run('{ neighborhood(id: "440605", limit: 501) { truncated } }')), 'BAD_USER_INPUT');
  });

  test('paths 杭州市 → 温州市: from first, to last, consecutive nodes joined, shortest first', async () => {
    const paths = ok(await h.run('{ paths(from: "330100", to: "330300") { length nodes { id type label } edges { type source target } } }')).paths as any[];
    assert.ok(paths.length > 0);
    for (const [i, p] of paths.entries()) {
      assert.equal(p.nodes[0].id, '330100');
      assert.equal(p.nodes[p.nodes.length - 1].id, '330300');
      assert.equal(p.length, p.edges.length);
      assert.equal(p.nodes.length, p.length + 1);
      assert.ok(p.length <= 4);
      p.edges.forEach((e: any, k: number) => {
        const pair = [p.nodes[k].id, p.nodes[k + 1].id].sort().join();
        assert.equal([e.source, e.target].sort().join(), pair);
      });
      if (i > 0) assert.ok(paths[i - 1].length <= p.length);
    }
    const reads = await h.reads('{ paths(from: "330100", to: "330300", maxLength: 4) { length } }');
    assert.equal(reads.filter((r) => r === 'neighbors-typed').length, 2);
    assert.equal(codeOf(await h.run('{ paths(from: "330100", to: "330300", maxLength: 7) { length } }')), 'BAD_USER_INPUT');
    assert.equal(codeOf(await h.run('{ paths(from: "330100", to: "nope") { length } }')), 'NOT_FOUND');
  });

  test('facets THEME: data-sharing ≥ 4 and equal to the filtered article count', async () => {
    const buckets = ok(await h.run('{ facets(dimension: THEME) { key label count } }')).facets as any[];
    const ds = buckets.find((b) => b.key === 'data-sharing');
    assert.ok(ds && ds.count >= 4, JSON.stringify(buckets));
    for (let i = 1; i < buckets.length; i++) assert.ok(buckets[i - 1].count >= buckets[i].count);
    const total = ok(await h.run('{ articles(filter: { theme: "data-sharing" }) { totalCount } }')).articles.totalCount;
    assert.equal(ds.count, total);
  });

  test('facets: PROVINCE, REGION under a filter, MONTH, entity dimensions; bounded reads', async () => {
    const provinces = ok(await h.run('{ facets(dimension: PROVINCE) { key label count } }')).facets as any[];
    assert.ok(provinces.some((b) => b.key === '330000' && b.label === '浙江省' && b.count >= 2));
    assert.ok(provinces.every((b) => /^\d{2}0000$/.test(b.key)));
    const zj = ok(await h.run('{ facets(dimension: REGION, filter: { regionCode: "330000" }) { key count } }')).facets as any[];
    assert.ok(zj.some((b) => b.key === '330100') && zj.some((b) => b.key === '330300'));
    const zjTotal = ok(await h.run('{ articles(filter: { regionCode: "330000" }) { totalCount } }')).articles.totalCount;
    assert.ok(zj.every((b) => b.count <= zjTotal));
    const months = ok(await h.run('{ facets(dimension: MONTH) { key count } }')).facets as any[];
    assert.ok(months.every((b) => /^\d{4}-\d{2}$/.test(b.key)));
    assert.equal(months.reduce((n, b) => n + b.count, 0), 10, 'every seed article is dated, once');
    for (const dimension of ['AGENCY', 'PUBLICATION', 'TECHNOLOGY', 'SYSTEM']) {
      const res = ok(await h.run(`{ facets(dimension: ${dimension}, first: 3) { key label count } }`)).facets as any[];
      assert.ok(res.length <= 3);
      for (const b of res) assert.ok(b.count >= 1 && b.key.startsWith(`${dimension.toLowerCase()}:`), b.key);
    }
    assert.ok((await h.reads('{ facets(dimension: PROVINCE) { key } }')).length <= 3);
    assert.equal(codeOf(await h.run('{ facets(dimension: THEME, filter: { theme: "no-such-theme" }) { key } }')), 'BAD_USER_INPUT');
    assert.equal(codeOf(await h.run('{ facets(dimension: THEME, first: 101) { key } }')), 'BAD_USER_INPUT');
  });

  test('crosstab THEME × PROVINCE: (data-sharing, 330000) ≥ 2, no cell above its row total', async () => {
    const cells = ok(await h.run('{ crosstab(rows: THEME, columns: PROVINCE) { row rowLabel column columnLabel count } }')).crosstab as any[];
    const cell = cells.find((c) => c.row === 'data-sharing' && c.column === '330000');
    assert.ok(cell && cell.count >= 2, JSON.stringify(cells.slice(0, 5)));
    assert.equal(cell.columnLabel, '浙江省');
    const themes = new Map((ok(await h.run('{ facets(dimension: THEME, first: 100) { key count } }')).facets as any[]).map((b) => [b.key, b.count]));
    for (const c of cells) assert.ok(c.count >= 1 && c.count <= themes.get(c.row)!, `${c.row}×${c.column}`);
    const filtered = ok(await h.run('{ crosstab(rows: PROVINCE, columns: MONTH, filter: { theme: "data-sharing" }) { count } }')).crosstab as any[];
    assert.ok(filtered.length > 0 && filtered.every((c) => c.count <= themes.get('data-sharing')!));
  });

  test('stats: 10 articles, every entity and relationship type listed, totals add up', async () => {
    const stats = ok(await h.run('{ stats { articles nodes relationshipCount entities { type count } relationships { type count } nodeTypes { type count } } }')).stats;
    assert.equal(stats.articles, 10);
    assert.deepEqual(stats.relationships.map((r: any) => r.type), [...REL_TYPES]);
    assert.equal(stats.entities.length, 8);
    assert.ok(stats.entities.find((e: any) => e.type === 'Region').count >= 3);
    const sum = (list: any[]) => list.reduce((n, x) => n + x.count, 0);
    assert.equal(sum(stats.nodeTypes), stats.nodes);
    assert.equal(sum(stats.relationships), stats.relationshipCount);
    assert.ok(stats.nodes >= stats.articles + sum(stats.entities));
    assert.equal((await h.reads('{ stats { articles } }')).length, 2);
  });
});

describe('mutations over a seeded store of their own', () => {
  const h = harness();
  const withKey = { authenticated: true, configured: true };
  const dryRun = 'mutation($i: ArticleInput!) { ingestArticle(input: $i, dryRun: true) { articleId written nodes extraction { entities { type name code } themes { key } } article { id } } }';
  const input = {
    title: '苏州工业园区政务服务一网通办平台上线',
    body: '2021年3月5日，苏州工业园区行政审批局宣布，园区政务服务一网通办平台正式上线，各部门数据共享，打破信息孤岛。',
    date: '2021-03-05',
  };
  const articleCount = async () => ok(await h.run('{ stats { articles } }')).stats.articles as number;

  test('without a configured key mutations are disabled; a wrong or missing key is UNAUTHENTICATED', async () => {
    const disabled = await h.run(dryRun, { i: input });
    assert.equal(codeOf(disabled), 'UNAUTHENTICATED');
    assert.match(disabled.errors![0]!.message, /disabled/);
    const wrong = await h.run(dryRun, { i: input }, { authenticated: false, configured: true });
    assert.equal(codeOf(wrong), 'UNAUTHENTICATED');
    assert.doesNotMatch(wrong.errors![0]!.message, /disabled/);
    for (const m of ['deleteArticle(id: "x")', 'addAlias(entityId: "440605", alias: "x") { id }', 'mergeEntities(keepId: "a", mergeIds: ["b"]) { id }']) {
      assert.equal(codeOf(await h.run(`mutation { ${m} }`, undefined, { authenticated: false, configured: true })), 'UNAUTHENTICATED', m);
    }
  });

  test('ingestArticle dryRun returns the extraction and writes nothing', async () => {
    const res = ok(await h.run(dryRun, { i: input }, withKey)).ingestArticle;
    assert.equal(res.written, false);
    assert.equal(res.article, null);
    assert.match(res.articleId, /^article:/);
    assert.ok(res.nodes > 0);
    assert.ok(res.extraction.entities.some((e: any) => e.type === 'REGION' && e.code?.startsWith('3205')), JSON.stringify(res.extraction.entities));
    assert.equal(await articleCount(), 10);
    assert.equal(ok(await h.run('query($id: ID!) { article(id: $id) { id } }', { id: res.articleId })).article, null);
  });

  test('ingestArticle writes, is idempotent, and deleteArticle removes it again', async () => {
    const q = 'mutation($i: ArticleInput!) { ingestArticle(input: $i) { articleId written article { id title date regions { code } } } }';
    const first = ok(await h.run(q, { i: input }, withKey)).ingestArticle;
    assert.equal(first.written, true);
    assert.equal(first.article.date, '2021-03-05');
    assert.ok(first.article.regions.some((r: any) => r.code?.startsWith('3205')));
    assert.equal(await articleCount(), 11);
    const again = ok(await h.run(q, { i: input }, withKey)).ingestArticle;
    assert.equal(again.articleId, first.articleId);
    assert.equal(await articleCount(), 11);
    assert.equal(ok(await h.run('mutation($id: ID!) { deleteArticle(id: $id) }', { id: first.articleId }, withKey)).deleteArticle, true);
    assert.equal(await articleCount(), 10);
    assert.equal(codeOf(await h.run('mutation($id: ID!) { deleteArticle(id: $id) }', { id: first.articleId }, withKey)), 'NOT_FOUND');
  });

  test('ingestArticle validates its input', async () => {
    for (const bad of [{ ...input, title: ' ' }, { ...input, body: '' }, { ...input, date: '5 March 2021' }]) {
      assert.equal(codeOf(await h.run(dryRun, { i: bad }, withKey)), 'BAD_USER_INPUT', JSON.stringify(bad));
    }
  });

  test('addAlias: search finds the entity by it; idempotent; errors', async () => {
    const add = 'mutation($id: ID!, $a: String!) { addAlias(entityId: $id, alias: $a) { id name aliases } }';
    const res = ok(await h.run(add, { id: '440605', a: '桂城片区' }, withKey)).addAlias;
    assert.ok(res.aliases.includes('桂城片区'));
    const again = ok(await h.run(add, { id: '440605', a: '桂城片区' }, withKey)).addAlias;
    assert.equal(again.aliases.filter((a: string) => a === '桂城片区').length, 1);
    const hits = ok(await h.run('{ search(query: "桂城片区") { matched entity { id } } }')).search;
    assert.equal(hits[0].matched, '桂城片区');
    assert.equal(hits[0].entity.id, '440605');
    assert.equal(codeOf(await h.run(add, { id: 'nope', a: 'x' }, withKey)), 'NOT_FOUND');
    assert.equal(codeOf(await h.run(add, { id: '440605', a: ' ' }, withKey)), 'BAD_USER_INPUT');
  });

  test('mergeEntities: relationships move, names become aliases, the duplicate is gone', async () => {
    const agencies = ok(await h.run('{ entities(type: AGENCY, first: 2) { edges { node { id name articleCount } } } }')).entities.edges.map((e: any) => e.node);
    assert.equal(agencies.length, 2);
    const [keep, dup] = agencies;
    const articlesOf = async (id: string) =>
      new Set((ok(await h.run('query($id: ID!) { articles(first: 100, filter: { entityId: $id }) { edges { node { id } } } }', { id })).articles.edges as any[]).map((e) => e.node.id));
    const expected = new Set([...(await articlesOf(keep.id)), ...(await articlesOf(dup.id))]);
    const q = 'mutation($k: ID!, $m: [ID!]!) { mergeEntities(keepId: $k, mergeIds: $m) { id name aliases articleCount } }';
    const merged = ok(await h.run(q, { k: keep.id, m: [dup.id] }, withKey)).mergeEntities;
    assert.equal(merged.id, keep.id);
    assert.ok(merged.aliases.includes(dup.name));
    assert.equal(merged.articleCount, expected.size);
    assert.deepEqual(await articlesOf(keep.id), expected);
    assert.equal(ok(await h.run('query($id: ID!) { node(id: $id) { id } }', { id: dup.id })).node, null);
    const hits = ok(await h.run('query($q: String!) { search(query: $q) { entity { id } } }', { q: dup.name })).search as any[];
    assert.ok(hits.some((hit) => hit.entity.id === keep.id));
    assert.ok(!hits.some((hit) => hit.entity.id === dup.id));
  });

  test('mergeEntities: one type only, no self-merge, unknown ids NOT_FOUND', async () => {
    const q = 'mutation($k: ID!, $m: [ID!]!) { mergeEntities(keepId: $k, mergeIds: $m) { id } }';
    assert.equal(codeOf(await h.run(q, { k: '330100', m: ['publication:温州日报'] }, withKey)), 'BAD_USER_INPUT');
    assert.equal(codeOf(await h.run(q, { k: '330100', m: ['330100'] }, withKey)), 'BAD_USER_INPUT');
    assert.equal(codeOf(await h.run(q, { k: '330100', m: [] }, withKey)), 'BAD_USER_INPUT');
    assert.equal(codeOf(await h.run(q, { k: '330100', m: ['nope'] }, withKey)), 'NOT_FOUND');
    assert.ok(ok(await h.run('{ node(id: "330100") { id } }')).node, 'nothing was deleted');
  });
});
