import assert from 'node:assert/strict';
import { test } from 'node:test';
import neo4j from 'neo4j-driver';
import { resolveConfig, type Neo4jConfig } from '@/config/config';
import { NODE_LABELS } from '@/graph/graph.model';
import { Neo4jStore } from '@/graph/neo4j';
import { StoreUnavailableError } from '@/shared/errors';
import { runStoreContract } from '@test/support/store.contract';

/**
 * The shared store contract against a live Neo4j 5. The contract needs an empty database, so this
 * wipes one — only under all of these conditions:
 *  - NEO4J_URI is set (else: skipped);
 *  - EGOV_TEST_ALLOW_WIPE=1 (else: skipped, saying why);
 *  - the target is NEO4J_DATABASE, or the server's default database when unset — never another;
 *  - every node in it carries a label of the egov-kg model (else: the run fails without touching
 *    anything, since it is somebody else's data).
 */
const config = resolveConfig().neo4j;

if (!config) {
  test('Neo4j store contract (skipped: NEO4J_URI not set)', { skip: 'skipped: NEO4J_URI not set' }, () => undefined);
} else if (process.env.EGOV_TEST_ALLOW_WIPE !== '1') {
  test('Neo4j store contract (skipped: EGOV_TEST_ALLOW_WIPE=1 not set)', {
    skip: `skipped: the contract wipes database "${config.database ?? '(default)'}" at ${config.uri}; set EGOV_TEST_ALLOW_WIPE=1 to allow it`,
  }, () => undefined);
} else {
  runStoreContract(`Neo4j at ${config.uri}`, async () => {
    await wipe(config);
    return Neo4jStore.connect(config);
  });
}

async function wipe(cfg: Neo4jConfig): Promise<void> {
  const driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password));
  const session = driver.session({ database: cfg.database });
  try {
    const foreign = await session.run(
      'MATCH (n) WHERE none(l IN labels(n) WHERE l IN $labels) RETURN count(n) AS total',
      { labels: [...NODE_LABELS] },
    );
    const total = foreign.records[0]!.get('total').toNumber();
    if (total > 0) {
      throw new Error(`refusing to wipe ${cfg.uri} database "${cfg.database ?? '(default)'}": ${total} nodes are not egov-kg data`);
    }
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
    await driver.close();
  }
}

test('connect to an unreachable Neo4j fails after the timeout with one line naming Neo4j and the URI', async () => {
  const uri = 'bolt://127.0.0.1:1';
  const log: string[] = [];
  await assert.rejects(
    Neo4jStore.connect({ uri, user: 'neo4j', password: 'unused', database: undefined, connectTimeoutMs: 1500 }, (m) =>
      log.push(m),
    ),
    (error: unknown) => {
      assert.ok(error instanceof StoreUnavailableError, `got ${String(error)}`);
      assert.equal(error.code, 'STORE_UNAVAILABLE');
      assert.doesNotMatch(error.message, /\n/);
      assert.match(error.message, /^cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1 after 1\.5s: /);
      return true;
    },
  );
  // It retried with backoff rather than giving up on the first refusal.
  assert.ok(log.length >= 2, `expected retries, log: ${log.join(' | ')}`);
  assert.match(log[0]!, /not reachable yet \(attempt 1: /);
});
