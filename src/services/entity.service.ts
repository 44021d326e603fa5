import { ENTITY_LABELS, type EntityLabel } from '@/graph/graph.model';
import { entitiesPageName, type Direction, type EntityOrderField } from '@/graph/read.assembler';
import type { GraphStore } from '@/graph/store.port';
import { parseJson, toNodeRow, type MentionRecord, type NodeRow, type Page } from '@/services/records';
import { compareStrings } from '@/shared/compare';

export interface EntityCounts {
  articleCount: number;
  mentionCount: number;
}

/** Any node by id, what articles mention, and entity listings with their counts. */
export class EntityService {
  constructor(private readonly store: GraphStore) {}

  async nodesByIds(ids: readonly string[]): Promise<Map<string, NodeRow>> {
    const rows = ids.length ? await this.store.read('nodes-by-ids', { ids: [...ids] }) : [];
    return new Map(rows.map((r) => [String(r.id), toNodeRow(r)]));
  }

  async mentionsOfArticles(ids: readonly string[]): Promise<Map<string, MentionRecord[]>> {
    const out = new Map<string, MentionRecord[]>(ids.map((id) => [id, []]));
    for (const r of await this.store.read('mentions-of-articles', { ids: [...ids] })) {
      const articleId = String(r.articleId);
      out.get(articleId)?.push({
        articleId,
        entityId: String(r.id),
        kind: r.kind as MentionRecord['kind'],
        count: Number(r.count ?? 1),
        spans: parseJson(r.spans, []),
        evidence:
          typeof r.quote === 'string'
            ? { text: r.quote, articleId, start: Number(r.startOffset), end: Number(r.endOffset) }
            : null,
      });
    }
    return out;
  }

  async publicationsOfArticles(ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.store.read('publications-of-articles', { ids: [...ids] });
    return new Map(rows.map((r) => [String(r.articleId), String(r.id)]));
  }

  async counts(ids: readonly string[]): Promise<Map<string, EntityCounts>> {
    const out = new Map<string, EntityCounts>(ids.map((id) => [id, { articleCount: 0, mentionCount: 0 }]));
    for (const r of await this.store.read('entity-counts', { ids: [...ids] })) {
      out.set(String(r.id), { articleCount: Number(r.articleCount ?? 0), mentionCount: Number(r.mentionCount ?? 0) });
    }
    return out;
  }

  async page(args: {
    kinds?: EntityLabel[] | null;
    text?: string | null;
    offset: number;
    limit: number;
    order: { field: EntityOrderField; direction: Direction };
  }): Promise<Page<string>> {
    const params = { kinds: args.kinds?.length ? args.kinds : [...ENTITY_LABELS], text: args.text || null };
    const [rows, [count]] = await Promise.all([
      args.limit === 0
        ? Promise.resolve([])
        : this.store.read(entitiesPageName(args.order.field, args.order.direction), { ...params, skip: args.offset, limit: args.limit }),
      this.store.read('entities-count', params),
    ]);
    return { items: rows.map((r) => String(r.id)), totalCount: Number(count?.total ?? 0), offset: args.offset };
  }

  /**
   * Articles of each entity, newest first (undated last, then by number and id); one read for a
   * whole page of entities, which callers slice per entity.
   */
  async articlesOfEntities(ids: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await this.store.read('entity-articles', { ids: [...ids] });
    const refs = rows.map((r) => ({
      entityId: String(r.entityId),
      id: String(r.id),
      date: typeof r.date === 'string' ? r.date : '',
      number: r.number === null || r.number === undefined ? Number.MAX_SAFE_INTEGER : Number(r.number),
    }));
    refs.sort((x, y) => (x.date !== y.date ? (x.date < y.date ? 1 : -1) : x.number - y.number || compareStrings(x.id, y.id)));
    const out = new Map<string, string[]>(ids.map((id) => [id, []]));
    for (const ref of refs) out.get(ref.entityId)?.push(ref.id);
    return out;
  }

}
