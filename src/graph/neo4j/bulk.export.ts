import {
  NODE_LABELS,
  NODE_PROPS,
  REL_PROPS,
  REL_TYPES,
  type GraphBatch,
  type NodeRecord,
  type PropType,
  type PropValue,
} from '@/graph/graph.model';
import { BadUserInputError } from '@/shared/errors';

/**
 * GraphBatch → the CSV files `neo4j-admin database import full` reads, pure. Layout:
 *  - per label:  nodes-<Label>.header.csv + nodes-<Label>.csv  (`id:ID`, `:LABEL`, typed props)
 *  - per type:   rels-<TYPE>.header.csv + rels-<TYPE>.csv      (`:START_ID`, `:END_ID`, `:TYPE`, props)
 *  - import.sh   the matching command line
 * Ids are globally unique (article:…, agency:…, GB/T codes), so all labels share ONE id space
 * (`id:ID` without a group) and relationships need no group either; `id` is stored as a property,
 * as the online store does.
 *
 * Null → empty field (neo4j-admin sets no property); '' → `""` (an empty string, which matters: a
 * non-textual edge's articleId is ''). Every string is quoted, quotes doubled (RFC 4180), so
 * commas, quotes and newlines in Chinese text survive; bodies span lines, hence
 * --multiline-fields=true. neo4j-admin cannot store an empty array (neo4j/neo4j#13566), so empty
 * lists are left out and after-import.cypher puts them back.
 */
export const ADMIN_TYPES: Record<PropType, string> = {
  STRING: '',
  INT64: ':long',
  DOUBLE: ':double',
  'STRING[]': ':string[]',
};

/** Tried in order: the first that no array element contains becomes --array-delimiter. */
const ARRAY_DELIMITERS = [';', '|', '^', '~'];

export const IMPORT_SCRIPT = 'import.sh';
export const AFTER_IMPORT = 'after-import.cypher';

/** Restores the empty lists neo4j-admin dropped: the model never leaves a list property null. */
export function afterImportStatements(): string[] {
  return NODE_LABELS.flatMap((label) =>
    Object.entries(NODE_PROPS[label])
      .filter(([, type]) => type === 'STRING[]')
      .map(([p]) => `MATCH (n:${label}) WHERE n.${p} IS NULL SET n.${p} = []`),
  );
}

export function toNeo4jAdminCsv(batch: GraphBatch): Map<string, string> {
  const nodes = lastWins(batch.nodes, (n) => n.id);
  const edges = lastWins(batch.edges, (e) => `${e.type}|${e.from}|${e.to}|${e.props.articleId ?? ''}`);
  const delimiter = arrayDelimiter(nodes);
  const files = new Map<string, string>();
  const nodeFiles: string[] = [];
  const relFiles: string[] = [];

  for (const label of NODE_LABELS) {
    const records = nodes.filter((n) => n.label === label);
    if (records.length === 0) continue;
    const props = Object.entries(NODE_PROPS[label]).filter(([p]) => p !== 'id');
    const header = ['id:ID', ':LABEL', ...props.map(([p, t]) => `${p}${ADMIN_TYPES[t]}`)];
    const rows = records.map((n) => [quote(n.id), label, ...props.map(([p, t]) => field(n.props[p], t, delimiter))]);
    nodeFiles.push(addPair(files, `nodes-${label}`, header, rows));
  }

  const relProps = Object.entries(REL_PROPS);
  for (const type of REL_TYPES) {
    const records = edges.filter((e) => e.type === type);
    if (records.length === 0) continue;
    const header = [':START_ID', ':END_ID', ':TYPE', ...relProps.map(([p, t]) => `${p}${ADMIN_TYPES[t]}`)];
    const rows = records.map((e) => [
      quote(e.from),
      quote(e.to),
      type,
      ...relProps.map(([p, t]) => field((e.props as Record<string, PropValue | undefined>)[p], t, delimiter)),
    ]);
    relFiles.push(addPair(files, `rels-${type}`, header, rows));
  }

  files.set(IMPORT_SCRIPT, importScript(nodeFiles, relFiles, delimiter));
  files.set(
    AFTER_IMPORT,
    `// Run once after the import, once the database is started (after ddl.cypher).\n${afterImportStatements().map((s) => `${s};\n`).join('')}`,
  );
  return files;
}

function addPair(files: Map<string, string>, base: string, header: string[], rows: string[][]): string {
  files.set(`${base}.header.csv`, `${header.join(',')}\n`);
  files.set(`${base}.csv`, rows.map((r) => `${r.join(',')}\n`).join(''));
  return `${base}.header.csv,${base}.csv`;
}

/** Same semantics as the online upsert (MERGE then SET): a later record for the same key wins. */
function lastWins<T>(items: T[], key: (item: T) => string): T[] {
  const out = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    out.delete(k);
    out.set(k, item);
  }
  return [...out.values()];
}

function arrayDelimiter(nodes: NodeRecord[]): string {
  const elements = nodes.flatMap((n) => Object.values(n.props).filter(Array.isArray).flat());
  const free = ARRAY_DELIMITERS.find((d) => !elements.some((e) => String(e).includes(d)));
  if (!free) throw new BadUserInputError(`every array delimiter (${ARRAY_DELIMITERS.join(' ')}) occurs inside an alias`);
  return free;
}

export function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function field(value: PropValue | undefined, type: PropType, delimiter: string): string {
  if (value === null || value === undefined) return '';
  if (type === 'STRING[]') {
    const list = (Array.isArray(value) ? value : [value]).map(String);
    return list.length === 0 ? '' : quote(list.join(delimiter));
  }
  if (Array.isArray(value)) throw new BadUserInputError(`a list was given for a ${type} property`);
  if (type === 'INT64') {
    const n = Number(value);
    if (!Number.isInteger(n)) throw new BadUserInputError(`"${value}" is not an integer`);
    return String(value);
  }
  if (type === 'DOUBLE') {
    const n = Number(value);
    if (!Number.isFinite(n)) throw new BadUserInputError(`"${value}" is not a finite number`);
    return String(n);
  }
  return quote(String(value));
}

function importScript(nodeFiles: string[], relFiles: string[], delimiter: string): string {
  const args = [
    '--id-type=string',
    `--array-delimiter='${delimiter}'`,
    '--multiline-fields=true',
    ...nodeFiles.map((f) => `--nodes=${f}`),
    ...relFiles.map((f) => `--relationships=${f}`),
  ];
  return [
    '#!/bin/sh',
    '# Written by `egov-kg export --format neo4j-admin`. Run where neo4j-admin can write the store,',
    '# with the target database stopped (or absent). Usage: ./import.sh [DATABASE] [extra options],',
    '# e.g. ./import.sh neo4j --overwrite-destination=true to replace an existing database.',
    '# Then start Neo4j, create constraints and indexes, and restore empty lists:',
    '#   cypher-shell -d DATABASE -f ddl.cypher && cypher-shell -d DATABASE -f after-import.cypher',
    'set -eu',
    'cd "$(dirname "$0")"',
    'DATABASE="${1:-${NEO4J_DATABASE:-neo4j}}"',
    'if [ $# -gt 0 ]; then shift; fi',
    'exec neo4j-admin database import full \\',
    ...args.map((a) => `  ${a} \\`),
    '  "$@" "$DATABASE"',
    '',
  ].join('\n');
}
