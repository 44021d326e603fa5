import {
  NODE_LABELS,
  NODE_PROPS,
  REL_ENDPOINTS,
  REL_PROPS,
  REL_TYPES,
  allowsEndpoints,
  isNodeLabel,
  type NodeLabel,
  type PropType,
  type RelType,
} from '@/graph/graph.model';
import type { Engine } from '@/graph/store.port';

/**
 * Statements that depend on the model (DDL, batched upserts) are assembled here from the
 * whitelists in graph.model.ts — never from input. Each variant has a stable name so it lives in
 * the same catalogue as the .cypher files, and a test enumerates and lints every one of them.
 * A batch statement takes `$rows`. Neo4j UNWINDs them in one round trip; Kùzu gets a per-row form
 * (scalar `$params`) that its adapter runs once per row inside the same transaction, because
 * Kùzu 0.11 cannot type a struct field that is null in the rows it sees (binder error).
 */
export function upsertNodesName(label: NodeLabel): string {
  return `upsert-nodes.${label}`;
}

export function mergeEdgesName(type: RelType, from: NodeLabel, to: NodeLabel): string {
  return `merge-edges.${type}.${from}.${to}`;
}

export function upsertNodesStatement(label: NodeLabel, engine: Engine): string {
  if (!isNodeLabel(label)) throw new Error(`unknown node label ${String(label)}`);
  const v = engine === 'neo4j' ? 'row.' : '$';
  const sets = Object.keys(NODE_PROPS[label])
    .filter((p) => p !== 'id')
    .map((p) => `n.${p} = ${v}${p}`)
    .join(', ');
  const head = engine === 'neo4j' ? 'UNWIND $rows AS row\n' : '';
  return `${head}MERGE (n:${label} {id: ${v}id})\nSET ${sets}`;
}

/**
 * One edge per (endpoints, type, article): the same fact stated by two articles keeps both
 * evidences. Non-textual edges (PART_OF from GB/T 2260) use articleId '' because Neo4j cannot
 * MERGE on a null property.
 */
export function mergeEdgesStatement(type: RelType, from: NodeLabel, to: NodeLabel, engine: Engine): string {
  if (!allowsEndpoints(type, from, to)) throw new Error(`${type} does not connect ${from} to ${to}`);
  const v = engine === 'neo4j' ? 'row.' : '$';
  const sets = Object.keys(REL_PROPS)
    .filter((p) => p !== 'articleId')
    .map((p) => `r.${p} = ${v}${p}`)
    .join(', ');
  return (
    (engine === 'neo4j' ? 'UNWIND $rows AS row\n' : '') +
    `MATCH (a:${from} {id: ${v}from}), (b:${to} {id: ${v}to})\n` +
    `MERGE (a)-[r:${type} {articleId: ${v}articleId}]->(b)\n` +
    `SET ${sets}`
  );
}

const KUZU_TYPES: Record<PropType, string> = { STRING: 'STRING', INT64: 'INT64', DOUBLE: 'DOUBLE', 'STRING[]': 'STRING[]' };

/** Kùzu needs typed tables before any write; Neo4j's DDL is static (cypher/neo4j/ddl.cypher). */
export function kuzuDdlStatements(): string[] {
  const nodes = NODE_LABELS.map((label) => {
    const cols = Object.entries(NODE_PROPS[label]).map(([p, t]) => `${p} ${KUZU_TYPES[t]}${p === 'id' ? ' PRIMARY KEY' : ''}`);
    return `CREATE NODE TABLE IF NOT EXISTS ${label}(${cols.join(', ')})`;
  });
  const rels = REL_TYPES.map((type) => {
    const pairs = (REL_ENDPOINTS[type] as ReadonlyArray<readonly [string, string]>).map(([f, t]) => `FROM ${f} TO ${t}`);
    const cols = Object.entries(REL_PROPS).map(([p, t]) => `${p} ${KUZU_TYPES[t]}`);
    return `CREATE REL TABLE IF NOT EXISTS ${type}(${[...pairs, ...cols].join(', ')})`;
  });
  return [...nodes, ...rels];
}

/** Every assembled write statement, by name: the set the lint and catalogue tests enumerate. */
export function assembledStatements(engine: Engine): Map<string, string> {
  const out = new Map<string, string>();
  for (const label of NODE_LABELS) out.set(upsertNodesName(label), upsertNodesStatement(label, engine));
  for (const type of REL_TYPES) {
    for (const [from, to] of REL_ENDPOINTS[type] as ReadonlyArray<readonly [NodeLabel, NodeLabel]>) {
      out.set(mergeEdgesName(type, from, to), mergeEdgesStatement(type, from, to, engine));
    }
  }
  return out;
}

