import fs from 'node:fs';
import path from 'node:path';
import type * as LanguageSupport from '@neo4j-cypher/language-support' with { 'resolution-mode': 'import' };
import { loadCatalogue, splitStatements, stripComments } from '@/graph/cypher.catalog';
import { NODE_LABELS, NODE_PROPS, REL_ENDPOINTS, REL_PROPS, REL_TYPES } from '@/graph/graph.model';
import { afterImportStatements } from '@/graph/neo4j/bulk.export';
import { DDL_STATEMENT } from '@/graph/neo4j/neo4j.store';
import { CYPHER_DIR } from '@/shared/paths';

/**
 * Neo4j's own Cypher front-end (parser + semantic analysis, from @neo4j-cypher/language-support)
 * as a test oracle for every statement this project sends to Neo4j. The package is ESM-typed but
 * ships a CommonJS build, which `require` loads.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ls = require('@neo4j-cypher/language-support') as typeof LanguageSupport;

export const CYPHER_VERSION = 'CYPHER 5';

/**
 * Plugins the community image lacks (the compose stack runs neo4j:5-community without APOC or
 * GDS): a statement calling them must fail the lint.
 */
const PLUGIN_NAMESPACES = ['apoc.', 'gds.'];

function withoutPlugins<T>(registry: Record<string, T> | undefined): Record<string, T> {
  return Object.fromEntries(
    Object.entries(registry ?? {}).filter(([name]) => !PLUGIN_NAMESPACES.some((ns) => name.startsWith(ns))),
  );
}

/**
 * The package does not ship a registry per server release: its one function/procedure list is
 * `testData.mockSchema`, dumped from a current server, scoped by Cypher version. Its `CYPHER 5`
 * scope is what a Cypher 5 query may call; plugins are removed, and the graph model supplies
 * labels, relationship types, property keys and allowed endpoints.
 */
export function neo4jLintSchema(): LanguageSupport.DbSchema {
  const mock = ls.testData.mockSchema;
  const functions = withoutPlugins(mock.functions?.[CYPHER_VERSION]);
  const procedures = withoutPlugins(mock.procedures?.[CYPHER_VERSION]);
  const propertyKeys = new Set<string>(Object.keys(REL_PROPS));
  for (const props of Object.values(NODE_PROPS)) for (const key of Object.keys(props)) propertyKeys.add(key);
  const graphSchema = REL_TYPES.flatMap((relType) =>
    (REL_ENDPOINTS[relType] as ReadonlyArray<readonly [string, string]>).map(([from, to]) => ({ from, to, relType })),
  );
  return {
    functions: { [CYPHER_VERSION]: functions },
    procedures: { [CYPHER_VERSION]: procedures },
    defaultLanguage: CYPHER_VERSION,
    labels: [...NODE_LABELS],
    relationshipTypes: [...REL_TYPES],
    propertyKeys: [...propertyKeys],
    graphSchema,
  };
}

export interface LintFinding {
  severity: 'error' | 'warning';
  line: number;
  column: number;
  message: string;
}

let schema: LanguageSupport.DbSchema | undefined;

/**
 * Lints one text (one or more statements). Parameters are the caller's to supply at run time, so
 * "Parameter $x is not defined" is not a finding; everything else Neo4j's front-end reports is.
 */
export function lintNeo4j(text: string): LintFinding[] {
  schema ??= neo4jLintSchema();
  const { diagnostics } = ls.lintCypherQuery(text, schema, { consoleCommandsEnabled: false });
  return diagnostics
    .map((d) => ({
      severity: d.severity === ERROR ? ('error' as const) : ('warning' as const),
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      message: typeof d.message === 'string' ? d.message : d.message.value,
    }))
    .filter(ls.isNotParamError);
}

/** vscode-languageserver's DiagnosticSeverity.Error. */
const ERROR = 1;

/**
 * Warnings that mean a statement disagrees with the graph model: an unknown label or relationship
 * type (a typo Neo4j would silently match nothing for), or a pattern joining labels the model
 * never connects with that type.
 */
export function isModelViolation(finding: LintFinding): boolean {
  return (
    /^(Label|Relationship type) \S+ is not present in the database/.test(finding.message) ||
    /^(\[:[^\]]+\] has no .*\(:|\(:[^)]+\) has no .*\[:)/.test(finding.message)
  );
}

export function formatFindings(source: string, findings: LintFinding[]): string {
  return findings.map((f) => `${source}:${f.line}:${f.column} ${f.severity}: ${f.message}`).join('\n');
}

export interface BoundStatement {
  /** Where it comes from: `catalogue:<name>`, `ddl#<n>`, `after-import#<n>` or `examples/<file>`. */
  source: string;
  text: string;
}

export const EXAMPLES_DIR = path.join(CYPHER_DIR, 'examples');

/**
 * Every statement this project sends to Neo4j or offers researchers for it, enumerated from disk
 * and the assemblers (never a fixed list): the neo4j catalogue (neutral files, neo4j overrides,
 * assembled reads and writes), each DDL statement on its own, the bulk export's after-import
 * fix-ups, and each example file.
 */
export function neo4jBoundStatements(): BoundStatement[] {
  const catalogue = loadCatalogue('neo4j');
  const out: BoundStatement[] = [];
  for (const name of catalogue.names()) {
    if (name === DDL_STATEMENT) continue;
    out.push({ source: `catalogue:${name}`, text: catalogue.get(name) });
  }
  splitStatements(catalogue.get(DDL_STATEMENT)).forEach((text, i) => out.push({ source: `ddl#${i + 1}`, text }));
  afterImportStatements().forEach((text, i) => out.push({ source: `after-import#${i + 1}`, text }));
  for (const file of exampleFiles()) {
    out.push({ source: `examples/${file}`, text: fs.readFileSync(path.join(EXAMPLES_DIR, file), 'utf8') });
  }
  return out;
}

export function exampleFiles(): string[] {
  if (!fs.existsSync(EXAMPLES_DIR)) return [];
  return fs.readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.cypher')).sort();
}

/** A statement's text without comments, for structural checks. */
export function bare(text: string): string {
  return stripComments(text);
}
