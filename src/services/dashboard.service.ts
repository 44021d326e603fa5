import type { EntityLabel } from '@/graph/graph.model';
import type { GraphStore } from '@/graph/store.port';
import { BadUserInputError } from '@/shared/errors';
import type { ArticleFilterInput, ArticleService } from '@/services/article.service';
import {
  crosstabCells,
  facetBuckets,
  provinceOf,
  provincePairs,
  type BucketRecord,
  type CellRecord,
  type DimensionName,
  type KeyedArticle,
  type RegionOfArticle,
} from '@/services/dashboard.aggregate';
import type { EntityService } from '@/services/entity.service';

/** Beyond this a cross-tab is no longer a dashboard widget: narrow the filter instead. */
export const MAX_CELLS = 10_000;

const ENTITY_DIMENSIONS: Partial<Record<DimensionName, EntityLabel>> = {
  TECHNOLOGY: 'Technology',
  AGENCY: 'Agency',
  SYSTEM: 'System',
  PUBLICATION: 'Publication',
};

/**
 * Facets and cross-tabs over the articles an ArticleFilter selects: one read for the article ids,
 * one per dimension mapping articles to keys (plus one for province names), counted in process.
 */
export class DashboardService {
  constructor(
    private readonly store: GraphStore,
    private readonly articles: ArticleService,
    private readonly entities: EntityService,
  ) {}

  async facets(dimension: DimensionName, filter: ArticleFilterInput, first: number): Promise<BucketRecord[]> {
    const ids = await this.articles.ids(filter);
    if (ids.length === 0 || first === 0) return [];
    return facetBuckets(await this.keyed(dimension, ids), dimension === 'MONTH' ? 'key' : 'count', first);
  }

  async crosstab(rows: DimensionName, columns: DimensionName, filter: ArticleFilterInput): Promise<CellRecord[]> {
    const ids = await this.articles.ids(filter);
    if (ids.length === 0) return [];
    const rowPairs = await this.keyed(rows, ids);
    const columnPairs = columns === rows ? rowPairs : await this.keyed(columns, ids);
    const cells = crosstabCells(rowPairs, columnPairs);
    if (cells.length > MAX_CELLS) {
      throw new BadUserInputError(`the cross-tab has ${cells.length} cells, more than ${MAX_CELLS}: narrow the filter`, { argument: 'filter' });
    }
    return cells;
  }

  /** (article, key) pairs of one dimension for the given articles. */
  async keyed(dimension: DimensionName, ids: string[]): Promise<KeyedArticle[]> {
    const kind = ENTITY_DIMENSIONS[dimension];
    if (kind) return this.pairs('facet-entities', { ids, kind });
    switch (dimension) {
      case 'THEME':
        return this.pairs('facet-themes', { ids });
      case 'MONTH':
        return (await this.store.read('facet-months', { ids })).map((r) => ({ articleId: String(r.articleId), key: String(r.key), label: String(r.key) }));
      case 'REGION':
        return this.pairs('facet-regions', { ids });
      case 'PROVINCE':
        return this.provinces(ids);
      default:
        throw new BadUserInputError(`unknown dimension ${String(dimension)}`, { argument: 'dimension' });
    }
  }

  private async pairs(statement: string, params: Record<string, unknown>): Promise<KeyedArticle[]> {
    return (await this.store.read(statement, params)).map((r) => ({
      articleId: String(r.articleId),
      key: String(r.key),
      label: typeof r.label === 'string' && r.label ? r.label : String(r.key),
    }));
  }

  private async provinces(ids: string[]): Promise<KeyedArticle[]> {
    const regions: RegionOfArticle[] = (await this.store.read('facet-regions', { ids })).map((r) => ({
      articleId: String(r.articleId),
      code: typeof r.code === 'string' ? r.code : null,
      parentCode: typeof r.parentCode === 'string' ? r.parentCode : null,
    }));
    const codes = [...new Set(regions.map((r) => provinceOf(r.code, r.parentCode)).filter((c): c is string => c !== null))];
    // Province nodes use their code as id (shared/ids.ts regionId), and ingest adds every ancestor.
    const nodes = await this.entities.nodesByIds(codes);
    const names = new Map(codes.flatMap((c) => (nodes.get(c)?.name ? [[c, nodes.get(c)!.name!] as const] : [])));
    return provincePairs(regions, names);
  }
}
