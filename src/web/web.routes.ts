import type http from 'node:http';

import { ASSET_PATH, assetVersion, resolveAsset } from '@/web/assets';
import { GRAPHIQL_CSP, renderGraphiQL, type GraphiQLExample } from '@/web/graphiql.page';

export interface WebRouteOptions {
  /** Same-origin path of the GraphQL endpoint, e.g. `/graphql`. */
  endpoint: string;
  examples: readonly GraphiQLExample[];
  title?: string;
}

const GRAPHQL_JSON_TYPES = ['application/json', 'application/graphql-response+json'];

/** The q-value the Accept header gives this exact media type; 0 when it is not listed. */
function quality(accept: string, mediaType: string): number {
  let best = 0;
  for (const range of accept.split(',')) {
    const [type = '', ...params] = range.split(';').map((part) => part.trim().toLowerCase());
    if (type !== mediaType) continue;
    const q = params.find((p) => p.startsWith('q='));
    const value = q === undefined ? 1 : Number(q.slice(2));
    if (Number.isFinite(value) && value > best) best = value;
  }
  return best;
}

/**
 * A browser navigation names text/html explicitly; an API client that accepts anything, or prefers
 * JSON while also listing text/html, must reach the API.
 */
function wantsHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  const html = quality(accept, 'text/html');
  return html > 0 && GRAPHQL_JSON_TYPES.every((type) => html >= quality(accept, type));
}

function send(req: http.IncomingMessage, res: http.ServerResponse, status: number, headers: Record<string, string>, body: Buffer | string): void {
  const buffer = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, { ...headers, 'Content-Length': String(buffer.length), 'X-Content-Type-Options': 'nosniff' });
  res.end(req.method === 'HEAD' ? undefined : buffer);
}

function serveAsset(req: http.IncomingMessage, res: http.ServerResponse, url: URL): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(req, res, 405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }, 'method not allowed\n');
    return;
  }
  // The name is looked up as-is in a fixed table: no decoding, no path joining.
  const asset = resolveAsset(url.pathname.slice(ASSET_PATH.length));
  if (!asset) {
    send(req, res, 404, { 'Content-Type': 'text/plain; charset=utf-8' }, 'no such asset\n');
    return;
  }
  // Only a URL carrying the current content hash may be cached for good.
  const cacheControl = url.searchParams.get('v') === assetVersion() ? 'public, max-age=31536000, immutable' : 'no-cache';
  send(req, res, 200, { 'Content-Type': asset.contentType, 'Cache-Control': cacheControl }, asset.body);
}

/**
 * Serves the offline GraphiQL page, its assets and the `/` redirect. Call it first in the HTTP
 * request listener; when it returns false the request is the API's (POST, JSON GET, other paths).
 */
export function handleWebRequest(req: http.IncomingMessage, res: http.ServerResponse, opts: WebRouteOptions): boolean {
  // The base only lets URL parse the request target; the host is never used.
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname.startsWith(ASSET_PATH)) {
    serveAsset(req, res, url);
    return true;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (url.pathname === '/') {
    send(req, res, 302, { Location: opts.endpoint, 'Content-Type': 'text/plain; charset=utf-8' }, `see ${opts.endpoint}\n`);
    return true;
  }
  // A GET carrying a query is an API call even from a browser tab.
  if (url.pathname !== opts.endpoint || url.searchParams.has('query') || !wantsHtml(req.headers.accept)) return false;
  const html = renderGraphiQL({ endpoint: opts.endpoint, assetBase: ASSET_PATH, title: opts.title, examples: opts.examples });
  send(
    req,
    res,
    200,
    {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': `${GRAPHIQL_CSP}; frame-ancestors 'none'`,
      'Cache-Control': 'no-cache',
      'Referrer-Policy': 'no-referrer',
      // The same URL answers JSON to API clients: caches must key on Accept.
      Vary: 'Accept',
    },
    html,
  );
  return true;
}
