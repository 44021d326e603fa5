import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { GraphStore, Params, Row } from '@/graph/store.port';
import type { ArticleService } from '@/services/article.service';
import { crosstabCells, facetBuckets, provinceOf, provincePairs, type KeyedArticle } from '@/services/dashboard.aggregate';
import { DashboardService } from '@/services/dashboard.service';
import { EntityService } from '@/services/entity.service';

const pair = (articleId: string, key: string, label = key): KeyedArticle => ({ articleId, key, label });

describe('provinceOf', () => {
  test('a division rolls up to its first two digits', () => {
    assert.equal(provinceOf('440605', '440600'), '440000');
    assert.equal(provinceOf('330000', null), '330000');
    assert.equal(provinceOf('500000', null), '500000');
  });

  test('a zone rolls up through the division it belongs to', () => {
    assert.equal(provinceOf(null, '500000'), '500000');
    assert.equal(provinceOf(null, '330100'), '330000');
  });

  test('no code, a malformed code or a code outside 11–82 has no province', () => {
    assert.equal(provinceOf(null, null), null);
    assert.equal(provinceOf('region:两江新区', null), null);
    assert.equal(provinceOf('100000', null), null);
    assert.equal(provinceOf('990000', null), null);
  });

  test('provincePairs labels provinces by name, falling back to the code', () => {
    const pairs = provincePairs(
      [
        { articleId: 'a1', code: '330100', parentCode: '330000' },
        { articleId: 'a1', code: null, parentCode: '500000' },
        { articleId: 'a2', code: null, parentCode: null },
      ],
      new Map([['330000', '浙江省']]),
    );
    assert.deepEqual(pairs, [pair('a1', '330000', '浙江省'), pair('a1', '500000', '500000')]);
  });
});

describe('facetBuckets', () => {
  const pairs = [pair('a1', 'data-sharing'), pair('a1', 'data-sharing'), pair('a2', 'data-sharing'), pair('a2', 'open-data'), pair('a3', 'cloud')];

  test('counts distinct articles per key, largest first, ties by key', () => {
    assert.deepEqual(facetBuckets(pairs, 'count', 10), [
      { key: 'data-sharing', label: 'data-sharing', count: 2 },
      { key: 'cloud', label: 'cloud', count: 1 },
      { key: 'open-data', label: 'open-data', count: 1 },
    ]);
  });

  test('months come in calendar order; first bounds the buckets', () => {
    const months = [pair('a1', '2015-02'), pair('a2', '2014-06'), pair('a3', '2014-06'), pair('a4', '2014-11')];
    assert.deepEqual(facetBuckets(months, 'key', 10).map((b) => b.key), ['2014-06', '2014-11', '2015-02']);
    assert.equal(facetBuckets(months, 'key', 2).length, 2);
  });
});

describe('crosstabCells', () => {
  test('one cell per (row, column) an article has both of, counting distinct articles', () => {
    const themes = [pair('a1', 'data-sharing'), pair('a2', 'data-sharing'), pair('a2', 'cloud'), pair('a3', 'cloud')];
    const provinces = [pair('a1', '330000', '浙江省'), pair('a2', '330000', '浙江省'), pair('a2', '330000', '浙江省'), pair('a3', '440000', '广东省')];
    assert.deepEqual(crosstabCells(themes, provinces), [
      { row: 'data-sharing', rowLabel: 'data-sharing', column: '330000', columnLabel: '浙江省', count: 2 },
      { row: 'cloud', rowLabel: 'cloud', column: '330000', columnLabel: '浙江省', count: 1 },
      { row: 'cloud', rowLabel: 'cloud', column: '440000', columnLabel: '广东省', count: 1 },
    ]);
  });

  test('articles without a key on one side make no cell', () => {
    assert.deepEqual(crosstabCells([pair('a1', 'x')], [pair('a2', 'y')]), []);
  });
});

describe('DashboardService', () => {
  class FacetStore implements Partial<GraphStore> {
    readonly reads: Array<{ name: string; params?: Params }> = [];
    async read(name: string, params?: Params): Promise<Row[]> {
      this.reads.push({ name, params });
      if (name === 'facet-regions') {
        return [
          { articleId: 'a1', key: '330100', label: '杭州市', code: '330100', parentCode: '330000' },
          { articleId: 'a2', key: '330300', label: '温州市', code: '330300', parentCode: '330000' },
          { articleId: 'a2', key: '330100', label: '杭州市', code: '330100', parentCode: '330000' },
        ];
      }
      if (name === 'facet-themes') return [{ articleId: 'a1', key: 'data-sharing', label: '数据共享' }, { articleId: 'a2', key: 'data-sharing', label: '数据共享' }];
      if (name === 'nodes-by-ids') return [{ id: '330000', kind: 'Region', name: '浙江省' }];
      throw new Error(`unexpected read ${name}`);
    }
  }
  const articles = (ids: string[]) => ({ ids: async () => ids }) as unknown as ArticleService;
  const serviceOver = (ids: string[]) => {
    const store = new FacetStore();
    return { store, dashboards: new DashboardService(store as unknown as GraphStore, articles(ids), new EntityService(store as unknown as GraphStore)) };
  };

  test('PROVINCE: one read for the mapping, one for the names', async () => {
    const { store, dashboards } = serviceOver(['a1', 'a2']);
    assert.deepEqual(await dashboards.facets('PROVINCE', {}, 10), [{ key: '330000', label: '浙江省', count: 2 }]);
    assert.deepEqual(store.reads.map((r) => r.name), ['facet-regions', 'nodes-by-ids']);
    assert.deepEqual(store.reads[0]!.params, { ids: ['a1', 'a2'] });
  });

  test('crosstab THEME × REGION', async () => {
    const { dashboards } = serviceOver(['a1', 'a2']);
    const cells = await dashboards.crosstab('THEME', 'REGION', {});
    assert.deepEqual(cells.map((c) => [c.row, c.column, c.count]), [['data-sharing', '330100', 2], ['data-sharing', '330300', 1]]);
  });

  test('no article selected: no reads beyond the ids, no buckets', async () => {
    const { store, dashboards } = serviceOver([]);
    assert.deepEqual(await dashboards.facets('THEME', {}, 10), []);
    assert.deepEqual(await dashboards.crosstab('THEME', 'MONTH', {}), []);
    assert.equal(store.reads.length, 0);
  });
});
