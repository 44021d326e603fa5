import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { ASSET_NAMES, assetVersion, resolveAsset } from '@/web/assets';

// XML namespace names: identifiers that browsers never fetch.
const XML_NAMESPACES = new Set([
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/XML/1998/namespace',
]);
// Hosts named only in message text, licence comments or links a user may click; nothing loads them.
// A new host here (a CDN, a font service) after an upgrade must be looked at, so the list is exact.
const TEXT_AND_LINK_HOSTS = new Set(['reactjs.org', 'github.com', 'codemirror.net', 'commonmark.org', 'en.wikipedia.org']);

const ABSOLUTE_URL = /https?:\/\/[^\s"'`)\\<>]+/gi;

function text(name: string): string {
  const asset = resolveAsset(name);
  assert.ok(asset, `${name} is served`);
  return asset.body.toString('utf8');
}

describe('web assets', () => {
  test('serves exactly the whitelisted files with their content types', () => {
    assert.deepEqual([...ASSET_NAMES].sort(), [
      'favicon.svg',
      'graphiql.boot.js',
      'graphiql.min.css',
      'graphiql.min.js',
      'graphiql.page.css',
      'react-dom.production.min.js',
      'react.production.min.js',
    ]);
    for (const name of ASSET_NAMES) {
      const asset = resolveAsset(name);
      assert.ok(asset && asset.body.length > 0, `${name} has a body`);
      const expected = name.endsWith('.js') ? 'text/javascript' : name.endsWith('.css') ? 'text/css' : 'image/svg+xml';
      assert.equal(asset.contentType.split(';')[0], expected, name);
    }
  });

  test('the UMD bundles are the real libraries', () => {
    assert.match(text('react.production.min.js'), /\.React=\{\}/);
    assert.match(text('react-dom.production.min.js'), /\.ReactDOM=\{\}/);
    assert.match(text('react-dom.production.min.js'), /createRoot/);
    assert.match(text('graphiql.min.js'), /\.GraphiQL\s*=/);
    assert.match(text('graphiql.min.css'), /\.graphiql-container/);
  });

  test('refuses every name outside the whitelist, traversal included', () => {
    for (const name of [
      '../package.json',
      '..%2Fpackage.json',
      '../../package.json',
      '/etc/passwd',
      'graphiql.min.js.map',
      'graphiql.js',
      'GRAPHIQL.MIN.JS',
      'graphiql.min.js/',
      './graphiql.min.js',
      'constructor',
      '__proto__',
      '',
    ]) {
      assert.equal(resolveAsset(name), null, JSON.stringify(name));
    }
  });

  test('CSS pulls nothing from elsewhere: no @import, fonts and images only as data: URIs', () => {
    for (const name of ASSET_NAMES.filter((n) => n.endsWith('.css'))) {
      const css = text(name);
      assert.doesNotMatch(css, /@import/i, name);
      assert.deepEqual(css.match(ABSOLUTE_URL) ?? [], [], name);
      for (const [, arg = ''] of css.matchAll(/url\(\s*['"]?([^'")]*)/gi)) {
        assert.ok(arg.startsWith('data:'), `${name}: url(${arg.slice(0, 60)}) is not a data: URI`);
      }
    }
  });

  test('every absolute URL in a served file is a namespace name or a known text/link host', () => {
    for (const name of ASSET_NAMES) {
      for (const url of text(name).match(ABSOLUTE_URL) ?? []) {
        if (XML_NAMESPACES.has(url)) continue;
        assert.ok(TEXT_AND_LINK_HOSTS.has(new URL(url).hostname), `${name} names ${url}`);
      }
    }
  });

  test('source-map pointers are stripped, since the maps are not served', () => {
    for (const name of ASSET_NAMES.filter((n) => n.endsWith('.js'))) {
      assert.doesNotMatch(text(name), /sourceMappingURL/, name);
    }
  });

  test('the version is a stable content hash', () => {
    assert.match(assetVersion(), /^[0-9a-f]{12}$/);
    assert.equal(assetVersion(), assetVersion());
  });
});
