import path from 'node:path';
import { ConfigError } from '@/shared/errors';

/**
 * Configuration is resolved once at start-up: command-line option → environment → default,
 * then validated. Every key is documented in README.md and .env.example.
 */
export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
  connectTimeoutMs: number;
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  seedsDir: string;
  neo4j: Neo4jConfig | null;
  apiKey: string | null;
  corsOrigins: string[];
  maxDepth: number;
  maxComplexity: number;
  requestTimeoutMs: number;
  production: boolean;
}

export type ConfigOverrides = Partial<{
  port: string | number;
  host: string;
  dataDir: string;
  seedsDir: string;
  neo4jUri: string;
}>;

type Env = Record<string, string | undefined>;

function pick(option: string | number | undefined, env: string | undefined, fallback: string): string {
  if (option !== undefined && option !== '') return String(option);
  if (env !== undefined && env !== '') return env;
  return fallback;
}

function integer(name: string, raw: string, min: number, max: number): number {
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(`${name} must be an integer, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(`${name} must be between ${min} and ${max}, got ${value}`);
  return value;
}

export function resolveConfig(options: ConfigOverrides = {}, env: Env = process.env, cwd = process.cwd()): Config {
  const neo4jUri = pick(options.neo4jUri, env.NEO4J_URI, '');
  if (neo4jUri && !/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/.test(neo4jUri)) {
    throw new ConfigError(`NEO4J_URI must start with neo4j://, neo4j+s://, bolt:// or bolt+s://, got "${neo4jUri}"`);
  }
  const corsRaw = pick(undefined, env.EGOV_CORS_ORIGINS, '*');
  return {
    port: integer('PORT', pick(options.port, env.PORT, '4000'), 0, 65535),
    host: pick(options.host, env.HOST, '127.0.0.1'),
    dataDir: path.resolve(cwd, pick(options.dataDir, env.EGOV_DATA_DIR, './data')),
    seedsDir: path.resolve(cwd, pick(options.seedsDir, env.EGOV_SEEDS_DIR, './seeds')),
    neo4j: neo4jUri
      ? {
          uri: neo4jUri,
          user: pick(undefined, env.NEO4J_USER, 'neo4j'),
          password: pick(undefined, env.NEO4J_PASSWORD, ''),
          database: env.NEO4J_DATABASE || undefined,
          connectTimeoutMs: integer('NEO4J_CONNECT_TIMEOUT', pick(undefined, env.NEO4J_CONNECT_TIMEOUT, '30'), 1, 3600) * 1000,
        }
      : null,
    apiKey: env.EGOV_API_KEY ? env.EGOV_API_KEY : null,
    corsOrigins: corsRaw.split(',').map((s) => s.trim()).filter(Boolean),
    maxDepth: integer('EGOV_MAX_DEPTH', pick(undefined, env.EGOV_MAX_DEPTH, '8'), 1, 50),
    maxComplexity: integer('EGOV_MAX_COMPLEXITY', pick(undefined, env.EGOV_MAX_COMPLEXITY, '5000'), 10, 1_000_000),
    requestTimeoutMs: integer('EGOV_REQUEST_TIMEOUT_MS', pick(undefined, env.EGOV_REQUEST_TIMEOUT_MS, '15000'), 100, 600_000),
    production: env.NODE_ENV === 'production',
  };
}
