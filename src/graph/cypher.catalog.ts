import fs from 'node:fs';
import path from 'node:path';
import { stripComments } from '@/graph/cypher.text';
import { assembledReads } from '@/graph/read.assembler';
import { assembledStatements } from '@/graph/statement.assembler';
import type { Engine } from '@/graph/store.port';
import { CYPHER_DIR } from '@/shared/paths';

/**
 * The catalogue of named statements an engine may run:
 *  - cypher/<name>.cypher            engine-neutral
 *  - cypher/<engine>/<name>.cypher   engine-specific (overrides a neutral file of the same name,
 *                                    or exists only for that engine, e.g. DDL)
 *  - assembled statements: writes (graph/statement.assembler.ts), reads with a whitelisted
 *    ORDER BY (graph/read.assembler.ts)
 * cypher/examples/ holds researcher queries and is not part of the runtime catalogue.
 */
export class Catalogue {
  constructor(
    readonly engine: Engine,
    private readonly statements: ReadonlyMap<string, string>,
  ) {}

  get(name: string): string {
    const text = this.statements.get(name);
    if (text === undefined) throw new Error(`no statement named "${name}" in the ${this.engine} catalogue`);
    return text;
  }

  has(name: string): boolean {
    return this.statements.has(name);
  }

  names(): string[] {
    return [...this.statements.keys()].sort();
  }
}

function readDir(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!fs.existsSync(dir)) return out;
  for (const file of fs.readdirSync(dir).sort()) {
    if (!file.endsWith('.cypher')) continue;
    out.set(file.slice(0, -'.cypher'.length), stripComments(fs.readFileSync(path.join(dir, file), 'utf8')));
  }
  return out;
}

const cache = new Map<Engine, Catalogue>();

export function loadCatalogue(engine: Engine, dir = CYPHER_DIR): Catalogue {
  const cached = dir === CYPHER_DIR ? cache.get(engine) : undefined;
  if (cached) return cached;
  const statements = new Map<string, string>([
    ...readDir(dir),
    ...readDir(path.join(dir, engine)),
    ...assembledReads(),
    ...assembledStatements(engine),
  ]);
  const catalogue = new Catalogue(engine, statements);
  if (dir === CYPHER_DIR) cache.set(engine, catalogue);
  return catalogue;
}

export { splitStatements, stripComments } from '@/graph/cypher.text';
