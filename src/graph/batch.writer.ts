import type { EdgeRecord, GraphBatch, NodeRecord } from '@/graph/graph.model';
import { mergeEdgesName, upsertNodesName } from '@/graph/statement.assembler';
import type { Statement } from '@/graph/store.port';

/**
 * GraphBatch → the ordered statements of one write transaction: first the old subgraphs of the
 * batch's articles go (edges carrying their id, their metrics), then nodes, then edges. Run by
 * `store.execute`, so the whole batch lands or nothing does.
 */
export function batchToStatements(batch: GraphBatch): Statement[] {
  const statements: Statement[] = [];
  if (batch.articleIds.length > 0) {
    statements.push({ name: 'delete-article-edges', params: { ids: batch.articleIds } });
    statements.push({ name: 'delete-article-metrics', params: { ids: batch.articleIds } });
  }
  for (const [name, rows] of group(batch.nodes, (n) => upsertNodesName(n.label), nodeRow)) {
    statements.push({ name, params: { rows } });
  }
  for (const [name, rows] of group(batch.edges, (e) => mergeEdgesName(e.type, e.fromLabel, e.toLabel), edgeRow)) {
    statements.push({ name, params: { rows } });
  }
  return statements;
}

function nodeRow(node: NodeRecord): Record<string, unknown> {
  return { ...node.props, id: node.id };
}

function edgeRow(edge: EdgeRecord): Record<string, unknown> {
  return { ...edge.props, from: edge.from, to: edge.to };
}

function group<T>(items: T[], key: (item: T) => string, row: (item: T) => Record<string, unknown>) {
  const out = new Map<string, Record<string, unknown>[]>();
  for (const item of items) {
    const k = key(item);
    const rows = out.get(k) ?? [];
    rows.push(row(item));
    out.set(k, rows);
  }
  return out;
}
