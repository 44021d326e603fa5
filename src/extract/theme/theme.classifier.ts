import type { EntityType, ExtractedEntity, Span, ThemeHit } from '@/extract/extraction.types';
import { loadThemeRules, type ThemeRuleSet } from '@/extract/theme/theme.rules';
import type { WordHit } from '@/extract/theme/theme.matcher';

/**
 * Sentence-level trigger scoring, combined per article by noisy-OR: several weak sentences add up,
 * one strong sentence is enough. A sentence weighs its strongest trigger plus a quarter of each
 * further one. A trigger that is one item of an enumeration (人口、法人、电子证照等基础数据库) is
 * discounted by `listFactor`: a list names things in passing, it rarely says what the article is
 * about. Words inside names of agencies, organisations and people do not count, so
 * "电子政务云计算应用技术国家工程实验室" or "上海市大数据中心" do not make an article about cloud
 * platforms or data centres.
 */
const MASKED: ReadonlySet<EntityType> = new Set<EntityType>(['Agency', 'Organization', 'Person']);
/** Clause boundaries inside a sentence; co-occurrence rules look within one clause by default. */
const BREAK = 1;
const ENUMERATION = 2;
const CHAR_CLASS = new Uint8Array(0x10000);
for (const c of '，,：:（）()—。\n') CHAR_CLASS[c.charCodeAt(0)] = BREAK;
CHAR_CLASS['、'.charCodeAt(0)] = ENUMERATION;
const states = new WeakMap<ThemeRuleSet, SentenceState>();
const EXTRA_SHARE = 0.25;
const MAX_SENTENCE_WEIGHT = 0.95;

export function classifyThemes(
  body: string,
  sentences: Span[],
  entities: ExtractedEntity[],
  rules: ThemeRuleSet = loadThemeRules(),
): ThemeHit[] {
  // masked[i] = masked characters before offset i, so a hit overlaps a name iff the count grows
  const masked = new Int32Array(body.length + 1);
  for (const e of entities) {
    if (!MASKED.has(e.type)) continue;
    for (const m of e.mentions) for (let i = m.start; i < m.end && i < body.length; i++) masked[i + 1] = 1;
  }
  for (let i = 1; i <= body.length; i++) masked[i]! += masked[i - 1]!;
  const hits = rules.matcher.scan(body).filter((h) => masked[h.end] === masked[h.start]);
  const { clauseOf, listy } = clauses(body);
  let state = states.get(rules);
  if (!state) states.set(rules, (state = new SentenceState(rules)));
  const miss = new Float64Array(rules.themes.length).fill(1);
  const scored: Array<Array<{ span: Span; w: number }>> = rules.themes.map(() => []);
  let h0 = 0;
  for (const s of sentences) {
    while (h0 < hits.length && hits[h0]!.start < s.start) h0++;
    let h1 = h0;
    while (h1 < hits.length && hits[h1]!.start < s.end) h1++;
    if (h1 === h0) continue;
    const weights = state.weigh(hits, h0, h1, s.end, clauseOf, listy);
    for (let ti = 0; ti < weights.length; ti++) {
      const w = weights[ti]!;
      if (w <= 0) continue;
      miss[ti]! *= 1 - w;
      scored[ti]!.push({ span: s, w });
    }
    h0 = h1;
  }
  const out: ThemeHit[] = [];
  rules.themes.forEach((theme, ti) => {
    const score = Math.round((1 - miss[ti]!) * 100) / 100;
    if (score < theme.threshold || scored[ti]!.length === 0) return;
    const strong = scored[ti]!.filter((x) => x.w >= rules.evidenceMin);
    const evidence = strong.length > 0 ? strong : [scored[ti]!.reduce((a, b) => (b.w > a.w ? b : a))];
    out.push({ key: theme.key, score, evidence: evidence.map((x) => x.span) });
  });
  return out.sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
}

/** Clause number of every character of the body, and whether each clause is an enumeration. */
function clauses(body: string): { clauseOf: Int32Array; listy: Uint8Array } {
  const clauseOf = new Int32Array(body.length);
  const flags: number[] = [0];
  let c = 0;
  for (let i = 0; i < body.length; i++) {
    const k = CHAR_CLASS[body.charCodeAt(i)];
    if (k === BREAK) flags[++c] = 0;
    else if (k === ENUMERATION) flags[c] = 1;
    clauseOf[i] = c;
  }
  return { clauseOf, listy: Uint8Array.from(flags) };
}

/** Scratch arrays reused across the sentences of one article: stamps instead of fresh sets. */
class SentenceState {
  private stamp = 0;
  private readonly seen: Int32Array;
  private readonly termStamp: Int32Array;
  private readonly termBest: Float64Array;
  private readonly termBase: Int32Array;
  private readonly ruleStamp: Int32Array;
  private readonly ruleBase: Int32Array;
  private readonly max: Float64Array;
  private readonly sum: Float64Array;

  constructor(private readonly rules: ThemeRuleSet) {
    const n = rules.themes.length;
    this.seen = new Int32Array(rules.matcher.words.length);
    this.termBase = new Int32Array(n);
    this.ruleBase = new Int32Array(n);
    let terms = 0;
    let rs = 0;
    rules.themes.forEach((t, i) => {
      this.termBase[i] = terms;
      this.ruleBase[i] = rs;
      terms += t.terms.length;
      rs += t.rules.length;
    });
    this.termStamp = new Int32Array(terms);
    this.termBest = new Float64Array(terms);
    this.ruleStamp = new Int32Array(rs);
    this.max = new Float64Array(n);
    this.sum = new Float64Array(n);
  }

  weigh(hits: WordHit[], h0: number, h1: number, sentenceEnd: number, clauseOf: Int32Array, listy: Uint8Array): Float64Array {
    const { rules, seen, max, sum } = this;
    const st = ++this.stamp;
    max.fill(0);
    sum.fill(0);
    for (let i = h0; i < h1; i++) seen[hits[i]!.word] = st;
    const present = (w: number) => seen[w] === st;

    for (let i = h0; i < h1; i++) {
      const h = hits[i]!;
      const c = clauseOf[h.start]!;
      for (const [ti, xi] of rules.termsOf[h.word]!) {
        const term = rules.themes[ti]!.terms[xi]!;
        if (term.none.length > 0 && term.none.some(present)) continue;
        // a term that spans clauses is not one item of a list
        const discounted = listy[c] === 1 && !term.listSafe && clauseOf[Math.min(h.end, sentenceEnd) - 1] === c;
        const w = discounted ? term.weight * rules.listFactor : term.weight;
        const k = this.termBase[ti]! + xi;
        const old = this.termStamp[k] === st ? this.termBest[k]! : 0;
        if (w <= old) continue;
        this.termStamp[k] = st;
        this.termBest[k] = w;
        sum[ti]! += w - old;
        if (w > max[ti]!) max[ti] = w;
      }
      for (const [ti, ri] of rules.rulesOf[h.word]!) {
        const k = this.ruleBase[ti]! + ri;
        if (this.ruleStamp[k] === st) continue;
        const rule = rules.themes[ti]!.rules[ri]!;
        if (rule.none.some(present)) continue;
        const inScope = (g: number[]) =>
          rule.scope === 'sentence' ? g.some(present) : hasInClause(hits, h0, h1, clauseOf, c, g);
        if (!rule.all.every(inScope)) continue;
        this.ruleStamp[k] = st;
        sum[ti]! += rule.weight;
        if (rule.weight > max[ti]!) max[ti] = rule.weight;
      }
    }
    rules.themes.forEach((t, ti) => {
      if (max[ti]! > 0 && t.guard.length > 0 && t.guard.some(present)) max[ti] = 0;
      max[ti] = max[ti]! > 0 ? Math.min(MAX_SENTENCE_WEIGHT, max[ti]! + (sum[ti]! - max[ti]!) * EXTRA_SHARE) : 0;
    });
    return max;
  }
}

function hasInClause(hits: WordHit[], h0: number, h1: number, clauseOf: Int32Array, clause: number, group: number[]): boolean {
  for (let i = h0; i < h1; i++) if (clauseOf[hits[i]!.start] === clause && group.includes(hits[i]!.word)) return true;
  return false;
}
