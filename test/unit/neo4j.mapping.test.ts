import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import neo4j, { Neo4jError, isInt, type Integer } from 'neo4j-driver';
import { mapNeo4jError, oneLine } from '@/graph/neo4j/neo4j.errors';
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
  });
});
