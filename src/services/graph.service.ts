import { ENTITY_LABELS, type EntityLabel } from '@/graph/graph.model';
import type { GraphStore } from '@/graph/store.port';
import { BadUserInputError, NotFoundError } from '@/shared/errors';
import type { EntityService } from '@/services/entity.service';
import { MAX_PAGE_SIZE } from '@/services/pagination';
import {
  Adjacency,
  enumeratePaths,
  nodeLabel,
  pickLevel,
  toNeighborRow,
  type GraphEdgeRecord,
  type GraphNodeRecord,
  type NeighborRow,
} from '@/services/graph.traversal';
import type { NodeRow } from '@/services/records';

export const MAX_DEPTH = 3;
export const MAX_NODES = 500;
export const MAX_PATH_LENGTH = 6;
/** Nodes a path search may read before it stops widening: bounds the cost around hubs. */
const MAX_EXPLORED = 20_000;

export interface SubgraphRecord {
  nodes: GraphNodeRecord[];
  edges: GraphEdgeRecord[];
  truncated: boolean;
}

export interface PathRecord {
  length: number;
  nodes: GraphNodeRecord[];
  edges: GraphEdgeRecord[];
}

export interface NeighborhoodArgs {
  id: string;
  depth: number;
  /** Entity kinds a walk may add; null for all. */
  kinds: EntityLabel[] | null;
  /** Articles link what they mention; without them only typed relations (PART_OF …) are walked. */
  includeArticles: boolean;
  limit: number;
}

/**
 * Neighbourhoods and paths over the entity graph. Walks go through named entities and articles;
 * themes, metrics and bulletins are never entered (a theme or bulletin would join every article to
 * every other), though a walk may start from one. One store read per BFS level.
 */
export class GraphService {
  constructor(
    private readonly store: GraphStore,
    private readonly entities: EntityService,
  ) {}

  async neighborhood(args: NeighborhoodArgs): Promise<SubgraphRecord> {
    bounded('depth', args.depth, 1, MAX_DEPTH);
    bounded('limit', args.limit, 1, MAX_NODES);
    const start = await this.node(args.id);
    const allowed = walkable(args.kinds, args.includeArticles);
    const nodes = new Map<string, GraphNodeRecord>([[start.id, start]]);
    const edges = new Map<string, GraphEdgeRecord>();
    const keepEdges = (rows: NeighborRow[]) => {
      for (const { edge } of rows) if (nodes.has(edge.source) && nodes.has(edge.target)) edges.set(edge.id, edge);
    };
    let frontier = [start.id];
    let truncated = false;
    for (let level = 0; level < args.depth && frontier.length > 0 && !truncated; level++) {
      const rows = await this.neighbors(frontier);
      const { picked, truncated: full } = pickLevel(rows, new Set(nodes.keys()), allowed, args.limit - nodes.size);
      for (const node of picked) nodes.set(node.id, node);
      keepEdges(rows);
      frontier = picked.map((n) => n.id);
      truncated = full;
    }
    // Edges among the nodes of the last level: they are not read while adding those nodes.
    if (frontier.length > 0) keepEdges(await this.neighbors(frontier));
    return { nodes: [...nodes.values()], edges: [...edges.values()].sort((a, b) => (a.id < b.id ? -1 : 1)), truncated };
  }

  /**
   * Simple paths, shortest first: a BFS level from each end per read (bidirectional), so a path of
   * length L costs ⌈L/2⌉ reads; the paths are then enumerated in memory.
   */
  async paths(args: { from: string; to: string; maxLength: number; first: number }): Promise<PathRecord[]> {
    bounded('maxLength', args.maxLength, 1, MAX_PATH_LENGTH);
    bounded('first', args.first, 0, MAX_PAGE_SIZE);
    const found = await this.entities.nodesByIds([args.from, args.to]);
    for (const id of [args.from, args.to]) if (!found.has(id)) throw new NotFoundError(`no node with id "${id}"`, { id });
    const from = toGraphNode(found.get(args.from)!);
    if (args.first === 0) return [];
    if (args.from === args.to) return [{ length: 0, nodes: [from], edges: [] }];
    const to = toGraphNode(found.get(args.to)!);
    const allowed = walkable(null, true);
    const ends = new Set([from.id, to.id]);
    const adj = new Adjacency();
    adj.addNode(from);
    adj.addNode(to);
    const forwardRounds = Math.ceil(args.maxLength / 2);
    const backwardRounds = Math.floor(args.maxLength / 2);
    let forward = [from.id];
    let backward = [to.id];
    const seenForward = new Set(forward);
    const seenBackward = new Set(backward);
    for (let round = 0; round < forwardRounds && adj.nodes.size < MAX_EXPLORED; round++) {
      const expandBackward = round < backwardRounds;
      const ids = [...new Set([...forward, ...(expandBackward ? backward : [])])];
      if (ids.length === 0) break;
      const rows = (await this.neighbors(ids)).filter((r) => allowed(r.other.type) || ends.has(r.other.id));
      for (const row of rows) adj.addRow(row, adj.nodes.get(row.from)!);
      forward = advance(rows, new Set(forward), seenForward);
      backward = expandBackward ? advance(rows, new Set(backward), seenBackward) : [];
    }
    return enumeratePaths(adj, from.id, to.id, { maxLength: args.maxLength, first: args.first }).map((ids) => ({
      length: ids.length - 1,
      nodes: ids.map((id) => adj.nodes.get(id)!),
      edges: ids.slice(1).map((id, i) => adj.edgesBetween(ids[i]!, id)[0]!),
    }));
  }

  private async node(id: string): Promise<GraphNodeRecord> {
    const row = (await this.entities.nodesByIds([id])).get(id);
    if (!row) throw new NotFoundError(`no node with id "${id}"`, { id });
    return toGraphNode(row);
  }

  private async neighbors(ids: string[]): Promise<NeighborRow[]> {
    return (await this.store.read('neighbors-typed', { ids })).map(toNeighborRow);
  }
}

function advance(rows: NeighborRow[], frontier: ReadonlySet<string>, seen: Set<string>): string[] {
  const next: string[] = [];
  for (const row of rows) {
    if (!frontier.has(row.from) || seen.has(row.other.id)) continue;
    seen.add(row.other.id);
    next.push(row.other.id);
  }
  return next;
}

function walkable(kinds: EntityLabel[] | null, includeArticles: boolean): (kind: string) => boolean {
  const entityKinds = new Set<string>(kinds?.length ? kinds : ENTITY_LABELS);
  return (kind) => (kind === 'Article' ? includeArticles : entityKinds.has(kind));
}

function toGraphNode(row: NodeRow): GraphNodeRecord {
  return { id: row.id, type: row.kind, label: nodeLabel(row.kind, row.name ?? row.key, row.title, row.id) };
}

function bounded(argument: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(`${argument} must be an integer between ${min} and ${max}, got ${value}`, { argument });
  }
}
