import fs from 'node:fs';
import path from 'node:path';
import kuzu, { type Connection, type Database, type KuzuValue, type PreparedStatement, type QueryResult } from 'kuzu';
import { loadCatalogue, type Catalogue } from '@/graph/cypher.catalog';
import { kuzuDdlStatements } from '@/graph/statement.assembler';
import type { GraphStore, Params, Row, Statement } from '@/graph/store.port';
import { StoreUnavailableError } from '@/shared/errors';
import { toPlain } from '@/graph/kuzu/kuzu.values';

/**
 * The embedded default: Kùzu 0.11.3 in-process, on disk under EGOV_DATA_DIR. Kùzu is the final
 * upstream release, so this adapter stays as thin as the port allows and works around its known
 * sharp edges in one place (see `bindable` and `close`).
 */
export class KuzuStore implements GraphStore {
  readonly engine = 'kuzu' as const;
  private readonly prepared = new Map<string, Promise<PreparedStatement>>();
  /** Writes serialise: a Kùzu connection runs one explicit transaction at a time. */
  private writeQueue: Promise<unknown> = Promise.resolve();
  private closed = false;

  private constructor(
    private readonly db: Database,
    private readonly conn: Connection,
    private readonly catalogue: Catalogue,
    readonly file: string,
  ) {}

  static async open(dataDir: string): Promise<KuzuStore> {
    const file = path.join(dataDir, 'graph.kuzu');
    try {
      fs.mkdirSync(dataDir, { recursive: true });
      const db = new kuzu.Database(file);
      await db.init();
      const conn = new kuzu.Connection(db);
      await conn.init();
      return new KuzuStore(db, conn, loadCatalogue('kuzu'), file);
    } catch (error) {
      throw new StoreUnavailableError(`cannot open the embedded Kùzu database at ${file}: ${oneLine(error)}`);
    }
  }

  async init(): Promise<void> {
    await this.serialised(async () => {
      for (const ddl of kuzuDdlStatements()) await this.run(ddl, {});
    });
  }

  async read(name: string, params: Params = {}): Promise<Row[]> {
    return this.runNamed(name, params);
  }

  async execute(statements: Statement[]): Promise<Row[][]> {
    return this.serialised(async () => {
      await this.run('BEGIN TRANSACTION', {});
      try {
        const results: Row[][] = [];
        for (const { name, params = {} } of statements) {
          if (Array.isArray(params.rows)) {
            for (const row of params.rows as Params[]) await this.runNamed(name, row, false);
            results.push([]);
          } else {
            results.push(await this.runNamed(name, params));
          }
        }
        await this.run('COMMIT', {});
        return results;
      } catch (error) {
        await this.run('ROLLBACK', {}).catch(() => undefined);
        throw error;
      }
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.writeQueue.catch(() => undefined);
    // Results are closed as they are read; closing connection and database releases the file lock.
    await this.conn.close();
    await this.db.close();
  }

  private serialised<T>(work: () => Promise<T>): Promise<T> {
    const next = this.writeQueue.then(work, work);
    this.writeQueue = next.catch(() => undefined);
    return next;
  }

  /** `filters` = the params are filter values (safe to rewrite empty lists), not property values. */
  private async runNamed(name: string, params: Params, filters = true): Promise<Row[]> {
    if (this.closed) throw new StoreUnavailableError('the embedded store is closed');
    const cached = this.prepared.get(name);
    const statement = cached ?? this.conn.prepare(this.catalogue.get(name));
    if (!cached) this.prepared.set(name, statement);
    const ps = await statement;
    if (!ps.isSuccess()) {
      this.prepared.delete(name);
      throw new Error(`statement "${name}" does not compile on Kùzu: ${ps.getErrorMessage()}`);
    }
    return this.collect(await this.conn.execute(ps, filters ? bindable(params) : (params as Record<string, KuzuValue>)));
  }

  private async run(text: string, params: Params): Promise<Row[]> {
    if (Object.keys(params).length === 0) return this.collect(await this.conn.query(text));
    return this.collect(await this.conn.execute(await this.conn.prepare(text), bindable(params)));
  }

  private async collect(result: QueryResult | QueryResult[]): Promise<Row[]> {
    const results = Array.isArray(result) ? result : [result];
    try {
      const last = results[results.length - 1]!;
      return (await last.getAll()).map((row: Record<string, KuzuValue>) => toPlain(row) as Row);
    } finally {
      // An unclosed result outliving its connection crashes the process at exit (Kùzu 0.11.3).
      for (const r of results) r.close();
    }
  }
}

/**
 * Kùzu 0.11.3 crashes the process when an empty list parameter reaches `IN $ids`. Filter lists are
 * only ever used that way, so a one-element list holding an id no node can have gives the same
 * answer without the crash. Property values (batch rows) are bound as they are: an empty list in
 * SET is fine (Kùzu stores it as null).
 */
const NO_ID = '\u0000';
export function bindable(params: Params): Record<string, KuzuValue> {
  const out: Record<string, KuzuValue> = {};
  for (const [key, value] of Object.entries(params)) {
    out[key] = (Array.isArray(value) && value.length === 0 ? [NO_ID] : value) as KuzuValue;
  }
  return out;
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}
