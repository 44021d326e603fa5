import { allowsEndpoints, isNodeLabel, isRelType, REL_PROPS } from '@/graph/graph.model';
import { mergeEdgesName } from '@/graph/statement.assembler';
import type { Statement } from '@/graph/store.port';
import type { EdgeProps, NeighborRow } from '@/services/graph.traversal';

export interface MergeNode {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
}

export interface MergePlan {
  statements: Statement[];
  aliases: string[];
  /** Relationships re-created on the kept entity. */
  moved: number;
}

type Span = { start: number; end: number };

/**
 * mergeEntities as statements of one transaction, pure. Every relationship of a merged entity is
 * re-created on the kept one with the model's assembled `merge-edges.<type>.<from>.<to>` upsert
 * (so labels and types come from the whitelist, never from input). Where the kept entity already
 * has the same relationship from the same article, the two are combined: MENTIONS counts add up
 * and spans are united, the earliest evidence wins. Relationships between the merged entities and
 * the kept one would become self-loops and go. Then the merged entities are deleted with their
 * old relationships, and their names join the kept entity's aliases.
 */
export function planMerge(keep: MergeNode, merged: MergeNode[], rows: NeighborRow[]): MergePlan {
  const mergedIds = new Set(merged.map((m) => m.id));
  const rewrite = (id: string) => (mergedIds.has(id) ? keep.id : id);
  const groups = new Map<string, { type: string; from: string; to: string; fromLabel: string; toLabel: string; moved: boolean; props: EdgeProps[] }>();
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.edge.id)) continue;
    seen.add(row.edge.id);
    const labelOf = (id: string) => (id === row.from ? keep.kind : row.other.type);
    const from = rewrite(row.edge.source);
    const to = rewrite(row.edge.target);
    if (from === to) continue;
    const key = `${row.edge.type}|${from}|${to}|${row.props.articleId}`;
    const group = groups.get(key) ?? {
      type: row.edge.type,
      from,
      to,
      fromLabel: labelOf(row.edge.source),
      toLabel: labelOf(row.edge.target),
      moved: false,
      props: [],
    };
    group.moved ||= mergedIds.has(row.edge.source) || mergedIds.has(row.edge.target);
    group.props.push(row.props);
    groups.set(key, group);
  }

  const batches = new Map<string, Record<string, unknown>[]>();
  let moved = 0;
  for (const g of groups.values()) {
    if (!g.moved) continue;
    if (!isRelType(g.type) || !isNodeLabel(g.fromLabel) || !isNodeLabel(g.toLabel) || !allowsEndpoints(g.type, g.fromLabel, g.toLabel)) {
      throw new Error(`cannot move ${g.type} from ${g.fromLabel} to ${g.toLabel}: not in the graph model`);
    }
    const name = mergeEdgesName(g.type, g.fromLabel, g.toLabel);
    const list = batches.get(name) ?? [];
    list.push({ ...combine(g.type, g.props), from: g.from, to: g.to });
    batches.set(name, list);
    moved++;
  }

  const aliases = unique(
    [...keep.aliases, ...merged.flatMap((m) => [m.name, ...m.aliases])].filter((a) => a.trim() !== '' && a !== keep.name),
  );
  const statements: Statement[] = [...batches.entries()].map(([name, batch]) => ({ name, params: { rows: batch } }));
  statements.push({ name: 'delete-entities', params: { ids: [...mergedIds] } });
  // An empty list cannot be bound on Kùzu 0.11, and there is nothing to record then anyway.
  if (aliases.length > 0) statements.push({ name: 'set-entity-aliases', params: { id: keep.id, aliases } });
  return { statements, aliases, moved };
}

/** The stored properties of relationships that become one. */
export function combine(type: string, props: EdgeProps[]): Record<keyof typeof REL_PROPS, string | number | null> {
  const withEvidence = props.filter((p) => p.quote !== null && p.startOffset !== null);
  const earliest = [...withEvidence].sort((a, b) => a.startOffset! - b.startOffset!)[0] ?? props[0]!;
  const counts = props.map((p) => p.count ?? 1);
  const spans = props.flatMap((p) => parseSpans(p.spans));
  const uniqueSpans = [...new Map(spans.map((s) => [`${s.start}:${s.end}`, s])).values()].sort((a, b) => a.start - b.start);
  return {
    articleId: props[0]!.articleId,
    quote: earliest.quote,
    startOffset: earliest.startOffset,
    endOffset: earliest.endOffset,
    score: Math.max(...props.map((p) => p.score ?? 1)),
    count: type === 'MENTIONS' ? uniqueSpans.length || counts.reduce((a, b) => a + b, 0) : Math.max(...counts),
    spans: props.some((p) => p.spans !== null) ? JSON.stringify(uniqueSpans) : null,
    source: props.find((p) => p.source !== null)?.source ?? null,
  };
}

function parseSpans(json: string | null): Span[] {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? (value as Span[]).filter((s) => typeof s?.start === 'number' && typeof s?.end === 'number') : [];
  } catch {
    return [];
  }
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
