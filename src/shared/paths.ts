import fs from 'node:fs';
import path from 'node:path';

/**
 * The project root (where package.json, seeds/ and cypher/ live), found by walking up from the
 * compiled file, so data files resolve the same from dist/, a scratch build dir or a Docker image.
 */
function findProjectRoot(start: string): string {
  let dir = start;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest)) {
      try {
        if (JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'egov-kg') return dir;
      } catch {
        // an unreadable manifest is not ours; keep walking
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

export const PROJECT_ROOT = findProjectRoot(__dirname);
export const SEEDS_DIR = path.join(PROJECT_ROOT, 'seeds');
export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');
export const SCHEMA_DIR = path.join(PROJECT_ROOT, 'schema');
