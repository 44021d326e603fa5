import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { GraphStore, Params, Row } from '@/graph/store.port';
import { EntityService } from '@/services/entity.service';
import { GraphService } from '@/services/graph.service';
import { Adjacency, edgeId, enumeratePaths, pickLevel, toNeighborRow, type NeighborRow } from '@/services/graph.traversal';

/** A tiny graph: (kind, name) per node, stored edges with direction, answered like neighbors-typed. */
type Edge = [type: string, from: string, to: string, articleId?: string];
class GraphFake implements Partial<GraphStore> {
  readonly reads: string[] = [];
  constructor(
    private readonly nodes: Record<string, [kind: string, name: string]>,
    private readonly edges: Edge[],
  ) {}

  async read(name: string, params: Params = {}): Promise<Row[]> {
    this.reads.push(name);
    const ids = params.ids as string[];
    if (name === 'nodes-by-ids') {
      return ids.filter((id) => this.nodes[id]).map((id) => ({ id, kind: this.nodes[id]![0], name: this.nodes[id]![1], title: this.nodes[id]![1] }));
    }
    if (name !== 'neighbors-typed') throw new Error(`unexpected read ${name}`);
    const rows: Row[] = [];
    for (const [type, from, to, articleId = ''] of this.edges) {
      for (const [n, m, outgoing] of [[from, to, true], [to, from, false]] as const) {
        if (!ids.includes(n)) continue;
        const [kind, label] = this.nodes[m]!;
        rows.push({
          nodeId: n, otherId: m, otherKind: kind, otherName: label, otherTitle: label, type, outgoing, articleId,
          quote: articleId ? `${from} ${type} ${to}` : null, startOffset: articleId ? 0 : null, endOffset: articleId ? 5 : null,
          score: 1, count: 1, spans: null, origin: null,
        });
      }
    }
    return rows;
  }
}

const NODES: Record<string, [string, string]> = {
  '330100': ['Region', '杭州市'],
  '330300': ['Region', '温州市'],
  '330000': ['Region', '浙江省'],
  'agency:hz': ['Agency', '杭州市人民政府'],
  'article:1': ['Article', '杭州政协 让信息跨部门交换共享'],
  'article:2': ['Article', '温州市政务服务一张网'],
  'theme:data-sharing': ['Theme', '数据共享'],
};
const EDGES: Edge[] = [
  ['PART_OF', '330100', '330000'],
  ['PART_OF', '330300', '330000'],
  ['LOCATED_IN', 'agency:hz', '330100', 'article:1'],
  ['MENTIONS', 'article:1', '330100', 'article:1'],
  ['MENTIONS', 'article:1', 'agency:hz', 'article:1'],
  ['MENTIONS', 'article:2', '330300', 'article:2'],
  ['MENTIONS', 'article:2', '330100', 'article:2'],
  ['HAS_THEME', 'article:1', 'theme:data-sharing', 'article:1'],
  ['HAS_THEME', 'article:2', 'theme:data-sharing', 'article:2'],
];

function serviceOver(nodes = NODES, edges = EDGES) {
  const store = new GraphFake(nodes, edges);
  const graph = new GraphService(store as unknown as GraphStore, new EntityService(store as unknown as GraphStore));
  return { store, graph };
}

describe('toNeighborRow', () => {
  const base = { nodeId: '330100', otherId: 'agency:hz', otherKind: 'Agency', otherName: '杭州市人民政府', otherTitle: null, type: 'LOCATED_IN' };

  test('the stored direction is restored whichever end was expanded', () => {
    const incoming = toNeighborRow({ ...base, outgoing: false, articleId: 'article:1', quote: 'q', startOffset: 1, endOffset: 2 });
    assert.equal(incoming.edge.source, 'agency:hz');
    assert.equal(incoming.edge.target, '330100');
    assert.deepEqual(incoming.edge.evidence, { text: 'q', articleId: 'article:1', start: 1, end: 2 });
    const outgoing = toNeighborRow({ ...base, nodeId: 'agency:hz', otherId: '330100', otherKind: 'Region', outgoing: true, articleId: 'article:1' });
    assert.equal(outgoing.edge.id, incoming.edge.id, 'one stored edge, one id');
  });

  test('facts without a quote (GB/T 2260) have no evidence; articles are labelled by title', () => {
    const row = toNeighborRow({ ...base, otherKind: 'Article', otherName: null, otherTitle: '标题', outgoing: false, articleId: '' });
    assert.equal(row.edge.evidence, null);
    assert.equal(row.other.label, '标题');
    assert.equal(edgeId('PART_OF', 'a', 'b', ''), 'PART_OF:a->b');
  });
});

describe('pickLevel', () => {
  const row = (from: string, id: string, type: string): NeighborRow =>
    toNeighborRow({ nodeId: from, otherId: id, otherKind: type, otherName: id, otherTitle: id, type: 'MENTIONS', outgoing: false, articleId: 'a' });

  test('better-tied nodes first, entities before articles, then by id; truncation is reported', () => {
    const rows = [row('x', 'article:9', 'Article'), row('x', 'b', 'Agency'), row('x', 'c', 'Agency'), row('y', 'c', 'Agency'), row('x', 'seen', 'Agency'), row('x', 'theme:t', 'Theme')];
    const allowed = (k: string) => k !== 'Theme';
    const all = pickLevel(rows, new Set(['seen']), allowed, 10);
    assert.deepEqual(all.picked.map((n) => n.id), ['c', 'b', 'article:9']);
    assert.equal(all.truncated, false);
    const two = pickLevel(rows, new Set(['seen']), allowed, 2);
    assert.deepEqual(two.picked.map((n) => n.id), ['c', 'b']);
    assert.equal(two.truncated, true);
  });
});

describe('enumeratePaths', () => {
  const adjacencyOf = (edges: Edge[]) => {
    const adj = new Adjacency();
    for (const [type, from, to, articleId = ''] of edges) {
      const [kind, name] = NODES[to] ?? ['Agency', to];
      const [fromKind, fromName] = NODES[from] ?? ['Agency', from];
      const evidence = articleId ? { quote: `${from} ${type} ${to}`, startOffset: 0, endOffset: 5 } : {};
      adj.addRow(toNeighborRow({ nodeId: from, otherId: to, otherKind: kind, otherName: name, otherTitle: name, type, outgoing: true, articleId, ...evidence }), {
        id: from,
        type: fromKind,
        label: fromName,
      });
    }
    return adj;
  };

  test('shortest first, from first and to last, simple, within maxLength', () => {
    const adj = adjacencyOf(EDGES.filter(([t]) => t !== 'HAS_THEME'));
    const paths = enumeratePaths(adj, '330100', '330300', { maxLength: 4, first: 10 });
    assert.ok(paths.length >= 2);
    assert.deepEqual(paths[0], ['330100', '330000', '330300'], 'PART_OF beats the shared article at the same length');
    for (let i = 0; i < paths.length; i++) {
      const p = paths[i]!;
      assert.equal(p[0], '330100');
      assert.equal(p[p.length - 1], '330300');
      assert.equal(new Set(p).size, p.length, 'simple');
      assert.ok(p.length - 1 <= 4);
      if (i > 0) assert.ok(paths[i - 1]!.length <= p.length, 'shortest first');
    }
  });

  test('equal length: fewer articles first', () => {
    const adj = adjacencyOf([
      ['MENTIONS', 'article:1', 'a'],
      ['MENTIONS', 'article:1', 'b'],
      ['PARTNERS_WITH', 'a', 'm'],
      ['PARTNERS_WITH', 'm', 'b'],
    ]);
    assert.deepEqual(enumeratePaths(adj, 'a', 'b', { maxLength: 2, first: 2 }), [['a', 'm', 'b'], ['a', 'article:1', 'b']]);
  });

  test('unreachable within maxLength gives no path; first bounds the answer', () => {
    const adj = adjacencyOf([['USES', 'a', 'b'], ['USES', 'b', 'c'], ['USES', 'c', 'd']]);
    assert.deepEqual(enumeratePaths(adj, 'a', 'd', { maxLength: 2, first: 5 }), []);
    assert.deepEqual(enumeratePaths(adj, 'a', 'zzz', { maxLength: 6, first: 5 }), []);
    assert.equal(enumeratePaths(adjacencyOf(EDGES), '330100', '330300', { maxLength: 6, first: 1 }).length, 1);
  });

  test('parallel edges: the one with evidence is chosen', () => {
    const adj = adjacencyOf([['PART_OF', '330100', '330000'], ['PART_OF', '330100', '330000', 'article:1']]);
    assert.equal(adj.edgesBetween('330000', '330100')[0]!.evidence?.articleId, 'article:1');
  });
});

describe('GraphService over a fake store', () => {
  test('neighborhood: edges only among returned nodes, themes never entered, reads = 1 + depth + 1', async () => {
    const { store, graph } = serviceOver();
    const sub = await graph.neighborhood({ id: '330100', depth: 1, kinds: null, includeArticles: true, limit: 100 });
    const ids = new Set(sub.nodes.map((n) => n.id));
    assert.deepEqual([...ids].sort(), ['330000', '330100', 'agency:hz', 'article:1', 'article:2']);
    for (const e of sub.edges) assert.ok(ids.has(e.source) && ids.has(e.target), e.id);
    assert.ok(sub.edges.some((e) => e.type === 'MENTIONS' && e.source === 'article:1' && e.target === 'agency:hz'), 'edges among the last level are read');
    assert.equal(sub.truncated, false);
    assert.deepEqual(store.reads, ['nodes-by-ids', 'neighbors-typed', 'neighbors-typed']);
  });

  test('neighborhood: types and includeArticles restrict the walk; limit truncates', async () => {
    const { graph } = serviceOver();
    const regions = await graph.neighborhood({ id: '330100', depth: 2, kinds: ['Region'], includeArticles: false, limit: 100 });
    assert.deepEqual(regions.nodes.map((n) => n.id).sort(), ['330000', '330100', '330300']);
    const small = await graph.neighborhood({ id: '330100', depth: 2, kinds: null, includeArticles: true, limit: 2 });
    assert.equal(small.nodes.length, 2);
    assert.equal(small.truncated, true);
  });

  test('neighborhood: unknown id is NOT_FOUND, out-of-range depth or limit BAD_USER_INPUT', async () => {
    const { graph } = serviceOver();
    const args = { id: '330100', depth: 1, kinds: null, includeArticles: true, limit: 10 };
    await assert.rejects(graph.neighborhood({ ...args, id: 'nope' }), { code: 'NOT_FOUND' });
    await assert.rejects(graph.neighborhood({ ...args, depth: 4 }), { code: 'BAD_USER_INPUT' });
    await assert.rejects(graph.neighborhood({ ...args, limit: 501 }), { code: 'BAD_USER_INPUT' });
  });

  test('paths: bidirectional, ⌈maxLength/2⌉ neighbour reads, never through a theme', async () => {
    const { store, graph } = serviceOver();
    const paths = await graph.paths({ from: '330100', to: '330300', maxLength: 4, first: 5 });
    assert.deepEqual(paths[0]!.nodes.map((n) => n.id), ['330100', '330000', '330300']);
    assert.equal(paths[0]!.length, 2);
    assert.deepEqual(paths[0]!.edges.map((e) => [e.source, e.target]), [['330100', '330000'], ['330300', '330000']]);
    for (const p of paths) assert.ok(!p.nodes.some((n) => n.type === 'Theme'));
    assert.equal(store.reads.filter((r) => r === 'neighbors-typed').length, 2);
  });

  test('paths: same node is a path of length 0; unknown ends NOT_FOUND; bounds checked', async () => {
    const { graph } = serviceOver();
    assert.deepEqual((await graph.paths({ from: '330100', to: '330100', maxLength: 4, first: 5 }))[0]!.length, 0);
    await assert.rejects(graph.paths({ from: '330100', to: 'nope', maxLength: 4, first: 5 }), { code: 'NOT_FOUND' });
    await assert.rejects(graph.paths({ from: '330100', to: '330300', maxLength: 7, first: 5 }), { code: 'BAD_USER_INPUT' });
  });
});
