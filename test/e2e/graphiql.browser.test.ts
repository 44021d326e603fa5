import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { buildSchema, graphql } from 'graphql';

import { PROJECT_ROOT } from '@/shared/paths';
import { handleWebRequest } from '@/web/web.routes';
import type { GraphiQLExample } from '@/web/graphiql.page';
import { browserSkipReason, launchChromium } from '@test/support/browser';

// A stand-in API so this test exercises only the web layer, not the real resolvers.
const schema = buildSchema(`
  type Initiative { title: String! city: String! theme: String! }
  type Query { initiatives(theme: String!): [Initiative!]! cities: [String!]! }
`);
const INITIATIVES = [
  { title: '政务数据共享交换平台', city: '杭州市', theme: '数据孤岛' },
  { title: '一网通办', city: '上海市', theme: '一站式服务' },
];
const rootValue = {
  initiatives: ({ theme }: { theme: string }) => INITIATIVES.filter((i) => i.theme === theme),
  cities: () => INITIATIVES.map((i) => i.city),
};

const EXAMPLES: GraphiQLExample[] = [
  {
    name: '哪些举措在打破数据孤岛？',
    query: 'query DataSilos($theme: String!) {\n  initiatives(theme: $theme) {\n    title\n    city\n  }\n}\n',
    variables: '{ "theme": "数据孤岛" }',
  },
  { name: '城市', query: 'query Cities {\n  cities\n}\n' },
];

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function answerGraphQL(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const { query, variables, operationName } = JSON.parse(await readBody(req));
  const result = await graphql({ schema, rootValue, source: query, variableValues: variables, operationName });
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(result));
}

// CodeMirror 5 keeps its editor object on the wrapper element; strings because tsc has no DOM types.
const editorValue = (selector: string) => `document.querySelector(${JSON.stringify(selector)}).CodeMirror.getValue()`;
const QUERY_EDITOR = '.graphiql-query-editor .CodeMirror';
const VARIABLES_EDITOR = '.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror';
const RESPONSE_EDITOR = '.graphiql-response .CodeMirror';

describe('GraphiQL page in a real browser', () => {
  let server: http.Server;
  let origin: string;
  const apiCalls: string[] = [];

  before(async () => {
    server = http.createServer((req, res) => {
      if (handleWebRequest(req, res, { endpoint: '/graphql', examples: EXAMPLES })) return;
      if (req.method === 'POST' && req.url === '/graphql') {
        apiCalls.push(req.url);
        answerGraphQL(req, res).catch((err: unknown) => {
          res.writeHead(500);
          res.end(String(err));
        });
        return;
      }
      res.writeHead(404);
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('opens the examples as tabs, runs the first one against the endpoint, loads nothing from elsewhere', { timeout: 90_000, skip: browserSkipReason() }, async (t) => {
    // Launched here, not in before(), so a missing Chromium fails this test instead of cancelling it.
    const browser = await launchChromium();
    t.after(() => browser.close());
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const requested: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    // CSP violations and failed loads surface as console errors.
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));

    await page.goto(`${origin}/`);
    assert.equal(page.url(), `${origin}/graphql`, 'GET / redirects to the GraphiQL page');
    await page.waitForSelector(QUERY_EDITOR, { timeout: 30_000 });

    assert.equal(await page.evaluate(editorValue(QUERY_EDITOR)), EXAMPLES[0]!.query);
    assert.equal(await page.evaluate(editorValue(VARIABLES_EDITOR)), EXAMPLES[0]!.variables);
    const tabs = page.locator('.graphiql-tab');
    assert.equal(await tabs.count(), EXAMPLES.length);
    assert.match(await page.locator('.graphiql-tab-active').innerText(), /DataSilos/);

    await page.click('.graphiql-execute-button');
    await page.waitForFunction(`${editorValue(RESPONSE_EDITOR)}.trim().length > 0`, undefined, { timeout: 30_000 });
    const response = JSON.parse(String(await page.evaluate(editorValue(RESPONSE_EDITOR))));
    assert.deepEqual(response, { data: { initiatives: [{ title: '政务数据共享交换平台', city: '杭州市' }] } });
    assert.match(await page.locator('.graphiql-response').innerText(), /杭州市/);

    const shot = path.join(PROJECT_ROOT, 'test-results', 'graphiql.png');
    fs.mkdirSync(path.dirname(shot), { recursive: true });
    await page.screenshot({ path: shot });

    // Introspection for the schema plus the query we ran, all to our own endpoint.
    assert.ok(apiCalls.length >= 2, `expected introspection and execution POSTs, got ${apiCalls.length}`);
    const foreign = requested.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin);
    assert.deepEqual(foreign, [], 'every request stays on the page origin');
    for (const asset of ['graphiql.min.js', 'graphiql.min.css', 'react.production.min.js', 'graphiql.boot.js']) {
      assert.ok(requested.some((u) => new URL(u).pathname === `/graphql/assets/${asset}`), `page loaded ${asset}`);
    }
    assert.deepEqual(problems, []);
  });
});
