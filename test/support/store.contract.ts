import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { batchToStatements } from '@/graph/batch.writer';
import { articlesPageName, entitiesPageName, ARTICLE_ORDER_FIELDS, DIRECTIONS, ENTITY_ORDER_FIELDS, type ArticleOrderField, type EntityOrderField } from '@/graph/read.assembler';
import type { GraphStore } from '@/graph/store.port';
import { sampleBatch, sampleContext } from '@test/support/sample.batch';
import { createServices } from '@/services/services';

/**
 * The one contract every GraphStore adapter must meet, run against Kùzu always and against Neo4j
 * when NEO4J_URI is set. It uses a small hand-made batch so it checks the store, not the extractor.
 */
export function runStoreContract(label: string, makeStore: () => Promise<GraphStore>): void {
  describe(`GraphStore contract: ${label}`, () => {
    let store: GraphStore;
    const counts = async () => {
      const nodes = Object.fromEntries((await store.read('count-nodes-by-kind')).map((r) => [r.kind, Number(r.total)]));
      const rels = Object.fromEntries((await store.read('count-relationships-by-type')).map((r) => [r.type, Number(r.total)]));
      return { nodes, rels };
    };

    before(async () => {
      store = await makeStore();
      await store.init();
      await store.init(); // DDL is idempotent
      await store.execute(batchToStatements(sampleBatch()));
    });
    after(async () => {
      await store?.close();
    });

    test('writes the batch: nodes per label, relationships per type', async () => {
      const { nodes, rels } = await counts();
      assert.deepEqual(nodes, { Article: 2, Region: 5, Agency: 1, Technology: 1, Theme: 2, Metric: 1, Publication: 1 });
      assert.deepEqual(rels, { MENTIONS: 4, PART_OF: 3, ABOUT: 2, HAS_THEME: 2, REPORTS: 1, LOCATED_IN: 1, PUBLISHED_IN: 1 });
    });

    test('re-writing the same batch changes nothing', async () => {
      const before = await counts();
      await store.execute(batchToStatements(sampleBatch()));
      assert.deepEqual(await counts(), before);
    });

    test('a failing statement rolls the whole transaction back', async () => {
      const before = await counts();
      const statements = batchToStatements(sampleBatch());
      await assert.rejects(store.execute([statements[0]!, { name: 'no-such-statement' }]));
      assert.deepEqual(await counts(), before);
    });

    test('evidence travels with edges: quote and offsets index into the body', async () => {
      const [article] = await store.read('articles-by-ids', { ids: ['article:t:1'] });
      const mentions = await store.read('mentions-of-articles', { ids: ['article:t:1'] });
      assert.ok(mentions.length >= 3);
      for (const m of mentions) {
        assert.equal(String(article!.body).slice(Number(m.startOffset), Number(m.endOffset)), m.quote);
      }
    });

    test('every article page and entity page variant runs and pages are disjoint', async () => {
      const filter = { theme: null, entityId: null, text: null, dateFrom: null, dateTo: null, regionId: null };
      for (const field of Object.keys(ARTICLE_ORDER_FIELDS) as ArticleOrderField[]) {
        for (const dir of DIRECTIONS) {
          const first = await store.read(articlesPageName(field, dir), { ...filter, skip: 0, limit: 1 });
          const second = await store.read(articlesPageName(field, dir), { ...filter, skip: 1, limit: 1 });
          assert.equal(first.length, 1);
          assert.equal(second.length, 1);
          assert.notEqual(first[0]!.id, second[0]!.id);
        }
      }
      for (const field of Object.keys(ENTITY_ORDER_FIELDS) as EntityOrderField[]) {
        for (const dir of DIRECTIONS) {
          const rows = await store.read(entitiesPageName(field, dir), { kinds: ['Region', 'Agency'], text: null, skip: 0, limit: 10 });
          assert.equal(rows.length, 6);
        }
      }
    });

    test('services answer on the store: filters, region subtree, regionsByTheme', async () => {
      const services = createServices(store, sampleContext);
      const byProvince = await services.articles.page({ offset: 0, limit: 10, filter: { regionCode: '440000' } });
      assert.deepEqual(byProvince.items, ['article:t:1']);
      const byTheme = await services.articles.page({ offset: 0, limit: 10, filter: { theme: 'data-sharing' } });
      assert.equal(byTheme.totalCount, 2);
      const byDate = await services.articles.page({ offset: 0, limit: 10, filter: { dateTo: '2014-05' } });
      assert.deepEqual(byDate.items, ['article:t:2']);
      const hits = await services.themes.regionsByTheme('data-sharing');
      assert.deepEqual(hits.map((h) => h.regionId).sort(), ['330100', '440605']);
      const children = await services.regions.childrenOf(['440600']);
      assert.deepEqual(children.get('440600'), ['440605']);
      const top = await services.entities.page({ offset: 0, limit: 1, order: { field: 'ARTICLE_COUNT', direction: 'DESC' } });
      assert.equal(top.items.length, 1);
    });

    test('deleting an article removes its edges and metrics and prunes orphans', async () => {
      const services = createServices(store, sampleContext);
      await services.ingest.deleteArticle('article:t:1');
      const { nodes, rels } = await counts();
      assert.equal(nodes.Article, 1);
      assert.equal(nodes.Agency, undefined);
      assert.equal(rels.LOCATED_IN, undefined);
      assert.equal(rels.PART_OF, 3, 'the GB/T 2260 backbone stays');
      await store.execute(batchToStatements(sampleBatch()));
    });

  });
}
