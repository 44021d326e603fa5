import fs from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { runCommand } from '@/cli/runtime';
import type { GraphBatch } from '@/graph/graph.model';
import { IMPORT_SCRIPT, toNeo4jAdminCsv } from '@/graph/neo4j/bulk.export';
import { CYPHER_DIR } from '@/shared/paths';

/** What the command needs from the application: the graph of the seed corpus, built offline. */
export interface ExportDeps {
  buildSeedBatch(): Promise<GraphBatch>;
}

export const EXPORT_FORMATS = ['neo4j-admin'] as const;

/**
 * `egov-kg export --format neo4j-admin --out DIR`: the seed graph as CSV + header files for
 * `neo4j-admin database import full` — the fast way to load a large corpus into an offline Neo4j —
 * plus import.sh and ddl.cypher (constraints and indexes, to run once the database is started).
 */
export function registerExportCommand(program: Command, deps: ExportDeps): void {
  program
    .command('export')
    .description('export the seed graph for bulk import (neo4j-admin database import full)')
    .addOption(new Option('--format <format>', 'export format').choices(EXPORT_FORMATS).makeOptionMandatory())
    .requiredOption('--out <dir>', 'directory to write the files to (created if missing)')
    .action((opts: { format: (typeof EXPORT_FORMATS)[number]; out: string }) =>
      runCommand(async () => {
        const written = await exportNeo4jAdmin(await deps.buildSeedBatch(), opts.out);
        const dir = path.resolve(opts.out);
        process.stderr.write(`wrote ${written.length} files to ${dir}\n`);
        process.stdout.write(`${path.join(dir, IMPORT_SCRIPT)} [DATABASE] [--overwrite-destination=true]\n`);
      }),
    );
}

/** Writes the export into `dir`; returns the file names, import.sh made executable. */
export async function exportNeo4jAdmin(batch: GraphBatch, dir: string): Promise<string[]> {
  const files = toNeo4jAdminCsv(batch);
  files.set('ddl.cypher', fs.readFileSync(path.join(CYPHER_DIR, 'neo4j', 'ddl.cypher'), 'utf8'));
  await fs.promises.mkdir(dir, { recursive: true });
  for (const [name, content] of files) await fs.promises.writeFile(path.join(dir, name), content, 'utf8');
  await fs.promises.chmod(path.join(dir, IMPORT_SCRIPT), 0o755);
  return [...files.keys()];
}
