import { ENTITY_LABELS, NODE_LABELS, REL_TYPES } from '@/graph/graph.model';
import type { GraphStore } from '@/graph/store.port';

export interface TypeCountRecord {
  type: string;
  count: number;
}

export interface StatsRecord {
  articles: number;
  nodes: number;
  relationshipCount: number;
  /** Every entity type, zero included, in model order. */
  entities: TypeCountRecord[];
  /** Every relationship type, zero included. */
  relationships: TypeCountRecord[];
  /** Every node label, zero included. */
  nodeTypes: TypeCountRecord[];
}

/** What the graph holds, in two reads; types the graph lacks are listed with 0 so dashboards see the whole model. */
export class StatsService {
  constructor(private readonly store: GraphStore) {}

  async stats(): Promise<StatsRecord> {
    const [kinds, rels] = await Promise.all([this.store.read('count-nodes-by-kind'), this.store.read('count-relationships-by-type')]);
    const nodeCounts = tally(kinds, 'kind');
    const relCounts = tally(rels, 'type');
    const list = (types: readonly string[], counts: Map<string, number>) => types.map((type) => ({ type, count: counts.get(type) ?? 0 }));
    const sum = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
    return {
      articles: nodeCounts.get('Article') ?? 0,
      nodes: sum(nodeCounts),
      relationshipCount: sum(relCounts),
      entities: list(ENTITY_LABELS, nodeCounts),
      relationships: list(REL_TYPES, relCounts),
      nodeTypes: list(NODE_LABELS, nodeCounts),
    };
  }
}

function tally(rows: Record<string, unknown>[], column: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const row of rows) {
    const key = String(row[column]);
    out.set(key, (out.get(key) ?? 0) + Number(row.total ?? 0));
  }
  return out;
}
