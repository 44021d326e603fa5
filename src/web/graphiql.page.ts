import { ConfigError } from '@/shared/errors';
import { assetVersion } from '@/web/assets';
import { BOOT_CONFIG_ELEMENT_ID, MOUNT_ELEMENT_ID, type GraphiQLBootConfig } from '@/web/graphiql.boot';

export interface GraphiQLExample {
  /** For the caller's catalogue: GraphiQL 3 titles a tab by the query's operation name, so name the operation. */
  name: string;
  query: string;
  variables?: string;
}

export interface GraphiQLPageOptions {
  /** Same-origin path of the GraphQL endpoint, e.g. `/graphql`. */
  endpoint: string;
  /** Same-origin path prefix the assets are served under, ending in `/`, e.g. `/graphql/assets/`. */
  assetBase: string;
  title?: string;
  /** Opened as tabs in this order; the first is the active tab. */
  examples: readonly GraphiQLExample[];
}

/**
 * Everything comes from our own origin. Scripts get no 'unsafe-inline' (the boot script is a served
 * file, so no nonce is needed). Styles do: GraphiQL's dialogs (Radix, react-remove-scroll) inject a
 * <style> element to lock page scrolling, and inline styles cannot run code. GraphiQL's fonts are
 * data: URIs inside its CSS.
 */
export const GRAPHIQL_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const DEFAULT_TITLE = 'egov-kg GraphQL';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * JSON that can sit inside a `<script>` element: `<` and `>` become \u escapes so no `</script>`
 * or `<!--` can end or alter the element, `&` likewise for good measure; U+2028/2029 are escaped
 * so the text stays valid even if someone later evaluates it as JavaScript.
 */
function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// A path on this origin: starts with one slash, no scheme, no `//host`, no backslash tricks.
function assertSameOriginPath(what: string, value: string): void {
  if (!/^\/(?![/\\])[^\s\\]*$/.test(value)) {
    throw new ConfigError(`GraphiQL ${what} must be a same-origin path like /graphql, got ${JSON.stringify(value)}`);
  }
}

/** The complete GraphiQL page; it loads nothing from any other origin. */
export function renderGraphiQL(opts: GraphiQLPageOptions): string {
  assertSameOriginPath('endpoint', opts.endpoint);
  assertSameOriginPath('assetBase', opts.assetBase);
  if (!opts.assetBase.endsWith('/')) {
    throw new ConfigError(`GraphiQL assetBase must end with "/", got ${JSON.stringify(opts.assetBase)}`);
  }
  const title = opts.title ?? DEFAULT_TITLE;
  const config: GraphiQLBootConfig = {
    endpoint: opts.endpoint,
    logo: title,
    tabs: opts.examples.map((e) => (e.variables === undefined ? { query: e.query } : { query: e.query, variables: e.variables })),
  };
  const asset = (name: string): string => escapeHtml(`${opts.assetBase}${name}?v=${assetVersion()}`);
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(GRAPHIQL_CSP)}">
<meta http-equiv="x-dns-prefetch-control" content="off">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<link rel="icon" type="image/svg+xml" href="${asset('favicon.svg')}">
<link rel="stylesheet" href="${asset('graphiql.min.css')}">
<link rel="stylesheet" href="${asset('graphiql.page.css')}">
</head>
<body>
<div id="${MOUNT_ELEMENT_ID}"></div>
<script type="application/json" id="${BOOT_CONFIG_ELEMENT_ID}">${jsonForScriptElement(config)}</script>
<script src="${asset('react.production.min.js')}"></script>
<script src="${asset('react-dom.production.min.js')}"></script>
<script src="${asset('graphiql.min.js')}"></script>
<script src="${asset('graphiql.boot.js')}"></script>
</body>
</html>
`;
}
