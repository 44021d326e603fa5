import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startServer, type RunningServer } from '@/api/server';
import { loadExamples } from '@/api/examples';
import { resolveConfig } from '@/config/config';
import { browserSkipReason, launchChromium } from '@test/support/browser';
import { seededServices, type CountingStore } from '@test/support/seeded';

const editorValue = (selector: string) => `document.querySelector(${JSON.stringify(selector)}).CodeMirror.getValue()`;

// The real application in a real browser: the page `npm start` serves, on the seed graph.
describe('GraphiQL of the running application', () => {
  let running: RunningServer;
  let store: CountingStore;

  before(async () => {
    const seeded = await seededServices();
    store = seeded.store;
    running = await startServer(resolveConfig({ port: 0 }, {}), seeded.services);
  });
  after(async () => {
    await running?.close();
    await store?.close();
  });

  test('opens on the data-silo question and answers it with the seed regions', { timeout: 90_000, skip: browserSkipReason() }, async (t) => {
    const browser = await launchChromium();
    t.after(() => browser.close());
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const origin = new URL(running.url).origin;
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('data:') && new URL(r.url()).origin !== origin) foreign.push(r.url());
    });

    await page.goto(running.url);
    await page.waitForSelector('.graphiql-query-editor .CodeMirror', { timeout: 30_000 });
    assert.equal(await page.evaluate(editorValue('.graphiql-query-editor .CodeMirror')), loadExamples()[0]!.query);
    assert.equal(await page.locator('.graphiql-tab').count(), loadExamples().length);

    await page.click('.graphiql-execute-button');
    // Polled with evaluate(): waitForFunction(string) compiles in the page, which our CSP forbids.
    let text = '';
    for (let i = 0; i < 300 && !text.includes('regionsByTheme'); i++) {
      await new Promise((r) => setTimeout(r, 100));
      text = String(await page.evaluate(editorValue('.graphiql-response .CodeMirror')));
    }
    const response = JSON.parse(text) as {
      data: { regionsByTheme: { region: { name: string } }[] };
    };
    const names = response.data.regionsByTheme.map((h) => h.region.name);
    for (const city of ['杭州市', '温州市', '济南市']) assert.ok(names.includes(city), `${city} in ${names.join(', ')}`);
    assert.deepEqual(foreign, [], 'nothing loads from another origin');
  });
});
