import fs from 'node:fs';
import path from 'node:path';
import { SEEDS_DIR } from '@/shared/paths';
import { ParseError } from '@/shared/errors';
import { loadThemes } from '@/extract/theme/theme.catalog';

/**
 * The trigger vocabulary of seeds/themes/triggers.json, validated against the catalogue so a typo
 * in a key fails loudly instead of silently never firing.
 */
export interface CompiledTerm {
  text: string;
  weight: number;
  /** The term does not count in a sentence containing any of these. */
  none: string[];
  /** Full weight even inside an enumeration (a compound that is itself the topic, e.g. 一网通办). */
  listSafe: boolean;
}
export interface CompiledRule {
  all: string[][];
  weight: number;
  none: string[];
  scope: 'clause' | 'sentence';
}
export interface CompiledTheme {
  key: string;
  threshold: number;
  terms: CompiledTerm[];
  rules: CompiledRule[];
  /** A sentence containing any of these never counts for the theme. */
  guard: string[];
}
export interface ThemeRuleSet {
  evidenceMin: number;
  listFactor: number;
  themes: CompiledTheme[];
}

const TRIGGERS_FILE = path.join(SEEDS_DIR, 'themes', 'triggers.json');

type RawTerm = number | { w: number; none?: string[]; listSafe?: boolean };
interface RawTheme {
  threshold?: number;
  terms?: Record<string, RawTerm>;
  rules?: Array<{ all: string[][]; w: number; none?: string[]; scope?: 'clause' | 'sentence' }>;
  guard?: string[];
}
interface RawFile {
  threshold: number;
  evidenceMin: number;
  listFactor: number;
  themes: Record<string, RawTheme>;
}

export function compileThemeRules(raw: RawFile, file = TRIGGERS_FILE): ThemeRuleSet {
  const known = new Set(loadThemes().map((t) => t.key));
  const themes: CompiledTheme[] = [];
  for (const [key, t] of Object.entries(raw.themes)) {
    if (!known.has(key)) throw new ParseError(file, `unknown theme key "${key}"`);
    const terms = Object.entries(t.terms ?? {}).map(([text, v]) =>
      typeof v === 'number'
        ? { text, weight: v, none: [], listSafe: false }
        : { text, weight: v.w, none: v.none ?? [], listSafe: v.listSafe ?? false },
    );
    const rules = (t.rules ?? []).map((r) => {
      if (!Array.isArray(r.all) || r.all.some((g) => !Array.isArray(g) || g.length === 0))
        throw new ParseError(file, `theme "${key}": rule "all" must be a list of non-empty word lists`);
      return { all: r.all, weight: r.w, none: r.none ?? [], scope: r.scope ?? 'clause' };
    });
    for (const x of [...terms, ...rules])
      if (!(x.weight > 0 && x.weight <= 1)) throw new ParseError(file, `theme "${key}": weight must be in (0,1]`);
    themes.push({ key, threshold: t.threshold ?? raw.threshold, terms, rules, guard: t.guard ?? [] });
  }
  const missing = [...known].filter((k) => !raw.themes[k]);
  if (missing.length > 0) throw new ParseError(file, `no triggers for theme(s) ${missing.join(', ')}`);
  return { evidenceMin: raw.evidenceMin, listFactor: raw.listFactor, themes };
}

let cache: ThemeRuleSet | null = null;
export function loadThemeRules(): ThemeRuleSet {
  if (!cache) cache = compileThemeRules(JSON.parse(fs.readFileSync(TRIGGERS_FILE, 'utf8')) as RawFile);
  return cache;
}
