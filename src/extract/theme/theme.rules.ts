import fs from 'node:fs';
import path from 'node:path';
import { SEEDS_DIR } from '@/shared/paths';
import { ParseError } from '@/shared/errors';
import { loadThemes } from '@/extract/theme/theme.catalog';
import { SubstringMatcher } from '@/extract/theme/theme.matcher';
import { CLAUSE_MARKS } from '@/extract/theme/theme.clauses';

/**
 * The trigger vocabulary of seeds/themes/triggers.json, validated against the catalogue so a typo
 * in a key fails loudly instead of silently never firing, and compiled to word ids of one matcher
 * so an article is scanned once for all themes.
 */
export interface CompiledTerm {
  word: number;
  weight: number;
  /** The term does not count in a sentence containing any of these. */
  none: number[];
  /** Full weight even inside an enumeration (a compound that is itself the topic, e.g. 一网通办). */
  listSafe: boolean;
}
export interface CompiledRule {
  all: number[][];
  weight: number;
  none: number[];
  scope: 'clause' | 'sentence';
}
export interface CompiledTheme {
  key: string;
  threshold: number;
  /** The score needed in a text of at least `articleSentences` sentences. */
  articleThreshold: number;
  /** The strongest trigger needed when a single sentence carries the theme. */
  soloMin: number;
  terms: CompiledTerm[];
  rules: CompiledRule[];
  /** A sentence containing any of these never counts for the theme. */
  guard: number[];
}
export interface ThemeRuleSet {
  /** From this many sentences on a text is an article, where one medium trigger is a passing mention. */
  articleSentences: number;
  evidenceMin: number;
  listFactor: number;
  /** Weight multiplier for a term inside the name of a system (信用信息共享平台 named in passing). */
  nameFactor: number;
  themes: CompiledTheme[];
  matcher: SubstringMatcher;
  /** word id → the (theme, term) pairs it triggers. */
  termsOf: Array<Array<[number, number]>>;
  /** word id → the (theme, rule) pairs it may satisfy: only those rules are checked. */
  rulesOf: Array<Array<[number, number]>>;
}

const TRIGGERS_FILE = path.join(SEEDS_DIR, 'themes', 'triggers.json');

type RawTerm = number | { w: number; none?: string[]; listSafe?: boolean };
interface RawTheme {
  threshold?: number;
  soloMin?: number;
  terms?: Record<string, RawTerm>;
  rules?: Array<{ all: string[][]; w: number; none?: string[]; scope?: 'clause' | 'sentence' }>;
  guard?: string[];
}
export interface RawTriggerFile {
  threshold: number;
  article?: { sentences: number; threshold: number };
  evidenceMin: number;
  listFactor: number;
  nameFactor?: number;
  soloMin?: number;
  /** name → regular expression; a word "@name" in terms, rules, none or guard stands for its matches. */
  patterns?: Record<string, string>;
  themes: Record<string, RawTheme>;
}

export function compileThemeRules(raw: RawTriggerFile, file = TRIGGERS_FILE): ThemeRuleSet {
  const known = new Set(loadThemes().map((t) => t.key));
  const nameFactor = raw.nameFactor ?? 1;
  const soloMin = raw.soloMin ?? 0;
  const knobs = [['threshold', raw.threshold], ['evidenceMin', raw.evidenceMin], ['listFactor', raw.listFactor], ['nameFactor', nameFactor], ['soloMin', soloMin]] as const;
  for (const [name, v] of knobs)
    if (typeof v !== 'number' || !(v >= 0 && v <= 1)) throw new ParseError(file, `"${name}" must be a number in [0,1]`);
  const article = raw.article ?? { sentences: Number.POSITIVE_INFINITY, threshold: 0 };
  if (!(Number.isInteger(article.sentences) && article.sentences >= 1) && article.sentences !== Number.POSITIVE_INFINITY)
    throw new ParseError(file, '"article.sentences" must be a whole number of at least 1');
  if (typeof article.threshold !== 'number' || !(article.threshold >= 0 && article.threshold <= 1))
    throw new ParseError(file, '"article.threshold" must be a number in [0,1]');
  const patterns = compilePatterns(raw.patterns ?? {}, file);
  const vocabulary: string[] = [];
  const words = (xs: string[]) =>
    xs.map((w) => {
      if (w.startsWith('@') && !patterns.has(w)) throw new ParseError(file, `unknown pattern "${w}"`);
      vocabulary.push(w);
      return w;
    });
  const staged = Object.entries(raw.themes ?? {}).map(([key, t]) => {
    if (!known.has(key)) throw new ParseError(file, `unknown theme key "${key}"`);
    const terms = Object.entries(t.terms ?? {}).map(([text, v]) => {
      const spec = typeof v === 'number' ? { w: v } : v;
      // a term that is itself an enumeration (省、市、县) is never one item of a list
      const listSafe = spec.listSafe ?? text.includes('、');
      return { text: words([text])[0]!, weight: spec.w, none: words(spec.none ?? []), listSafe };
    });
    const rules = (t.rules ?? []).map((r) => {
      if (!Array.isArray(r.all) || r.all.length === 0 || r.all.some((g) => !Array.isArray(g) || g.length === 0))
        throw new ParseError(file, `theme "${key}": rule "all" must be a list of non-empty word lists`);
      return { all: r.all.map(words), weight: r.w, none: words(r.none ?? []), scope: r.scope ?? 'clause' };
    });
    for (const x of [...terms, ...rules])
      if (typeof x.weight !== 'number' || !(x.weight > 0 && x.weight <= 1))
        throw new ParseError(file, `theme "${key}": weight must be in (0,1]`);
    for (const [name, v] of [['threshold', t.threshold], ['soloMin', t.soloMin]] as const)
      if (v !== undefined && (typeof v !== 'number' || !(v >= 0 && v <= 1)))
        throw new ParseError(file, `theme "${key}": "${name}" must be a number in [0,1]`);
    const threshold = t.threshold ?? raw.threshold;
    return { key, threshold, soloMin: t.soloMin ?? soloMin, terms, rules, guard: words(t.guard ?? []) };
  });
  const missing = [...known].filter((k) => !staged.some((t) => t.key === k));
  if (missing.length > 0) throw new ParseError(file, `no triggers for theme(s) ${missing.join(', ')}`);

  // the classifier's clause layout reads the punctuation from the same pass as the triggers
  const matcher = new SubstringMatcher(vocabulary, patterns, CLAUSE_MARKS);
  const id = (w: string) => matcher.id(w);
  const termsOf: Array<Array<[number, number]>> = matcher.words.map(() => []);
  const rulesOf: Array<Array<[number, number]>> = matcher.words.map(() => []);
  const themes = staged.map((t, ti) => ({
    key: t.key,
    threshold: t.threshold,
    articleThreshold: Math.max(t.threshold, article.threshold),
    soloMin: t.soloMin,
    terms: t.terms.map((x, xi) => {
      termsOf[id(x.text)]!.push([ti, xi]);
      return { word: id(x.text), weight: x.weight, none: x.none.map(id), listSafe: x.listSafe };
    }),
    rules: t.rules.map((r, ri) => {
      for (const w of new Set(r.all.flat())) rulesOf[id(w)]!.push([ti, ri]);
      return { all: r.all.map((g) => g.map(id)), weight: r.weight, none: r.none.map(id), scope: r.scope };
    }),
    guard: t.guard.map(id),
  }));
  return { articleSentences: article.sentences, evidenceMin: raw.evidenceMin, listFactor: raw.listFactor, nameFactor, themes, matcher, termsOf, rulesOf };
}

/** "@name" → its regular expression; one that can match the empty string would fire everywhere. */
function compilePatterns(raw: Record<string, string>, file: string): Map<string, RegExp> {
  const out = new Map<string, RegExp>();
  for (const [name, source] of Object.entries(raw)) {
    let re: RegExp;
    try {
      re = new RegExp(source);
    } catch (err) {
      throw new ParseError(file, `pattern "${name}" is not a regular expression (${(err as Error).message})`);
    }
    if (re.test('')) throw new ParseError(file, `pattern "${name}" matches the empty string`);
    out.set(`@${name}`, re);
  }
  return out;
}

let cache: ThemeRuleSet | null = null;
export function loadThemeRules(): ThemeRuleSet {
  if (!cache) cache = compileThemeRules(JSON.parse(fs.readFileSync(TRIGGERS_FILE, 'utf8')) as RawTriggerFile);
  return cache;
}
