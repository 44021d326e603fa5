import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import kuzu, { type QueryResult } from 'kuzu';
import { loadCatalogue } from '@/graph/cypher.catalog';
import { kuzuDdlStatements } from '@/graph/statement.assembler';

// Kùzu compiles (binds) a statement at prepare time, so a statement that uses syntax or
// properties Kùzu lacks fails here, before any user query hits it.
test('every statement of the Kùzu catalogue compiles against the model', async () => {
  const db = new kuzu.Database(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'egov-cat-')), 'g.kuzu'));
  const conn = new kuzu.Connection(db);
  for (const ddl of kuzuDdlStatements()) ((await conn.query(ddl)) as QueryResult).close();
  const catalogue = loadCatalogue('kuzu');
  const failures: string[] = [];
  for (const name of catalogue.names()) {
    const ps = await conn.prepare(catalogue.get(name));
    if (!ps.isSuccess()) failures.push(`${name}: ${ps.getErrorMessage().split('\n')[0]}`);
  }
  assert.deepEqual(failures, []);
  assert.ok(catalogue.names().length >= 40, `only ${catalogue.names().length} statements`);
  await conn.close();
  await db.close();
});
