import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startServer, type RunningServer } from '@/api/server';
import { resolveConfig } from '@/config/config';
import { seededServices, type CountingStore } from '@test/support/seeded';

describe('GraphQL over HTTP (seeded embedded store)', () => {
  let running: RunningServer;
  let store: CountingStore;
  const post = async (query: string, headers: Record<string, string> = {}) => {
    const res = await fetch(running.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
    return { status: res.status, body: (await res.json()) as { data?: Record<string, any>; errors?: { message: string; extensions?: { code?: string } }[] } };
  };

  before(async () => {
    const seeded = await seededServices();
    store = seeded.store;
    const config = { ...resolveConfig({ port: 0 }, {}), apiKey: 'test-key', maxDepth: 8 };
    running = await startServer(config, seeded.services);
  });
  after(async () => {
    await running?.close();
    await store?.close();
  });

  test('POST { articles(first: 50) { totalCount } } → 10', async () => {
    const { status, body } = await post('{ articles(first: 50) { totalCount } }');
    assert.equal(status, 200);
    assert.equal(body.data!.articles.totalCount, 10);
  });

  test('regionsByTheme answers the data-silo question with regions, articles and evidence', async () => {
    const { body } = await post('{ regionsByTheme(theme: "data-sharing") { region { code name } articles { title } evidence { text } } }');
    const names = body.data!.regionsByTheme.map((h: { region: { name: string } }) => h.region.name);
    for (const city of ['杭州市', '温州市', '济南市']) assert.ok(names.includes(city), `${city} in ${names.join(',')}`);
    assert.ok(!names.includes('北京市') && !names.includes('武汉市'));
  });

  test('GET /graphql with Accept: text/html serves GraphiQL with no external asset URL', async () => {
    const res = await fetch(running.url, { headers: { accept: 'text/html' } });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/html/);
    const html = await res.text();
    assert.match(html, /graphiql/i);
    assert.equal(html.match(/(?:src|href)\s*=\s*["'](?:https?:)?\/\//gi), null, 'no external src/href');
    assert.doesNotMatch(html, /https?:\/\/(?!localhost|127\.0\.0\.1)[a-z0-9.-]+\//i);
  });

  test('errors carry extensions.code', async () => {
    const big = await post('{ articles(first: 100000) { totalCount } }');
    assert.equal(big.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    const badCursor = await post('{ articles(first: 1, after: "nope") { totalCount } }');
    assert.equal(badCursor.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });

  test('a query nested deeper than the limit is rejected before it runs', async () => {
    const deep = '{ region(code: "440605") { parent { parent { children { parent { children { parent { children { parent { name } } } } } } } } } }';
    const { status, body } = await post(deep);
    assert.equal(status, 400);
    assert.match(body.errors?.[0]?.message ?? '', /depth/i);
  });

  test('CORS preflight from a dashboard origin is answered (EGOV_CORS_ORIGINS defaults to *)', async () => {
    const res = await fetch(running.url, {
      method: 'OPTIONS',
      headers: { origin: 'http://dashboard.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.match(res.headers.get('access-control-allow-headers') ?? '', /Authorization/);
  });

  test('unknown paths are 404 with a JSON error', async () => {
    const res = await fetch(running.url.replace('/graphql', '/nope'));
    assert.equal(res.status, 404);
  });
});
