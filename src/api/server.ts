import http from 'node:http';
import { createHash, timingSafeEqual } from 'node:crypto';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { ApiContext } from '@/api/context';
import { formatError, type Logger } from '@/api/errors';
import { loadExamples } from '@/api/examples';
import { createLoaders } from '@/api/loaders';
import { complexityPlugin, depthRule } from '@/api/limits';
import { buildApiSchema } from '@/api/schema';
import type { Config } from '@/config/config';
import type { Services } from '@/services/services';
import { handleWebRequest } from '@/web/web.routes';

export const GRAPHQL_PATH = '/graphql';
const MAX_BODY_BYTES = 1_000_000;

export interface RunningServer {
  url: string;
  server: http.Server;
  close(): Promise<void>;
}

type ServerConfig = Pick<Config, 'port' | 'host' | 'apiKey' | 'corsOrigins' | 'maxDepth' | 'maxComplexity' | 'requestTimeoutMs' | 'production'>;

/** Compares digests so that neither length nor content of the key leaks through timing. */
export function keyMatches(header: string | undefined, apiKey: string | null): boolean {
  if (!apiKey || !header?.startsWith('Bearer ')) return false;
  const given = createHash('sha256').update(header.slice('Bearer '.length)).digest();
  const expected = createHash('sha256').update(apiKey).digest();
  return timingSafeEqual(given, expected);
}

export async function startServer(config: ServerConfig, services: Services, log: Logger = () => undefined): Promise<RunningServer> {
  const schema = buildApiSchema();
  const apollo = new ApolloServer<ApiContext>({
    schema,
    validationRules: [depthRule(config.maxDepth)],
    plugins: [ApolloServerPluginLandingPageDisabled(), complexityPlugin(schema, config.maxComplexity)],
    formatError: formatError(config.production, log),
    includeStacktraceInErrorResponses: !config.production,
    introspection: true,
    // The CLI owns shutdown (close HTTP, then the store); Apollo's own handler would re-raise the signal.
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  const examples = loadExamples();

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof BodyTooLargeError) {
        send(res, 413, { errors: [{ message: error.message, extensions: { code: 'BAD_USER_INPUT' } }] });
        return;
      }
      log('request failed', { url: req.url, error: error instanceof Error ? error.stack : String(error) });
      if (!res.headersSent) send(res, 500, { errors: [{ message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    applyCors(req, res, config.corsOrigins);
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    if (handleWebRequest(req, res, { endpoint: GRAPHQL_PATH, examples })) return;
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') {
      send(res, 200, { status: 'ok' });
      return;
    }
    if (url.pathname !== GRAPHQL_PATH) {
      send(res, 404, { errors: [{ message: `no route ${url.pathname}; the API is at ${GRAPHQL_PATH}`, extensions: { code: 'NOT_FOUND' } }] });
      return;
    }
    const body = await readBody(req);
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const execution = apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => ({
        services,
        loaders: createLoaders(services),
        authenticated: keyMatches(req.headers.authorization, config.apiKey),
        apiKeyConfigured: config.apiKey !== null,
      }),
    });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), config.requestTimeoutMs);
    });
    const result = await Promise.race([execution, timeout]).finally(() => clearTimeout(timer));
    if (result === 'timeout') {
      send(res, 503, { errors: [{ message: `request exceeded ${config.requestTimeoutMs} ms`, extensions: { code: 'TIMEOUT' } }] });
      return;
    }
    for (const [key, value] of result.headers) res.setHeader(key, value);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return {
    url: `http://${host}:${port}${GRAPHQL_PATH}`,
    server,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await apollo.stop();
    },
  };
}

function applyCors(req: http.IncomingMessage, res: http.ServerResponse, origins: string[]) {
  const origin = req.headers.origin;
  if (!origin) return;
  if (origins.includes('*')) res.setHeader('Access-Control-Allow-Origin', '*');
  else if (origins.includes(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
  } else return;
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Authorization, Apollo-Require-Preflight');
  res.setHeader('Access-Control-Max-Age', '600');
}

async function readBody(req: http.IncomingMessage): Promise<unknown> {
  if (req.method !== 'POST') return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError();
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    // Apollo answers a body it cannot use with a 400 that names the problem.
    return text;
  }
}

class BodyTooLargeError extends Error {
  constructor() {
    super(`request body exceeds ${MAX_BODY_BYTES} bytes`);
  }
}

function send(res: http.ServerResponse, status: number, payload: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(payload));
}
