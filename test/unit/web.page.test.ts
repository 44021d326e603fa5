import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { ConfigError } from '@/shared/errors';
import { ASSET_NAMES, ASSET_PATH, assetVersion } from '@/web/assets';
import { BOOT_CONFIG_ELEMENT_ID, type GraphiQLBootConfig } from '@/web/graphiql.boot';
import { GRAPHIQL_CSP, renderGraphiQL, type GraphiQLExample } from '@/web/graphiql.page';

const EXAMPLES: GraphiQLExample[] = [
  { name: '数据孤岛', query: 'query DataSilos($theme: String!) { initiatives(theme: $theme) { title } }', variables: '{"theme":"数据孤岛"}' },
  { name: 'cities', query: 'query Cities { cities }' },
];

function render(examples: readonly GraphiQLExample[] = EXAMPLES, title?: string): string {
  return renderGraphiQL({ endpoint: '/graphql', assetBase: ASSET_PATH, examples, title });
}

function embeddedConfig(html: string): GraphiQLBootConfig {
  const match = html.match(new RegExp(`<script type="application/json" id="${BOOT_CONFIG_ELEMENT_ID}">([^<]*)</script>`));
  assert.ok(match?.[1], 'page embeds the boot config');
  return JSON.parse(match[1]);
}

describe('renderGraphiQL', () => {
  test('names no other origin anywhere in the page', () => {
    const html = render();
    // No scheme-relative or absolute URL at all: every reference is a path on this origin.
    assert.doesNotMatch(html, /\/\//);
    assert.doesNotMatch(html, /https?:/i);
    const refs = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1] ?? '');
    assert.ok(refs.length >= 5);
    for (const ref of refs) assert.ok(ref.startsWith(ASSET_PATH), `${ref} is under ${ASSET_PATH}`);
  });

  test('loads React, ReactDOM, GraphiQL and its CSS from the asset path, versioned, scripts in dependency order', () => {
    const html = render();
    const scripts = [...html.matchAll(/<script src="([^"]*)"/g)].map((m) => m[1]);
    const v = `?v=${assetVersion()}`;
    assert.deepEqual(scripts, ['react.production.min.js', 'react-dom.production.min.js', 'graphiql.min.js', 'graphiql.boot.js'].map((n) => `${ASSET_PATH}${n}${v}`));
    assert.ok(html.includes(`href="${ASSET_PATH}graphiql.min.css${v}"`));
    for (const ref of [...html.matchAll(/\b(?:src|href)="\/graphql\/assets\/([^"?]*)/g)].map((m) => m[1] ?? '')) {
      assert.ok(ASSET_NAMES.includes(ref), `${ref} is a served asset`);
    }
  });

  test('embeds the endpoint and the examples as tabs, first example first', () => {
    const config = embeddedConfig(render());
    assert.equal(config.endpoint, '/graphql');
    assert.deepEqual(config.tabs, [
      { query: EXAMPLES[0]!.query, variables: EXAMPLES[0]!.variables },
      { query: EXAMPLES[1]!.query },
    ]);
  });

  test('a </script> or <!-- inside an example cannot break out of the data block', () => {
    const hostile = '{ a } </script><script>alert(1)</script> <!-- x';
    const html = render([{ name: 'x', query: hostile, variables: '"</SCRIPT>"' }]);
    assert.equal(html.match(/<\/script>/gi)?.length, 5, 'only the page’s own five scripts close');
    assert.doesNotMatch(html, /<script>alert/i);
    assert.doesNotMatch(html, /<!--/);
    assert.deepEqual(embeddedConfig(html).tabs, [{ query: hostile, variables: '"</SCRIPT>"' }]);
  });

  test('escapes the title', () => {
    const html = render(EXAMPLES, '<img src=x onerror=alert(1)> & co');
    assert.ok(html.includes('<title>&lt;img src=x onerror=alert(1)&gt; &amp; co</title>'));
    assert.doesNotMatch(html, /<img/);
    assert.equal(embeddedConfig(html).logo, '<img src=x onerror=alert(1)> & co');
  });

  test('forbids other origins and inline scripts through its CSP', () => {
    const html = render();
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${GRAPHIQL_CSP.replace(/'/g, '&#39;')}">`));
    assert.match(GRAPHIQL_CSP, /default-src 'none'/);
    assert.match(GRAPHIQL_CSP, /script-src 'self'(;|$)/);
    assert.match(GRAPHIQL_CSP, /connect-src 'self'(;|$)/);
    assert.doesNotMatch(html, /<script>/, 'no inline script that the CSP would block');
  });

  test('refuses an endpoint or asset base on another origin', () => {
    for (const bad of ['https://cdn.example/graphql', '//cdn.example/graphql', '/\\cdn.example', 'graphql', '']) {
      assert.throws(() => renderGraphiQL({ endpoint: bad, assetBase: ASSET_PATH, examples: EXAMPLES }), ConfigError, bad);
    }
    for (const bad of ['https://cdn.example/assets/', '//cdn.example/assets/', '/\\cdn.example/', 'assets/']) {
      assert.throws(() => renderGraphiQL({ endpoint: '/graphql', assetBase: bad, examples: EXAMPLES }), ConfigError, bad);
    }
    assert.throws(() => renderGraphiQL({ endpoint: '/graphql', assetBase: '/graphql/assets', examples: EXAMPLES }), ConfigError);
  });
});
