import neo4j, { type Driver, type QueryResult, type Session } from 'neo4j-driver';
import type { Neo4jConfig } from '@/config/config';
import { loadCatalogue, splitStatements, type Catalogue } from '@/graph/cypher.catalog';
import { isPermanentConnectError, mapNeo4jError, oneLine, type Neo4jErrorContext } from '@/graph/neo4j/neo4j.errors';
import { toNeo4jParams, toPlain } from '@/graph/neo4j/neo4j.values';
import type { GraphStore, Params, Row, Statement } from '@/graph/store.port';
import { StoreUnavailableError } from '@/shared/errors';

export type Neo4jLog = (message: string) => void;

/** The catalogue entry (cypher/neo4j/ddl.cypher) `init` runs, one statement at a time. */
export const DDL_STATEMENT = 'ddl';

const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 5_000;

/**
 * The production engine: Neo4j 5 over Bolt. One Driver (and so one connection pool) per store,
 * and the application opens one store per process. Reads run in managed read transactions, each
 * `execute` in ONE managed write transaction, so the driver retries transient failures
 * (deadlocks, leader switches) and a batch lands whole or not at all.
 */
export class Neo4jStore implements GraphStore {
  readonly engine = 'neo4j' as const;
  private closed = false;

  private constructor(
    private readonly driver: Driver,
    private readonly config: Neo4jConfig,
    private readonly catalogue: Catalogue,
  ) {}

  /**
   * Waits for the server with exponential backoff (a compose stack starts the app and Neo4j
   * together) until `connectTimeoutMs`, then fails with a one-line StoreUnavailableError. Wrong
   * credentials or a missing database fail at once: retrying cannot fix them.
   */
  static async connect(config: Neo4jConfig, log?: Neo4jLog): Promise<Neo4jStore> {
    let driver: Driver;
    try {
      driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
        connectionTimeout: Math.min(config.connectTimeoutMs, 30_000),
        userAgent: 'egov-kg',
      });
    } catch (error) {
      throw new StoreUnavailableError(`cannot create a Neo4j driver for ${config.uri}: ${reasonOf(error)}`);
    }
    const ctx = contextOf(config);
    const deadline = Date.now() + config.connectTimeoutMs;
    let delay = FIRST_RETRY_MS;
    let reason = `no answer within ${seconds(config.connectTimeoutMs)}`;
    for (let attempt = 1; ; attempt++) {
      try {
        const info = await beforeDeadline(driver.getServerInfo({ database: config.database }), deadline);
        log?.(`connected to ${info.agent ?? 'Neo4j'} at ${config.uri} (protocol ${info.protocolVersion ?? '?'})`);
        return Neo4jStore.fromDriver(driver, config);
      } catch (error) {
        // A cut-off attempt says nothing new; the last real failure is the better reason.
        if (!(error instanceof DeadlineReached)) reason = reasonOf(error);
        const remaining = deadline - Date.now();
        if (isPermanentConnectError(error) || remaining <= 0) {
          await driver.close().catch(() => undefined);
          if (isPermanentConnectError(error)) throw mapNeo4jError(error, ctx);
          throw new StoreUnavailableError(`cannot reach Neo4j at ${config.uri} after ${seconds(config.connectTimeoutMs)}: ${reason}`);
        }
        log?.(`Neo4j at ${config.uri} not reachable yet (attempt ${attempt}: ${reason}); retrying`);
        await sleep(Math.min(delay, remaining));
        delay = Math.min(delay * 2, MAX_RETRY_MS);
      }
    }
  }

  /** Wraps a driver whose connectivity the caller has checked (tests use a stub). */
  static fromDriver(driver: Driver, config: Neo4jConfig): Neo4jStore {
    return new Neo4jStore(driver, config, loadCatalogue('neo4j'));
  }

  /** Constraints and indexes; every statement is `IF NOT EXISTS`, so this runs on every start. */
  async init(): Promise<void> {
    const session = this.session('WRITE');
    let current: string | undefined;
    try {
      // Auto-commit, one by one: Neo4j keeps schema changes out of multi-statement transactions,
      // and the closing db.awaitIndexes must see the indexes committed.
      for (const ddl of splitStatements(this.catalogue.get(DDL_STATEMENT))) {
        current = `${DDL_STATEMENT}: ${ddl.split('\n')[0]}`;
        await session.run(ddl);
      }
    } catch (error) {
      throw mapNeo4jError(error, { ...contextOf(this.config), statement: current });
    } finally {
      await session.close();
    }
  }

  async read(name: string, params: Params = {}): Promise<Row[]> {
    const text = this.catalogue.get(name);
    const session = this.session('READ');
    try {
      const result = await session.executeRead((tx) => tx.run(text, toNeo4jParams(params)));
      return rowsOf(result);
    } catch (error) {
      throw mapNeo4jError(error, { ...contextOf(this.config), statement: name });
    } finally {
      await session.close();
    }
  }

  async execute(statements: Statement[]): Promise<Row[][]> {
    const prepared = statements.map(({ name, params = {} }) => ({
      name,
      text: this.catalogue.get(name),
      params: toNeo4jParams(params),
    }));
    if (prepared.length === 0) return [];
    const session = this.session('WRITE');
    let current: string | undefined;
    try {
      // The work function may run again on a retry; it rebuilds its results from scratch each time.
      return await session.executeWrite(async (tx) => {
        const results: Row[][] = [];
        for (const statement of prepared) {
          current = statement.name;
          results.push(rowsOf(await tx.run(statement.text, statement.params)));
        }
        return results;
      });
    } catch (error) {
      throw mapNeo4jError(error, { ...contextOf(this.config), statement: current });
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.driver.close();
  }

  private session(mode: 'READ' | 'WRITE'): Session {
    if (this.closed) throw new StoreUnavailableError(`the Neo4j store for ${this.config.uri} is closed`);
    return this.driver.session({
      database: this.config.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }
}

function rowsOf(result: QueryResult): Row[] {
  return result.records.map((record) => toPlain(record.toObject()) as Row);
}

function contextOf(config: Neo4jConfig): Neo4jErrorContext {
  return { uri: config.uri, user: config.user, database: config.database };
}

function reasonOf(error: unknown): string {
  return oneLine(error instanceof Error ? error.message : String(error));
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))}s`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * One attempt may hang until the driver's own connection timeout (a firewall dropping packets);
 * the overall deadline wins. The abandoned attempt's late rejection is swallowed.
 */
class DeadlineReached extends Error {}

function beforeDeadline<T>(work: Promise<T>, deadline: number): Promise<T> {
  work.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineReached()), Math.max(0, deadline - Date.now()));
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
