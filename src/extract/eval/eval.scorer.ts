import { ENTITY_TYPES, type EntityType } from '@/extract/extraction.types';

/**
 * Scores `extract` contract output against hand-written gold (test/fixtures/gold/GUIDELINES.md).
 * Pure: no I/O, so the matching rules are unit-tested on their own.
 */

export interface GoldEntity {
  type: EntityType;
  name: string;
  code?: string;
  aliases?: string[];
  titleOnly?: boolean;
}
export interface RefLike {
  type: EntityType;
  name: string;
  code?: string;
}
export interface GoldRelation {
  type: string;
  from: RefLike;
  to: RefLike;
}
export interface GoldMetric {
  name: string;
  value: number;
  unit: string;
}
export interface GoldArticle {
  number?: number;
  file?: string;
  title: string;
  source?: string | null;
  entities: GoldEntity[];
  relations: GoldRelation[];
  themes: string[];
  metrics: GoldMetric[];
}

/** The subset of one contract article the scorer reads. */
export interface PredArticle {
  title: string;
  source?: string | null;
  entities: Array<{ type: string; name: string; code?: string; aliases?: string[] }>;
  relations: Array<{ type: string; from: { type: string; name: string; code?: string }; to: { type: string; name: string; code?: string } }>;
  themes: Array<{ key: string; score?: number }>;
  metrics: Array<{ name: string; value: number; unit: string }>;
}

export const CATEGORIES = [...ENTITY_TYPES, 'named', 'relations', 'themes', 'metrics', 'source'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface CategoryResult extends Counts {
  /** Gold items not found, as short labels. */
  missed: string[];
  /** Predicted items with no gold counterpart. */
  spurious: string[];
}
export type ArticleScore = Record<Category, CategoryResult>;

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

const QUOTES = /[\s“”"'‘’「」『』《》〈〉<>·•【】\[\]()（）]/g;

/** NFKC folds full-width Latin and digits; quotes, brackets and spaces never distinguish names. */
export function normaliseName(s: string): string {
  return s.normalize('NFKC').replace(QUOTES, '').toLowerCase();
}

const LEVEL_PREFIX = /^(?:自治区|省|市|区|县)(?=.{3,})/;

/** Every form a name can be matched by: as is, and without a leading region name of the article. */
function nameKeys(names: string[], regionPrefixes: string[]): Set<string> {
  const keys = new Set<string>();
  for (const raw of names) {
    const n = normaliseName(raw);
    if (!n) continue;
    keys.add(n);
    let stripped = n;
    for (const p of regionPrefixes) {
      if (stripped.startsWith(p) && stripped.length > p.length + 1) {
        stripped = stripped.slice(p.length);
        break;
      }
    }
    stripped = stripped.replace(LEVEL_PREFIX, '');
    keys.add(stripped);
  }
  return keys;
}

function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

interface Item {
  type: string;
  code?: string;
  exact: string;
  keys: Set<string>;
  label: string;
}

function entityItem(e: { type: string; name: string; code?: string; aliases?: string[] }, prefixes: string[]): Item {
  return {
    type: e.type,
    code: e.code,
    exact: normaliseName(e.name),
    keys: nameKeys([e.name, ...(e.aliases ?? [])], prefixes),
    label: e.code ? `${e.name}(${e.code})` : e.name,
  };
}

function sameEntity(g: Item, p: Item, exactOnly: boolean): boolean {
  if (g.type !== p.type) return false;
  if (g.type === 'Region' && g.code && p.code) return g.code === p.code;
  return exactOnly ? g.exact === p.exact : intersects(g.keys, p.keys);
}

/** One-to-one matching: exact names first, so an alias never steals the partner of an exact match. */
function match<G, P>(gold: G[], pred: P[], passes: Array<(g: G, p: P) => boolean>): { pairs: Array<[number, number]>; freeG: number[]; freeP: number[] } {
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const same of passes) {
    gold.forEach((g, gi) => {
      if (usedG.has(gi)) return;
      const pi = pred.findIndex((p, i) => !usedP.has(i) && same(g, p));
      if (pi < 0) return;
      usedG.add(gi);
      usedP.add(pi);
      pairs.push([gi, pi]);
    });
  }
  return {
    pairs,
    freeG: gold.map((_, i) => i).filter((i) => !usedG.has(i)),
    freeP: pred.map((_, i) => i).filter((i) => !usedP.has(i)),
  };
}

function result<G, P>(gold: G[], pred: P[], m: ReturnType<typeof match<G, P>>, label: (x: G | P) => string): CategoryResult {
  return {
    tp: m.pairs.length,
    fp: m.freeP.length,
    fn: m.freeG.length,
    missed: m.freeG.map((i) => label(gold[i]!)),
    spurious: m.freeP.map((i) => label(pred[i]!)),
  };
}

function regionPrefixes(entities: Array<{ type: string; name: string; aliases?: string[] }>): string[] {
  const out = new Set<string>();
  for (const e of entities) {
    if (e.type !== 'Region') continue;
    for (const n of [e.name, ...(e.aliases ?? [])]) if (normaliseName(n).length >= 2) out.add(normaliseName(n));
  }
  return [...out].sort((a, b) => b.length - a.length);
}

const ABS_TOL = 1e-9;
const sameValue = (a: number, b: number) => Math.abs(a - b) <= Math.max(ABS_TOL, Math.abs(b) * 1e-6);
const normUnit = (u: string) => u.normalize('NFKC').trim();

export function scoreArticle(gold: GoldArticle, pred: PredArticle): ArticleScore {
  const prefixes = regionPrefixes([...gold.entities, ...pred.entities]);
  const gItems = gold.entities.map((e) => entityItem(e, prefixes));
  const pItems = pred.entities.filter((e) => (ENTITY_TYPES as readonly string[]).includes(e.type)).map((e) => entityItem(e, prefixes));
  const out = {} as ArticleScore;
  const named: CategoryResult = { tp: 0, fp: 0, fn: 0, missed: [], spurious: [] };
  for (const type of ENTITY_TYPES) {
    const g = gItems.filter((x) => x.type === type);
    const p = pItems.filter((x) => x.type === type);
    const m = match(g, p, [(a, b) => sameEntity(a, b, true), (a, b) => sameEntity(a, b, false)]);
    out[type] = result(g, p, m, (x) => x.label);
    if (type !== 'Region') {
      named.tp += out[type].tp;
      named.fp += out[type].fp;
      named.fn += out[type].fn;
      named.missed.push(...out[type].missed.map((s) => `${type}:${s}`));
      named.spurious.push(...out[type].spurious.map((s) => `${type}:${s}`));
    }
  }
  out.named = named;

  // Endpoints resolve through the article's own entity lists so aliases count on both sides.
  const endpoint = (ref: RefLike | PredArticle['relations'][number]['from'], items: Item[]): Item => {
    const own = entityItem(ref as RefLike, prefixes);
    return items.find((x) => sameEntity(x, own, true)) ?? own;
  };
  const gRel = gold.relations.map((r) => ({ type: r.type, from: endpoint(r.from, gItems), to: endpoint(r.to, gItems), label: `${r.type} ${r.from.name}→${r.to.name}` }));
  const pRel = pred.relations.map((r) => ({ type: r.type, from: endpoint(r.from, pItems), to: endpoint(r.to, pItems), label: `${r.type} ${r.from.name}→${r.to.name}` }));
  const relSame = (exact: boolean) => (g: (typeof gRel)[number], p: (typeof pRel)[number]) =>
    g.type === p.type && sameEntity(g.from, p.from, exact) && sameEntity(g.to, p.to, exact);
  out.relations = result(gRel, pRel, match(gRel, pRel, [relSame(true), relSame(false)]), (x) => x.label);

  const gThemes = [...new Set(gold.themes)];
  const pThemes = [...new Set(pred.themes.map((t) => t.key))];
  out.themes = result(gThemes, pThemes, match(gThemes, pThemes, [(a, b) => a === b]), (x) => x);

  const metricSame = (g: GoldMetric, p: PredArticle['metrics'][number]) => sameValue(p.value, g.value) && normUnit(p.unit) === normUnit(g.unit);
  out.metrics = result(gold.metrics, pred.metrics, match(gold.metrics, pred.metrics, [metricSame]), (x) => `${x.value}${x.unit}(${x.name})`);

  const gs = gold.source ? normaliseName(gold.source) : null;
  const ps = pred.source ? normaliseName(pred.source) : null;
  out.source = {
    tp: gs && gs === ps ? 1 : 0,
    fp: ps && gs !== ps ? 1 : 0,
    fn: gs && gs !== ps ? 1 : 0,
    missed: gs && gs !== ps ? [gold.source!] : [],
    spurious: ps && gs !== ps ? [pred.source!] : [],
  };
  return out;
}

/** Micro-averaged totals over articles. */
export function sumScores(scores: ArticleScore[]): Record<Category, Counts & Prf> {
  const out = {} as Record<Category, Counts & Prf>;
  for (const c of CATEGORIES) {
    const tot = { tp: 0, fp: 0, fn: 0 };
    for (const s of scores) {
      tot.tp += s[c].tp;
      tot.fp += s[c].fp;
      tot.fn += s[c].fn;
    }
    out[c] = { ...tot, ...prf(tot) };
  }
  return out;
}
