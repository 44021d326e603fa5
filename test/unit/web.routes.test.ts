import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { assetVersion, resolveAsset } from '@/web/assets';
import { handleWebRequest } from '@/web/web.routes';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';
const API_MARKER = '{"api":true}';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

describe('handleWebRequest', () => {
  let server: http.Server;
  let port: number;

  before(async () => {
    // Whatever the web layer declines stands for the API (Apollo in the real server).
    server = http.createServer((req, res) => {
      if (handleWebRequest(req, res, { endpoint: '/graphql', examples: [{ name: 'q', query: '{ a }' }] })) return;
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(API_MARKER);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  // http.request sends the path exactly as written (fetch would normalise `..`).
  function request(method: string, path: string, accept?: string): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, method, path, headers: accept ? { Accept: accept } : {} }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  test('a browser GET of the endpoint gets the GraphiQL page with a CSP and Vary: Accept', async () => {
    const r = await request('GET', '/graphql', BROWSER_ACCEPT);
    assert.equal(r.status, 200);
    assert.match(String(r.headers['content-type']), /^text\/html/);
    assert.match(String(r.headers['content-security-policy']), /default-src 'none'.*frame-ancestors 'none'/);
    assert.equal(r.headers.vary, 'Accept');
    assert.match(r.body.toString(), /<script src="\/graphql\/assets\/graphiql\.min\.js/);
  });

  test('API requests pass through to the API', async () => {
    const cases: Array<[string, string, string | undefined]> = [
      ['POST', '/graphql', BROWSER_ACCEPT],
      ['GET', '/graphql', 'application/json'],
      ['GET', '/graphql', '*/*'],
      ['GET', '/graphql', undefined],
      ['GET', '/graphql', 'application/json, text/html;q=0.5'],
      ['GET', '/graphql', 'application/graphql-response+json, text/html;q=0.9'],
      ['GET', '/graphql?query=%7B%20a%20%7D', BROWSER_ACCEPT],
      ['GET', '/other', BROWSER_ACCEPT],
    ];
    for (const [method, path, accept] of cases) {
      const r = await request(method, path, accept);
      assert.equal(r.body.toString(), API_MARKER, `${method} ${path} Accept: ${accept}`);
    }
  });

  test('GET / redirects to the endpoint', async () => {
    const r = await request('GET', '/', BROWSER_ACCEPT);
    assert.equal(r.status, 302);
    assert.equal(r.headers.location, '/graphql');
  });

  test('serves a whitelisted asset; immutable only at the current version', async () => {
    const expected = resolveAsset('graphiql.min.js');
    const current = await request('GET', `/graphql/assets/graphiql.min.js?v=${assetVersion()}`);
    assert.equal(current.status, 200);
    assert.match(String(current.headers['content-type']), /^text\/javascript/);
    assert.match(String(current.headers['cache-control']), /immutable/);
    assert.ok(expected && current.body.equals(expected.body));
    const stale = await request('GET', '/graphql/assets/graphiql.min.js?v=000000000000');
    assert.equal(stale.headers['cache-control'], 'no-cache');
  });

  test('HEAD gives headers only; other methods on assets are refused', async () => {
    const head = await request('HEAD', '/graphql/assets/graphiql.min.css');
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
    assert.equal(Number(head.headers['content-length']), resolveAsset('graphiql.min.css')?.body.length);
    assert.equal((await request('POST', '/graphql/assets/graphiql.min.css')).status, 405);
  });

  test('no path reaches a file outside the whitelist', async () => {
    for (const path of ['/graphql/assets/..%2Fpackage.json', '/graphql/assets/graphiql.min.js.map', '/graphql/assets/']) {
      assert.equal((await request('GET', path)).status, 404, path);
    }
    // `..` segments (also as %2e%2e) are resolved before routing: they leave the asset path.
    for (const path of ['/graphql/assets/../../package.json', '/graphql/assets/%2e%2e/package.json']) {
      assert.equal((await request('GET', path)).body.toString(), API_MARKER, path);
    }
  });
});
