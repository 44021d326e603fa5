import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { GRAPHIQL_BOOT_JS, MOUNT_ELEMENT_ID } from '@/web/graphiql.boot';

/**
 * The GraphiQL page's static files, served from our own origin because users sit in networks with
 * no internet: nothing may come from a CDN. Only the fixed names below exist; a request names a
 * key of this table, never a file path, so no traversal is possible.
 */
export const ASSET_PATH = '/graphql/assets/';

export interface WebAsset {
  contentType: string;
  body: Buffer;
}

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

// A small node-link glyph, so the browser's automatic favicon request is answered here.
const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
<rect width="32" height="32" rx="6" fill="#b4232a"/>
<path d="M9 22 16 9 23 22Z" fill="none" stroke="#fff" stroke-width="2"/>
<circle cx="16" cy="9" r="4" fill="#fff"/><circle cx="9" cy="22" r="4" fill="#fff"/><circle cx="23" cy="22" r="4" fill="#fff"/>
</svg>
`;

// The page's own layout lives here, not in style attributes, which the page's CSP forbids.
const PAGE_CSS = `html, body { height: 100%; margin: 0; }
#${MOUNT_ELEMENT_ID} { height: 100vh; }
`;

type Source = { contentType: string } & ({ pkg: string; file: string } | { text: string });

const SOURCES: ReadonlyMap<string, Source> = new Map<string, Source>([
  ['react.production.min.js', { contentType: JS, pkg: 'react', file: 'umd/react.production.min.js' }],
  ['react-dom.production.min.js', { contentType: JS, pkg: 'react-dom', file: 'umd/react-dom.production.min.js' }],
  ['graphiql.min.js', { contentType: JS, pkg: 'graphiql', file: 'graphiql.min.js' }],
  ['graphiql.min.css', { contentType: CSS, pkg: 'graphiql', file: 'graphiql.min.css' }],
  ['graphiql.page.css', { contentType: CSS, text: PAGE_CSS }],
  ['graphiql.boot.js', { contentType: JS, text: GRAPHIQL_BOOT_JS }],
  ['favicon.svg', { contentType: 'image/svg+xml; charset=utf-8', text: FAVICON_SVG }],
]);

export const ASSET_NAMES: readonly string[] = [...SOURCES.keys()];

// The .map files are not served, so the pointer to them would only make DevTools request a 404.
const SOURCE_MAP_COMMENT = /\n\/\/# sourceMappingURL=\S+\s*$/;

function load(source: Source): WebAsset {
  if ('text' in source) return { contentType: source.contentType, body: Buffer.from(source.text, 'utf8') };
  // Resolve through package.json: graphiql's "exports" map hides its UMD files from require.resolve.
  const dir = path.dirname(require.resolve(`${source.pkg}/package.json`));
  const raw = fs.readFileSync(path.join(dir, source.file), 'utf8');
  const text = source.contentType === JS ? raw.replace(SOURCE_MAP_COMMENT, '\n') : raw;
  return { contentType: source.contentType, body: Buffer.from(text, 'utf8') };
}

let cache: { assets: ReadonlyMap<string, WebAsset>; version: string } | undefined;

// Read on first use, not at import: a server that never serves the page never reads ~1.4 MB.
function loaded(): NonNullable<typeof cache> {
  if (!cache) {
    const assets = new Map([...SOURCES].map(([name, source]) => [name, load(source)] as const));
    const hash = createHash('sha256');
    for (const [name, asset] of assets) hash.update(name).update('\0').update(asset.body);
    cache = { assets, version: hash.digest('hex').slice(0, 12) };
  }
  return cache;
}

/** The asset with exactly this name, or null for any other name. */
export function resolveAsset(name: string): WebAsset | null {
  return SOURCES.has(name) ? (loaded().assets.get(name) ?? null) : null;
}

/**
 * A content hash of the whole asset set. Asset URLs carry it (`?v=`), so the files can be cached
 * as immutable and a new release (new GraphiQL, new boot script) still reaches every browser.
 */
export function assetVersion(): string {
  return loaded().version;
}
