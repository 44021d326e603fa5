import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import neo4j, { Neo4jError, Record as NeoRecord, isInt, type Driver, type Integer } from 'neo4j-driver';
import type { Neo4jConfig } from '@/config/config';
import { loadCatalogue, splitStatements } from '@/graph/cypher.catalog';
import { mapNeo4jError, oneLine } from '@/graph/neo4j/neo4j.errors';
import { DDL_STATEMENT, Neo4jStore } from '@/graph/neo4j/neo4j.store';
import { FLOAT_KEYS, toNeo4jParams, toPlain } from '@/graph/neo4j/neo4j.values';
import { NODE_PROPS, REL_PROPS } from '@/graph/graph.model';
import { AppError, BadUserInputError, StoreUnavailableError } from '@/shared/errors';

const { Node, Relationship, UnboundRelationship, Path, PathSegment, Date: NeoDate, DateTime, LocalDateTime, Point } =
  neo4j.types;
const int = neo4j.int;

describe('neo4j values → plain values', () => {
  test('Integer becomes a number, or an exact string beyond 2^53', () => {
    assert.equal(toPlain(int(42)), 42);
    assert.equal(toPlain(int(-7)), -7);
    assert.equal(toPlain(int('9007199254740993')), '9007199254740993');
    assert.equal(toPlain(1.5), 1.5);
  });

  test('temporal values become ISO strings', () => {
    assert.equal(toPlain(new NeoDate(2014, 6, 6)), '2014-06-06');
    assert.equal(toPlain(new LocalDateTime(2014, 6, 6, 9, 30, 0, 0)), '2014-06-06T09:30:00');
    assert.equal(toPlain(new DateTime(2014, 6, 6, 9, 30, 0, 0, 8 * 3600)), '2014-06-06T09:30:00+08:00');
    // A zoned value from the server carries both; the offset stays, the bracketed zone id goes.
    assert.equal(toPlain(new DateTime(2014, 6, 6, 9, 30, 0, 0, 8 * 3600, 'Asia/Shanghai')), '2014-06-06T09:30:00+08:00');
  });

  test('a node becomes its properties plus labels, converted recursively', () => {
    const node = new Node(int(1), ['Region'], { id: '440605', name: '南海区', aliases: ['南海'], population: int(3000000) }, '4:x:1');
    assert.deepEqual(toPlain(node), { id: '440605', name: '南海区', aliases: ['南海'], population: 3000000, labels: ['Region'] });
  });

  test('a relationship becomes its properties plus type', () => {
    const rel = new Relationship(int(9), int(1), int(2), 'LOCATED_IN', { articleId: 'a:1', startOffset: int(0), score: 1 }, '5:x:9', '4:x:1', '4:x:2');
    assert.deepEqual(toPlain(rel), { articleId: 'a:1', startOffset: 0, score: 1, type: 'LOCATED_IN' });
  });

  test('a path becomes its nodes in order and its relationships', () => {
    const a = new Node(int(1), ['Region'], { id: '440605' }, '4:x:1');
    const b = new Node(int(2), ['Region'], { id: '440600' }, '4:x:2');
    const c = new Node(int(3), ['Region'], { id: '440000' }, '4:x:3');
    const r1 = new Relationship(int(10), int(1), int(2), 'PART_OF', { articleId: '' }, '5:x:10', '4:x:1', '4:x:2');
    const r2 = new Relationship(int(11), int(2), int(3), 'PART_OF', { articleId: '' }, '5:x:11', '4:x:2', '4:x:3');
    const path = new Path(a, c, [new PathSegment(a, r1, b), new PathSegment(b, r2, c)]);
    assert.deepEqual(toPlain(path), {
      nodes: [
        { id: '440605', labels: ['Region'] },
        { id: '440600', labels: ['Region'] },
        { id: '440000', labels: ['Region'] },
      ],
      relationships: [
        { articleId: '', type: 'PART_OF' },
        { articleId: '', type: 'PART_OF' },
      ],
    });
  });

  test('lists and maps are converted at any depth; an unbound relationship keeps its type', () => {
    const value = {
      total: int(3),
      rows: [{ when: new NeoDate(2014, 5, 30), n: int(2) }, null],
      rel: new UnboundRelationship(int(5), 'MENTIONS', { count: int(2) }, '5:x:5'),
    };
    assert.deepEqual(toPlain(value), {
      total: 3,
      rows: [{ when: '2014-05-30', n: 2 }, null],
      rel: { count: 2, type: 'MENTIONS' },
    });
    assert.deepEqual(toPlain(new Point(int(4326), 113.1, 23.0)), { srid: 4326, x: 113.1, y: 23.0 });
    assert.equal(toPlain(undefined), null);
  });
});

describe('parameters → neo4j values', () => {
  test('integral numbers become Integers at any depth, so SKIP/LIMIT and INT64 properties are integers', () => {
    const out = toNeo4jParams({ skip: 0, limit: 20, rows: [{ id: 'a', number: 3, startOffset: 10 }], ids: ['x'] });
    assert.ok(isInt(out.skip) && (out.skip as Integer).toNumber() === 0);
    assert.ok(isInt(out.limit) && (out.limit as Integer).toNumber() === 20);
    const row = (out.rows as Record<string, unknown>[])[0]!;
    assert.ok(isInt(row.number) && isInt(row.startOffset));
    assert.equal(row.id, 'a');
    assert.deepEqual(out.ids, ['x']);
  });

  test('DOUBLE keys of the model stay floats even when whole; fractions and non-finite numbers stay floats', () => {
    const out = toNeo4jParams({ rows: [{ value: 3, score: 1, count: 2 }], ratio: 0.5, big: Number.MAX_VALUE });
    const row = (out.rows as Record<string, unknown>[])[0]!;
    assert.equal(row.value, 3);
    assert.equal(row.score, 1);
    assert.ok(isInt(row.count));
    assert.equal(out.ratio, 0.5);
    assert.equal(out.big, Number.MAX_VALUE);
  });

  test('the float keys are exactly the DOUBLE properties of the model, none of them also INT64', () => {
    const all = [...Object.values(NODE_PROPS).flatMap((p) => Object.entries(p)), ...Object.entries(REL_PROPS)];
    const doubles = new Set(all.filter(([, t]) => t === 'DOUBLE').map(([k]) => k));
    const ints = new Set(all.filter(([, t]) => t === 'INT64').map(([k]) => k));
    assert.deepEqual([...FLOAT_KEYS].sort(), [...doubles].sort());
    for (const key of FLOAT_KEYS) assert.ok(!ints.has(key), `${key} is both DOUBLE and INT64`);
  });

  test('null, strings, booleans and string lists pass through unchanged', () => {
    assert.deepEqual(toNeo4jParams({ text: null, theme: 'data-sharing', byRegion: false, aliases: ['南海'] }), {
      text: null,
      theme: 'data-sharing',
      byRegion: false,
      aliases: ['南海'],
    });
  });
});

describe('Neo4j errors → typed errors', () => {
  const ctx = { uri: 'bolt://db.example:7687', user: 'neo4j', database: 'egov', statement: 'upsert-nodes.Article' };
  const neoError = (message: string, code: string) => new Neo4jError(message, code, 'N/A', 'N/A');
  const assertOneLine = (e: Error) => assert.doesNotMatch(e.message, /\n/);

  test('a constraint violation is bad user input', () => {
    const e = mapNeo4jError(
      neoError("Node(12) already exists with label `Article` and property `id` = 'a:1'", 'Neo.ClientError.Schema.ConstraintValidationFailed'),
      ctx,
    );
    assert.ok(e instanceof BadUserInputError);
    assert.equal((e as AppError).code, 'BAD_USER_INPUT');
    assert.match(e.message, /upsert-nodes\.Article/);
    assertOneLine(e);
  });

  test('a lost server or session is StoreUnavailable, on one line naming Neo4j and the URI', () => {
    for (const code of [neo4j.error.SERVICE_UNAVAILABLE, neo4j.error.SESSION_EXPIRED]) {
      const e = mapNeo4jError(neoError('Failed to connect to server.\nCaused by: connect ECONNREFUSED 10.0.0.1:7687', code), ctx);
      assert.ok(e instanceof StoreUnavailableError, code);
      assert.match(e.message, /Neo4j at bolt:\/\/db\.example:7687/);
      assert.match(e.message, /ECONNREFUSED/);
      assertOneLine(e);
    }
  });

  test('rejected credentials are StoreUnavailable naming authentication and the user, not the password', () => {
    const e = mapNeo4jError(
      neoError('The client is unauthorized due to authentication failure.', 'Neo.ClientError.Security.Unauthorized'),
      { ...ctx, statement: undefined },
    );
    assert.ok(e instanceof StoreUnavailableError);
    assert.match(e.message, /credentials/);
    assert.match(e.message, /"neo4j"/);
    assert.match(e.message, /NEO4J_PASSWORD/);
    assertOneLine(e);
  });

  test('a missing database names NEO4J_DATABASE', () => {
    const e = mapNeo4jError(neoError('Database does not exist. Database name: egov.', 'Neo.ClientError.Database.DatabaseNotFound'), ctx);
    assert.ok(e instanceof StoreUnavailableError);
    assert.match(e.message, /"egov"/);
    assert.match(e.message, /NEO4J_DATABASE/);
  });

  test('a syntax error is a bug: a plain Error naming the statement, keeping the cause', () => {
    const cause = neoError("Invalid input 'RETRN' (line 1, column 1)\n\"RETRN 1\"\n ^", 'Neo.ClientError.Statement.SyntaxError');
    const e = mapNeo4jError(cause, ctx);
    assert.ok(!(e instanceof AppError));
    assert.match(e.message, /statement "upsert-nodes\.Article"/);
    assert.match(e.message, /Neo\.ClientError\.Statement\.SyntaxError/);
    assert.equal(e.cause, cause);
    assertOneLine(e);
  });

  test('transient errors left after the driver retried are StoreUnavailable', () => {
    const e = mapNeo4jError(neoError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected'), ctx);
    assert.ok(e instanceof StoreUnavailableError);
  });

  test('non-Neo4j errors pass through', () => {
    const plain = new RangeError('x');
    assert.equal(mapNeo4jError(plain, ctx), plain);
  });

  test('oneLine keeps the cause of a multi-line driver message', () => {
    assert.equal(oneLine('Failed to connect.\nPlease ensure …\nCaused by: connect ECONNREFUSED 127.0.0.1:1'), 'connect ECONNREFUSED 127.0.0.1:1');
    assert.equal(oneLine('a\n  b'), 'a b');
    assert.equal(
      oneLine('Could not perform discovery. No routing servers available. Known routing table: RoutingTable[routers=[]]'),
      'Could not perform discovery. No routing servers available.',
    );
  });
});

/**
 * A stand-in for the driver that records what the adapter asks of it: which session (database,
 * access mode), which transaction function, which statements with which parameters.
 */
class StubDriver {
  readonly log: string[] = [];
  readonly runs: { text: string; params: Record<string, unknown> }[] = [];
  failOn: string | null = null;
  rows: Record<string, unknown>[] = [];

  session(config: { database?: string; defaultAccessMode?: string }) {
    const log = this.log;
    const self = this;
    const tx = {
      async run(text: string, params: Record<string, unknown> = {}) {
        self.runs.push({ text, params });
        if (self.failOn && text.includes(self.failOn)) {
          throw new Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError', 'N/A', 'N/A');
        }
        return { records: self.rows.map((r) => new NeoRecord(Object.keys(r), Object.values(r))) };
      },
    };
    log.push(`session ${config.database ?? '(default)'} ${config.defaultAccessMode}`);
    return {
      executeRead: async (work: (t: typeof tx) => unknown) => (log.push('executeRead'), work(tx)),
      executeWrite: async (work: (t: typeof tx) => unknown) => (log.push('executeWrite'), work(tx)),
      run: (text: string) => (log.push('auto-commit'), tx.run(text)),
      close: async () => void log.push('close'),
    };
  }

  async close() {
    this.log.push('driver.close');
  }
}

describe('Neo4jStore over a stub driver', () => {
  const config: Neo4jConfig = { uri: 'bolt://stub:7687', user: 'neo4j', password: 'x', database: 'egov', connectTimeoutMs: 1000 };
  const make = () => {
    const driver = new StubDriver();
    return { driver, store: Neo4jStore.fromDriver(driver as unknown as Driver, config) };
  };
  const catalogue = loadCatalogue('neo4j');

  test('execute runs every statement, in order, in ONE write transaction on the configured database', async () => {
    const { driver, store } = make();
    const rows = await store.execute([
      { name: 'delete-article-edges', params: { ids: ['a:1'] } },
      { name: 'upsert-nodes.Article', params: { rows: [{ id: 'a:1', number: 1, title: 't' }] } },
    ]);
    assert.deepEqual(driver.log, ['session egov WRITE', 'executeWrite', 'close']);
    assert.deepEqual(
      driver.runs.map((r) => r.text),
      [catalogue.get('delete-article-edges'), catalogue.get('upsert-nodes.Article')],
    );
    const row = (driver.runs[1]!.params.rows as Record<string, unknown>[])[0]!;
    assert.ok(isInt(row.number), 'INT64 property sent as a Neo4j Integer');
    assert.equal(rows.length, 2);
  });

  test('a failing statement is reported by name and the session is still closed', async () => {
    const { driver, store } = make();
    driver.failOn = 'MERGE (n:Theme';
    await assert.rejects(
      store.execute([
        { name: 'upsert-nodes.Article', params: { rows: [] } },
        { name: 'upsert-nodes.Theme', params: { rows: [] } },
      ]),
      (e: Error) => !(e instanceof AppError) && /statement "upsert-nodes\.Theme"/.test(e.message),
    );
    assert.equal(driver.log.at(-1), 'close');
  });

  test('an unknown statement fails before any session opens', async () => {
    const { driver, store } = make();
    await assert.rejects(store.execute([{ name: 'no-such-statement' }]), /no statement named "no-such-statement"/);
    assert.deepEqual(driver.log, []);
  });

  test('read runs in a read transaction and returns plain rows', async () => {
    const { driver, store } = make();
    driver.rows = [{ id: 'a:1', number: int(7) }];
    assert.deepEqual(await store.read('articles-by-ids', { ids: ['a:1'] }), [{ id: 'a:1', number: 7 }]);
    assert.deepEqual(driver.log, ['session egov READ', 'executeRead', 'close']);
  });

  test('init runs every DDL statement on its own, in file order', async () => {
    const { driver, store } = make();
    await store.init();
    const ddl = splitStatements(catalogue.get(DDL_STATEMENT));
    assert.deepEqual(driver.runs.map((r) => r.text), ddl);
    assert.equal(driver.log.filter((l) => l === 'auto-commit').length, ddl.length);
  });

  test('a closed store refuses work with StoreUnavailableError', async () => {
    const { driver, store } = make();
    await store.close();
    await store.close();
    assert.deepEqual(driver.log, ['driver.close']);
    await assert.rejects(store.read('count-articles'), StoreUnavailableError);
  });
});
