import fs from 'node:fs';
import path from 'node:path';
import { assembledStatements } from '@/graph/statement.assembler';
import type { Engine } from '@/graph/store.port';
import { CYPHER_DIR } from '@/shared/paths';

/**
 * The catalogue of named statements an engine may run:
 *  - cypher/<name>.cypher            engine-neutral
 *  - cypher/<engine>/<name>.cypher   engine-specific (overrides a neutral file of the same name,
 *                                    or exists only for that engine, e.g. DDL)
 *  - assembled write statements from graph/statement.assembler.ts
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

/** `//` line comments document the files; engines get the bare statement. */
export function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
}

/** Splits a multi-statement file (DDL) on `;` at line ends. */
export function splitStatements(text: string): string[] {
  return text
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const cache = new Map<Engine, Catalogue>();

export function loadCatalogue(engine: Engine, dir = CYPHER_DIR): Catalogue {
  const cached = dir === CYPHER_DIR ? cache.get(engine) : undefined;
  if (cached) return cached;
  const statements = new Map<string, string>([
    ...readDir(dir),
    ...readDir(path.join(dir, engine)),
    ...assembledStatements(engine),
  ]);
  const catalogue = new Catalogue(engine, statements);
  if (dir === CYPHER_DIR) cache.set(engine, catalogue);
  return catalogue;
}
