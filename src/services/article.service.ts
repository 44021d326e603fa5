import { articlesPageName, type ArticleOrderField, type Direction } from '@/graph/read.assembler';
import type { GraphStore } from '@/graph/store.port';
import { BadUserInputError } from '@/shared/errors';
import { toArticle, type ArticleRecord, type MetricRecord, type Page } from '@/services/records';
import type { RegionService } from '@/services/region.service';

export interface ArticleFilterInput {
  theme?: string | null;
  regionCode?: string | null;
  entityId?: string | null;
  text?: string | null;
  dateFrom?: string | null;
  dateTo?: string | null;
}

export interface ArticleOrderInput {
  field: ArticleOrderField;
  direction: Direction;
}

const ISO_DAY = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export class ArticleService {
  constructor(
    private readonly store: GraphStore,
    private readonly regions: RegionService,
  ) {}

  /** Filter → statement parameters; a region filter covers the region and everything inside it. */
  async filterParams(filter: ArticleFilterInput = {}): Promise<Record<string, unknown>> {
    for (const key of ['dateFrom', 'dateTo'] as const) {
      const v = filter[key];
      if (v && !ISO_DAY.test(v)) throw new BadUserInputError(`${key} must be YYYY, YYYY-MM or YYYY-MM-DD, got "${v}"`, { argument: key });
    }
    const regionId = filter.regionCode ? await this.regions.requireId(filter.regionCode) : null;
    return {
      theme: filter.theme || null,
      entityId: filter.entityId || null,
      text: filter.text || null,
      dateFrom: filter.dateFrom || null,
      // A month or year bound includes all of it.
      dateTo: filter.dateTo ? `${filter.dateTo}\uffff` : null,
      regionId,
    };
  }

  async page(
    args: { offset: number; limit: number; filter?: ArticleFilterInput; orderBy?: ArticleOrderInput | null },
  ): Promise<Page<string>> {
    const params = await this.filterParams(args.filter);
    const order = args.orderBy ?? { field: 'DATE', direction: 'DESC' };
    const [rows, [count]] = await Promise.all([
      args.limit === 0
        ? Promise.resolve([])
        : this.store.read(articlesPageName(order.field, order.direction), { ...params, skip: args.offset, limit: args.limit }),
      this.store.read('articles-count', params),
    ]);
    return { items: rows.map((r) => String(r.id)), totalCount: Number(count?.total ?? 0), offset: args.offset };
  }

  async ids(filter: ArticleFilterInput = {}): Promise<string[]> {
    const rows = await this.store.read('articles-ids', await this.filterParams(filter));
    return rows.map((r) => String(r.id));
  }

  async metricsOf(ids: readonly string[]): Promise<Map<string, MetricRecord[]>> {
    const out = new Map<string, MetricRecord[]>(ids.map((id) => [id, []]));
    for (const r of await this.store.read('metrics-of-articles', { ids: [...ids] })) {
      const articleId = String(r.articleId);
      out.get(articleId)?.push({
        name: String(r.name),
        value: Number(r.value),
        unit: String(r.unit ?? ''),
        date: (r.date as string | null) ?? null,
        evidence: { text: String(r.text), articleId, start: Number(r.startOffset), end: Number(r.endOffset) },
      });
    }
    return out;
  }

  async byIds(ids: readonly string[]): Promise<Map<string, ArticleRecord>> {
    const rows = ids.length ? await this.store.read('articles-by-ids', { ids: [...ids] }) : [];
    return new Map(rows.map((r) => [String(r.id), toArticle(r)]));
  }
}
