import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { loadCatalogue, splitStatements, stripComments } from '@/graph/cypher.catalog';
import { ENTITY_LABELS, NODE_LABELS, REL_TYPES } from '@/graph/graph.model';
import { DDL_STATEMENT } from '@/graph/neo4j/neo4j.store';
import { assembledReads } from '@/graph/read.assembler';
import { assembledStatements } from '@/graph/statement.assembler';
import { CYPHER_DIR } from '@/shared/paths';
import {
  exampleFiles,
  formatFindings,
  isModelViolation,
  lintNeo4j,
  neo4jBoundStatements,
} from '@test/support/cypher-lint';

const cypherFiles = (dir: string) =>
  fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.cypher')).map((f) => f.slice(0, -7)) : [];

describe('every Neo4j-bound statement passes Neo4j 5 Cypher front-end', () => {
  const statements = neo4jBoundStatements();
  const sources = new Set(statements.map((s) => s.source));

  test('the enumeration reaches every neutral file, override, assembled variant, DDL statement and example', () => {
    const expected = [
      ...cypherFiles(CYPHER_DIR),
      ...cypherFiles(path.join(CYPHER_DIR, 'neo4j')).filter((n) => n !== DDL_STATEMENT),
      ...assembledStatements('neo4j').keys(),
      ...assembledReads().keys(),
    ];
    for (const name of expected) assert.ok(sources.has(`catalogue:${name}`), `catalogue:${name} is not linted`);
    const ddl = splitStatements(loadCatalogue('neo4j').get(DDL_STATEMENT));
    assert.equal(statements.filter((s) => s.source.startsWith('ddl#')).length, ddl.length);
    const examples = exampleFiles();
    assert.ok(examples.length >= 8 && examples.length <= 12, `expected 8–12 examples, found ${examples.length}`);
    for (const file of examples) assert.ok(sources.has(`examples/${file}`));
  });

  for (const { source, text } of statements) {
    test(`${source}: no errors, no disagreement with the graph model`, (t) => {
      const findings = lintNeo4j(text);
      const warnings = findings.filter((f) => f.severity === 'warning' && !isModelViolation(f));
      if (warnings.length > 0) t.diagnostic(formatFindings(source, warnings));
      const failures = findings.filter((f) => f.severity === 'error' || isModelViolation(f));
      assert.deepEqual(failures, [], formatFindings(source, failures));
    });
  }
});

describe('cypher/examples', () => {
  test('each example opens with a title and declares every parameter it uses as a Browser :param', () => {
    for (const file of exampleFiles()) {
      const text = fs.readFileSync(path.join(CYPHER_DIR, 'examples', file), 'utf8');
      assert.match(text, /^\/\/ \S/, `${file}: no header comment`);
      const header = text.split('\n').filter((l) => l.startsWith('//')).join('\n');
      const used = new Set([...stripComments(text).matchAll(/\$(\w+)/g)].map((m) => m[1]!));
      const declared = new Set([...header.matchAll(/:param (\w+) =>/g)].map((m) => m[1]!));
      assert.deepEqual([...declared].sort(), [...used].sort(), `${file}: :param lines and $parameters differ`);
    }
  });
});

describe('the linter is a real oracle: it rejects what Neo4j would', () => {
  const errorsOf = (text: string) => lintNeo4j(text).filter((f) => f.severity === 'error');

  test('Kùzu-only syntax fails', () => {
    assert.ok(errorsOf('MATCH (n) RETURN label(n)').length > 0, 'label() is a Kùzu function');
    assert.ok(errorsOf('MATCH p = (a)-[* SHORTEST 1..3]-(b) RETURN p').length > 0, 'Kùzu shortest-path syntax');
    assert.ok(errorsOf('CREATE NODE TABLE IF NOT EXISTS Region(id STRING PRIMARY KEY, name STRING)').length > 0);
    assert.ok(errorsOf('CREATE REL TABLE IF NOT EXISTS PART_OF(FROM Region TO Region)').length > 0);
  });

  test('plugins the community image lacks (APOC) fail', () => {
    assert.ok(errorsOf("RETURN apoc.text.join(['a', 'b'], ',') AS s").length > 0);
    assert.ok(errorsOf('CALL apoc.meta.stats() YIELD labels RETURN labels').length > 0);
  });

  test('model violations are caught: a misspelt label, an unknown type, a pattern the model never forms', () => {
    assert.ok(lintNeo4j('MATCH (a:Articel) RETURN a').some(isModelViolation));
    assert.ok(lintNeo4j('MATCH (a:Article)-[:MENTION]->(e) RETURN e').some(isModelViolation));
    assert.ok(lintNeo4j('MATCH (a:Article)-[:PART_OF]->(r:Region) RETURN r').some(isModelViolation));
    assert.deepEqual(lintNeo4j('MATCH (a:Article)-[:MENTIONS]->(r:Region) RETURN r').filter(isModelViolation), []);
  });
});

describe('cypher/neo4j/ddl.cypher', () => {
  const ddl = splitStatements(loadCatalogue('neo4j').get(DDL_STATEMENT));

  test('every schema command is idempotent and every name is unique', () => {
    const creates = ddl.filter((s) => /^CREATE\b/i.test(s));
    assert.ok(creates.length > 0);
    for (const s of creates) assert.match(s, /\bIF NOT EXISTS\b/, s);
    const names = creates.map((s) => /^CREATE\s+(?:\w+\s+)?(?:CONSTRAINT|INDEX)\s+(\w+)/i.exec(s)?.[1]);
    assert.ok(names.every(Boolean), 'every constraint and index is named');
    assert.equal(new Set(names).size, names.length);
  });

  test('each label of the model has a unique id constraint', () => {
    for (const label of NODE_LABELS) {
      const re = new RegExp(`FOR \\(n:${label}\\) REQUIRE n\\.id IS UNIQUE`);
      assert.ok(ddl.some((s) => re.test(s)), `no unique id constraint for ${label}`);
    }
  });

  test('each relationship type has an articleId index (re-ingest deletes edges by it)', () => {
    for (const type of REL_TYPES) {
      const re = new RegExp(`FOR \\(\\)-\\[r:${type}\\]-\\(\\) ON \\(r\\.articleId\\)`);
      assert.ok(ddl.some((s) => re.test(s)), `no articleId index for ${type}`);
    }
  });

  test('the entity full-text index covers every entity label, names and aliases, with the cjk analyzer', () => {
    const fulltext = ddl.find((s) => /CREATE FULLTEXT INDEX entity_names\b/.test(s));
    assert.ok(fulltext, 'entity_names full-text index');
    const labels = /FOR \(n:([\w|]+)\)/.exec(fulltext)![1]!.split('|');
    assert.deepEqual([...labels].sort(), [...ENTITY_LABELS].sort());
    assert.match(fulltext, /ON EACH \[n\.name, n\.aliases\]/);
    assert.match(fulltext, /`fulltext\.analyzer`: 'cjk'/);
  });
});

describe('Neo4j overrides stay equivalent to the neutral statements they replace', () => {
  const neo4jDir = path.join(CYPHER_DIR, 'neo4j');
  const read = (file: string) => stripComments(fs.readFileSync(file, 'utf8'));
  // What a caller sees: the clauses after the override's CALL { … } block, against the neutral tail.
  const tail = (text: string, override: boolean) => {
    const outer = override ? text.slice(text.lastIndexOf('}') + 1) : text;
    const i = outer.lastIndexOf('RETURN ');
    const clause = i >= 0 ? outer.slice(i) : outer.trim().split('\n').pop()!;
    return clause.replace(/\s+/g, ' ').trim();
  };
  const branches = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => m[1]!).sort();
  const SEEK = /MATCH \(n:(\w+)\) WHERE n\.id (?:IN \$ids|= \$id) RETURN n/g;

  test('an override returns the same columns as its neutral twin', () => {
    const twins = cypherFiles(neo4jDir).filter((n) => fs.existsSync(path.join(CYPHER_DIR, `${n}.cypher`)));
    assert.ok(twins.length > 0);
    for (const name of twins) {
      const neutral = read(path.join(CYPHER_DIR, `${name}.cypher`));
      const override = read(path.join(neo4jDir, `${name}.cypher`));
      assert.equal(tail(override, true), tail(neutral, false), `${name}: result differs from the neutral file`);
    }
  });

  test('per-label id seeks cover every label a statement may meet', () => {
    const all = [...NODE_LABELS].sort();
    const entities = [...ENTITY_LABELS].sort();
    for (const name of ['nodes-by-ids', 'neighbors']) {
      assert.deepEqual(branches(read(path.join(neo4jDir, `${name}.cypher`)), SEEK), all, name);
    }
    // Any other statement seeking per label must cover all labels or all named-entity labels.
    for (const name of cypherFiles(neo4jDir).filter((n) => n !== DDL_STATEMENT)) {
      const labels = branches(read(path.join(neo4jDir, `${name}.cypher`)), SEEK);
      if (labels.length === 0) continue;
      assert.ok(
        isDeepStrictEqual(labels, all) || isDeepStrictEqual(labels, entities),
        `${name}: seeks ${labels.join(', ')}`,
      );
    }
  });

  test('engine-only twins (kuzu/ and neo4j/) return the same columns', () => {
    const columns = (text: string) => [...tail(text, true).matchAll(/\bAS (\w+)/g)].map((m) => m[1]);
    const kuzuDir = path.join(CYPHER_DIR, 'kuzu');
    for (const name of cypherFiles(neo4jDir)) {
      const kuzu = path.join(kuzuDir, `${name}.cypher`);
      if (!fs.existsSync(kuzu) || fs.existsSync(path.join(CYPHER_DIR, `${name}.cypher`))) continue;
      assert.deepEqual(columns(read(path.join(neo4jDir, `${name}.cypher`))), columns(read(kuzu)), name);
    }
  });

  test('per-type edge deletion covers exactly the model relationship types', () => {
    const text = read(path.join(neo4jDir, 'delete-article-edges.cypher'));
    assert.deepEqual(branches(text, /MATCH \(\)-\[r:(\w+)\]->\(\) WHERE r\.articleId IN \$ids RETURN r/g), [...REL_TYPES].sort());
  });
});
