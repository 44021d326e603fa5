import fs from 'node:fs';
import path from 'node:path';
import { SEEDS_DIR } from '@/shared/paths';
import { ParseError } from '@/shared/errors';

/** One theme of seeds/themes.md, the taxonomy the API lists and filters on. */
export interface ThemeDef {
  key: string;
  name: string;
  description: string;
  signals: string[];
  dimension: string;
}

const THEMES_FILE = path.join(SEEDS_DIR, 'themes.md');
let cache: ThemeDef[] | null = null;

/** Parses the markdown table of seeds/themes.md; rows whose first cell is not a kebab key are headers. */
export function parseThemesMarkdown(markdown: string, file = THEMES_FILE): ThemeDef[] {
  const defs: ThemeDef[] = [];
  for (const line of markdown.split(/\r?\n/)) {
    if (!line.trim().startsWith('|')) continue;
    const cells = line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
    if (!/^[a-z]+(?:-[a-z]+)*$/.test(cells[0] ?? '') || cells[0] === 'key') continue;
    if (cells.length < 5) throw new ParseError(file, `theme row "${cells[0]}" has ${cells.length} cells, expected 5`);
    const [key, name, description, signals, dimension] = cells as [string, string, string, string, string];
    defs.push({
      key,
      name,
      description,
      signals: signals.split(/[,，]/).map((s) => s.trim()).filter(Boolean),
      dimension: dimension === '–' || dimension === '-' ? '' : dimension,
    });
  }
  if (defs.length === 0) throw new ParseError(file, 'no theme rows found');
  return defs;
}

export function loadThemes(): ThemeDef[] {
  if (!cache) cache = parseThemesMarkdown(fs.readFileSync(THEMES_FILE, 'utf8'));
  return cache;
}
