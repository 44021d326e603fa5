import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { readCorpusDir } from '@/corpus/corpus.reader';
import type { Services } from '@/services/services';
import { SEEDS_DIR } from '@/shared/paths';
import { seededServices, type CountingStore } from '@test/support/seeded';

let services: Services;
let store: CountingStore;
const counts = async () => ({
  nodes: Object.fromEntries((await store.read('count-nodes-by-kind')).map((r) => [r.kind, Number(r.total)])),
  rels: Object.fromEntries((await store.read('count-relationships-by-type')).map((r) => [r.type, Number(r.total)])),
});

before(async () => {
  ({ services, store } = await seededServices());
});
after(async () => {
  await store?.close();
});

test('the seed graph: one bulletin, 10 articles, 16 themes, evidence-bearing edges', async () => {
  const { nodes, rels } = await counts();
  assert.equal(nodes.Bulletin, 1);
  assert.equal(nodes.Article, 10);
  assert.equal(nodes.Theme, 16);
  assert.equal(rels.CONTAINS, 10);
  assert.equal(rels.PUBLISHED_IN, 10);
  assert.ok(rels.MENTIONS >= 40 && rels.HAS_THEME >= 10 && rels.PART_OF > 5, JSON.stringify(rels));
});

test('re-ingesting the seeds changes no node or relationship count', async () => {
  const before = await counts();
  assert.equal(await services.ingest.ensureSeeded(SEEDS_DIR), null, 'a seeded store is left alone');
  await services.ingest.ingest(await readCorpusDir(SEEDS_DIR));
  assert.deepEqual(await counts(), before);
});
