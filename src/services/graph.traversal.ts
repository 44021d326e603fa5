import type { EvidenceRecord } from '@/services/records';
import { compareStrings } from '@/shared/compare';

/**
 * Pure graph-walking for `neighborhood` and `paths`: rows of cypher/<engine>/neighbors-typed.cypher
 * in, nodes, edges and paths out. The store is only asked one BFS level at a time (graph.service.ts).
 */
export interface GraphNodeRecord {
  id: string;
  /** The node's label: Region, Agency …, Article. */
  type: string;
  /** What to draw: the name, or an article's title. */
  label: string;
}

export interface GraphEdgeRecord {
  /** Stable: type, endpoints and the article that states it (one stored relationship each). */
  id: string;
  type: string;
  /** The stored direction (LOCATED_IN: agency → region), whichever way it was walked. */
  source: string;
  target: string;
  evidence: EvidenceRecord | null;
}

export interface NeighborRow {
  /** The node the level expanded. */
  from: string;
  other: GraphNodeRecord;
  edge: GraphEdgeRecord;
  /** Every stored property, for mergeEntities. */
  props: EdgeProps;
}

export interface EdgeProps {
  articleId: string;
  quote: string | null;
  startOffset: number | null;
  endOffset: number | null;
  score: number | null;
  count: number | null;
  spans: string | null;
  source: string | null;
}

export function edgeId(type: string, source: string, target: string, articleId: string): string {
  return `${type}:${source}->${target}${articleId ? `@${articleId}` : ''}`;
}

export function nodeLabel(kind: string, name: unknown, title: unknown, id: string): string {
  const text = kind === 'Article' ? title : name;
  return typeof text === 'string' && text ? text : id;
}

const str = (v: unknown) => (typeof v === 'string' ? v : null);
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

export function toNeighborRow(row: Record<string, unknown>): NeighborRow {
  const from = String(row.nodeId);
  const otherId = String(row.otherId);
  const otherKind = String(row.otherKind);
  const type = String(row.type);
  const [source, target] = row.outgoing === true ? [from, otherId] : [otherId, from];
  const props: EdgeProps = {
    articleId: str(row.articleId) ?? '',
    quote: str(row.quote),
    startOffset: num(row.startOffset),
    endOffset: num(row.endOffset),
    score: num(row.score),
    count: num(row.count),
    spans: str(row.spans),
    source: str(row.origin),
  };
  const evidence =
    props.quote !== null && props.articleId && props.startOffset !== null && props.endOffset !== null
      ? { text: props.quote, articleId: props.articleId, start: props.startOffset, end: props.endOffset }
      : null;
  return {
    from,
    other: { id: otherId, type: otherKind, label: nodeLabel(otherKind, row.otherName, row.otherTitle, otherId) },
    edge: { id: edgeId(type, source, target, props.articleId), type, source, target, evidence },
    props,
  };
}

/**
 * The nodes one BFS level adds: unseen neighbours of an allowed kind, those tied to more of the
 * expanded nodes first, entities before articles, then by id — so a truncated neighbourhood keeps
 * the best-connected nodes and the answer is deterministic.
 */
export function pickLevel(
  rows: NeighborRow[],
  seen: ReadonlySet<string>,
  allowed: (kind: string) => boolean,
  room: number,
): { picked: GraphNodeRecord[]; truncated: boolean } {
  const candidates = new Map<string, { node: GraphNodeRecord; ties: Set<string> }>();
  for (const row of rows) {
    if (seen.has(row.other.id) || !allowed(row.other.type)) continue;
    const c = candidates.get(row.other.id) ?? { node: row.other, ties: new Set<string>() };
    c.ties.add(row.from);
    candidates.set(row.other.id, c);
  }
  const ranked = [...candidates.values()].sort(
    (a, b) =>
      b.ties.size - a.ties.size ||
      Number(a.node.type === 'Article') - Number(b.node.type === 'Article') ||
      compareStrings(a.node.id, b.node.id),
  );
  const take = Math.max(0, room);
  return { picked: ranked.slice(0, take).map((c) => c.node), truncated: ranked.length > take };
}

/** An undirected multigraph of what the walk has read so far. */
export class Adjacency {
  readonly nodes = new Map<string, GraphNodeRecord>();
  private readonly links = new Map<string, Map<string, Map<string, GraphEdgeRecord>>>();

  addNode(node: GraphNodeRecord): void {
    if (!this.nodes.has(node.id)) this.nodes.set(node.id, node);
  }

  addRow(row: NeighborRow, fromNode: GraphNodeRecord): void {
    this.addNode(fromNode);
    this.addNode(row.other);
    const { source, target } = row.edge;
    if (source === target) return;
    for (const [a, b] of [[source, target], [target, source]] as const) {
      const around = this.links.get(a) ?? new Map<string, Map<string, GraphEdgeRecord>>();
      const between = around.get(b) ?? new Map<string, GraphEdgeRecord>();
      between.set(row.edge.id, row.edge);
      around.set(b, between);
      this.links.set(a, around);
    }
  }

  neighbours(id: string): string[] {
    return [...(this.links.get(id)?.keys() ?? [])].sort(compareStrings);
  }

  /** Parallel edges of a pair; the one with evidence, then by type and id, comes first. */
  edgesBetween(a: string, b: string): GraphEdgeRecord[] {
    const edges = [...(this.links.get(a)?.get(b)?.values() ?? [])];
    return edges.sort((x, y) => Number(y.evidence !== null) - Number(x.evidence !== null) || compareStrings(x.type, y.type) || compareStrings(x.id, y.id));
  }
}

/** Hop distances from `to` over what has been read; nodes that cannot reach it are absent. */
export function distancesTo(adj: Adjacency, to: string, max: number): Map<string, number> {
  const dist = new Map<string, number>([[to, 0]]);
  let frontier = [to];
  for (let d = 1; d <= max && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const n of adj.neighbours(id)) {
        if (dist.has(n)) continue;
        dist.set(n, d);
        next.push(n);
      }
    }
    frontier = next;
  }
  return dist;
}

export interface PathLimits {
  maxLength: number;
  first: number;
  /** Paths of one length gathered before ranking them; bounds the work on dense graphs. */
  perLength?: number;
  /** DFS steps in all; bounds the work when many routes fail late. */
  steps?: number;
}

/**
 * Simple paths from `from` to `to`, shortest first (iterative deepening, pruned by the distance
 * to `to`). Among paths of one length, those through fewer articles come first: a typed relation
 * (PART_OF, LOCATED_IN) says more than two things being mentioned in the same article.
 */
export function enumeratePaths(adj: Adjacency, from: string, to: string, limits: PathLimits): string[][] {
  const perLength = limits.perLength ?? 200;
  let steps = limits.steps ?? 200_000;
  const dist = distancesTo(adj, to, limits.maxLength);
  const shortest = dist.get(from);
  if (shortest === undefined) return [];
  const out: string[][] = [];
  const articles = (p: string[]) => p.filter((id) => adj.nodes.get(id)?.type === 'Article').length;
  for (let length = shortest; length <= limits.maxLength && out.length < limits.first && steps > 0; length++) {
    const found: string[][] = [];
    const path = [from];
    const onPath = new Set([from]);
    const walk = (node: string) => {
      if (found.length >= perLength || --steps <= 0) return;
      const left = length - (path.length - 1);
      if (left === 0) {
        if (node === to) found.push([...path]);
        return;
      }
      for (const next of adj.neighbours(node)) {
        const d = dist.get(next);
        if (onPath.has(next) || d === undefined || d > left - 1 || (next === to && left > 1)) continue;
        path.push(next);
        onPath.add(next);
        walk(next);
        path.pop();
        onPath.delete(next);
      }
    };
    walk(from);
    found.sort((a, b) => articles(a) - articles(b) || compareStrings(a.join('\n'), b.join('\n')));
    out.push(...found.slice(0, limits.first - out.length));
  }
  return out;
}
