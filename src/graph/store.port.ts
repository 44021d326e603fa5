export type Engine = 'kuzu' | 'neo4j';
export type Params = Record<string, unknown>;
/** A result row with engine values already converted to plain JS (numbers, strings, arrays, objects). */
export type Row = Record<string, unknown>;

/**
 * A named statement of the catalogue (cypher/) and its parameters. A statement whose params hold
 * `rows` is a batch (see statement.assembler.ts): each engine applies it to every row.
 */
export interface Statement {
  name: string;
  params?: Params;
}

/**
 * The port every engine adapter implements. Adapters stay thin: they run catalogue statements by
 * name, convert values at the boundary and map engine errors to typed errors; all graph logic lives
 * in the service layer and the catalogue (writes too: see graph/batch.writer.ts).
 */
export interface GraphStore {
  readonly engine: Engine;
  /** Creates schema, constraints and indexes idempotently. */
  init(): Promise<void>;
  /** Runs a read statement of the catalogue. */
  read(name: string, params?: Params): Promise<Row[]>;
  /** Runs write statements of the catalogue in one transaction: all or nothing. Returns each one's rows. */
  execute(statements: Statement[]): Promise<Row[][]>;
  close(): Promise<void>;
}
