import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parse, validate } from 'graphql';
import { loadExamples } from '@/api/examples';
import { buildApiSchema, printApiSchema } from '@/api/schema';
import { SCHEMA_DIR } from '@/shared/paths';

test('schema/schema.graphql is the SDL of the live schema (run `npm run schema:emit` when this fails)', () => {
  const committed = fs.readFileSync(path.join(SCHEMA_DIR, 'schema.graphql'), 'utf8');
  assert.equal(committed, printApiSchema());
});

test('every example operation is valid against the schema', () => {
  const schema = buildApiSchema();
  const examples = loadExamples();
  assert.ok(examples.length >= 7);
  assert.equal(examples[0]!.name, 'DataSilos', 'GraphiQL opens on the data-silo question');
  for (const example of examples) {
    assert.deepEqual(validate(schema, parse(example.query)).map((e) => e.message), [], example.name);
  }
});
