import type { EntityType, ExtractedEntity, Span, ThemeHit } from '@/extract/extraction.types';
import { loadThemeRules, type ThemeRuleSet } from '@/extract/theme/theme.rules';
import type { WordHit } from '@/extract/theme/theme.matcher';

/**
 * Sentence-level trigger scoring, combined per article by noisy-OR: several weak sentences add up,
 * one strong sentence is enough. A sentence weighs its strongest trigger plus a quarter of each
 * further one.
 *
 * Three things say "named in passing" rather than "this is what the article is about":
 * - a trigger that is one item of an enumeration (人口、法人、电子证照等基础数据库) weighs
 *   `listFactor` of its weight — unless another item of the same list carries the same theme
 *   (“一个窗口受理、一站式审批”: then the list is the topic), and never the head noun after 等
 *   (营业执照、社保卡等电子证照);
 * - a trigger that qualifies the name of a system (信用信息共享平台) weighs `nameFactor` of its
 *   weight; one that ends the name says what the system is (浙江政务服务网, 浙里办) and keeps it;
 *   co-occurrence rules ignore words inside system names; words inside names of
 *   agencies, organisations and people do not count at all, so "上海市大数据中心" does not make an
 *   article about data centres;
 * - a theme resting on one sentence needs a trigger of at least its `soloMin` in it: for
 *   data-sharing, one weak clause (某系统与某平台联通) is not what an article is about.
 */
const MASKED: ReadonlySet<EntityType> = new Set<EntityType>(['Agency', 'Organization', 'Person']);
const NAMED: ReadonlySet<EntityType> = new Set<EntityType>(['System']);
/** Where a hit lies with respect to system names. */
const FREE = 0;
const MODIFIER = 1;
const HEAD = 2;
/** Clause boundaries inside a sentence; co-occurrence rules look within one clause by default. */
const BREAK = 1;
const ENUMERATION = 2;
const OPEN = 3;
const CHAR_CLASS = new Uint8Array(0x10000);
for (const c of '，,：:）)—。\n') CHAR_CLASS[c.charCodeAt(0)] = BREAK;
for (const c of '（(') CHAR_CLASS[c.charCodeAt(0)] = OPEN;
CHAR_CLASS['、'.charCodeAt(0)] = ENUMERATION;
/** A parenthesis this short is part of a word (地（市）, 县（区）), not an aside that ends a clause. */
const SHORT_PAREN = 4;
/** Characters allowed between a trigger and the 、 next to it for the trigger to be a list item. */
const ITEM_GAP = 6;
const ETC = '等';
const states = new WeakMap<ThemeRuleSet, SentenceState>();
const EXTRA_SHARE = 0.25;
const MAX_SENTENCE_WEIGHT = 0.95;

export function classifyThemes(
  body: string,
  sentences: Span[],
  entities: ExtractedEntity[],
  rules: ThemeRuleSet = loadThemeRules(),
): ThemeHit[] {
  const masked = coverage(body.length, entities, MASKED);
  const named = coverage(body.length, entities, NAMED);
  const hits = rules.matcher.scan(body).filter((h) => masked.count[h.end] === masked.count[h.start]);
  const inName = Uint8Array.from(hits, (h) =>
    named.count[h.end]! - named.count[h.start]! < h.end - h.start ? FREE : named.ends[h.end] === 1 ? HEAD : MODIFIER,
  );
  const layout = clauses(body);
  let state = states.get(rules);
  if (!state) states.set(rules, (state = new SentenceState(rules)));
  const miss = new Float64Array(rules.themes.length).fill(1);
  const scored: Array<Array<{ span: Span; w: number; top: number }>> = rules.themes.map(() => []);
  let h0 = 0;
  for (const s of sentences) {
    while (h0 < hits.length && hits[h0]!.start < s.start) h0++;
    let h1 = h0;
    while (h1 < hits.length && hits[h1]!.start < s.end) h1++;
    if (h1 === h0) continue;
    const weights = state.weigh(body, { hits, inName, h0, h1 }, s.end, layout);
    for (let ti = 0; ti < weights.length; ti++) {
      const w = weights[ti]!;
      if (w <= 0) continue;
      miss[ti]! *= 1 - w;
      scored[ti]!.push({ span: s, w, top: state.top[ti]! });
    }
    h0 = h1;
  }
  const out: ThemeHit[] = [];
  rules.themes.forEach((theme, ti) => {
    const score = Math.round((1 - miss[ti]!) * 100) / 100;
    if (score < theme.threshold || scored[ti]!.length === 0) return;
    const strong = scored[ti]!.filter((x) => x.w >= rules.evidenceMin);
    if (strong.length < 2 && Math.max(...scored[ti]!.map((x) => x.top)) < theme.soloMin) return;
    const evidence = strong.length > 0 ? strong : [scored[ti]!.reduce((a, b) => (b.w > a.w ? b : a))];
    out.push({ key: theme.key, score, evidence: evidence.map((x) => x.span) });
  });
  return out.sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
}

/**
 * count[i] = characters before offset i covered by a mention of `types`: a hit overlaps a mention
 * iff the count grows, and lies inside one iff it grows by the hit's length; ends[i] = 1 where a
 * mention ends.
 */
function coverage(length: number, entities: ExtractedEntity[], types: ReadonlySet<EntityType>): { count: Int32Array; ends: Uint8Array } {
  const count = new Int32Array(length + 1);
  const ends = new Uint8Array(length + 1);
  for (const e of entities) {
    if (!types.has(e.type)) continue;
    for (const m of e.mentions) {
      for (let i = m.start; i < m.end && i < length; i++) count[i + 1] = 1;
      if (m.end <= length) ends[m.end] = 1;
    }
  }
  for (let i = 1; i <= length; i++) count[i]! += count[i - 1]!;
  return { count, ends };
}

interface Layout {
  /** Clause number of every character. */
  clauseOf: Int32Array;
  /** Per clause: 1 if it contains an enumeration comma 、. */
  listy: Uint8Array;
  /** Offset of the last 、 before offset i in the same clause, -1 if none. */
  prevSep: Int32Array;
  /** Offset of the first 、 at or after offset i in the same clause, -1 if none. */
  nextSep: Int32Array;
}

function clauses(body: string): Layout {
  const n = body.length;
  const clauseOf = new Int32Array(n);
  const prevSep = new Int32Array(n + 1);
  const nextSep = new Int32Array(n + 1).fill(-1);
  const isBreak = new Uint8Array(n + 1);
  isBreak[n] = 1;
  const flags: number[] = [0];
  let c = 0;
  let last = -1;
  let quietUntil = -1;
  for (let i = 0; i < n; i++) {
    prevSep[i] = last;
    let k = i <= quietUntil ? 0 : CHAR_CLASS[body.charCodeAt(i)]!;
    if (k === OPEN) {
      const close = shortParenEnd(body, i);
      if (close > 0) {
        quietUntil = close;
        k = 0;
      } else k = BREAK;
    }
    if (k === BREAK) {
      flags[++c] = 0;
      last = -1;
      isBreak[i] = 1;
    } else if (k === ENUMERATION) {
      flags[c] = 1;
      last = i;
    }
    clauseOf[i] = c;
  }
  prevSep[n] = last;
  let next = -1;
  for (let i = n - 1; i >= 0; i--) {
    if (isBreak[i]) next = -1;
    else if (body[i] === '、') next = i;
    nextSep[i] = next;
  }
  return { clauseOf, listy: Uint8Array.from(flags), prevSep, nextSep };
}

/** Offset of the bracket closing a short parenthesis opened at `open`, or -1. */
function shortParenEnd(body: string, open: number): number {
  for (let j = open + 1; j <= open + SHORT_PAREN + 1 && j < body.length; j++) {
    const ch = body[j]!;
    if (ch === '）' || ch === ')') return j > open + 1 ? j : -1;
    const k = CHAR_CLASS[body.charCodeAt(j)];
    if (k === BREAK || k === OPEN) return -1;
  }
  return -1;
}

interface ListItem {
  item: number;
  clause: number;
}

interface SentenceHits {
  hits: WordHit[];
  /** Per hit: FREE, or inside the name of a system as its HEAD or as a MODIFIER. */
  inName: Uint8Array;
  h0: number;
  h1: number;
}

/**
 * The list item a hit is, or null: it sits within ITEM_GAP characters of a 、 of its clause, and
 * does not follow 等 (X、Y等电子证照: the head noun names the whole list). The item is identified by
 * the offset of the 、 before it (or by its clause when it is the first item).
 */
function itemOf(body: string, h: WordHit, sentenceEnd: number, layout: Layout): number | null {
  const c = layout.clauseOf[h.start]!;
  if (layout.listy[c] !== 1) return null;
  // a term that spans clauses is not one item of a list
  if (layout.clauseOf[Math.min(h.end, sentenceEnd) - 1] !== c) return null;
  const p = layout.prevSep[h.start]!;
  const q = layout.nextSep[h.end]!;
  const before = p >= 0 && h.start - p - 1 <= ITEM_GAP && !body.slice(p + 1, h.start).includes(ETC);
  const after = q >= 0 && q - h.end <= ITEM_GAP;
  if (!before && !after) return null;
  return p >= 0 ? p : -1 - c;
}

/** Scratch arrays reused across the sentences of one article: stamps instead of fresh sets. */
class SentenceState {
  private stamp = 0;
  /** Stamp of the sentence each word was last seen in, and seen outside a system name. */
  private readonly seen: Int32Array;
  private readonly seenFree: Int32Array;
  private readonly termStamp: Int32Array;
  private readonly termBest: Float64Array;
  private readonly termBase: Int32Array;
  private readonly ruleStamp: Int32Array;
  private readonly ruleBase: Int32Array;
  private readonly max: Float64Array;
  private readonly sum: Float64Array;
  /** Per theme: the strongest single trigger of the last sentence weighed. */
  readonly top: Float64Array;

  constructor(private readonly rules: ThemeRuleSet) {
    const n = rules.themes.length;
    this.seen = new Int32Array(rules.matcher.words.length);
    this.seenFree = new Int32Array(rules.matcher.words.length);
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
    this.top = new Float64Array(n);
  }

  weigh(body: string, sh: SentenceHits, sentenceEnd: number, layout: Layout): Float64Array {
    const { rules, seen, seenFree, max, sum } = this;
    const { hits, inName, h0, h1 } = sh;
    const st = ++this.stamp;
    max.fill(0);
    sum.fill(0);
    for (let i = h0; i < h1; i++) {
      seen[hits[i]!.word] = st;
      if (inName[i] === FREE) seenFree[hits[i]!.word] = st;
    }
    const present = (w: number) => seen[w] === st;
    const presentFree = (w: number) => seenFree[w] === st;
    const items = this.listItems(body, sh, sentenceEnd, layout);

    for (let i = h0; i < h1; i++) {
      const h = hits[i]!;
      const c = layout.clauseOf[h.start]!;
      const item = items.get(i);
      for (const [ti, xi] of rules.termsOf[h.word]!) {
        const term = rules.themes[ti]!.terms[xi]!;
        if (term.none.length > 0 && term.none.some(present)) continue;
        let w = term.weight;
        if (item !== undefined && !term.listSafe && !coListed(items, hits, rules, i, ti)) w *= rules.listFactor;
        if (inName[i] === MODIFIER) w *= rules.nameFactor;
        const k = this.termBase[ti]! + xi;
        const old = this.termStamp[k] === st ? this.termBest[k]! : 0;
        if (w <= old) continue;
        this.termStamp[k] = st;
        this.termBest[k] = w;
        sum[ti]! += w - old;
        if (w > max[ti]!) max[ti] = w;
      }
      // a name is one unit (信用信息共享平台): its words do not co-occur with the running text
      if (inName[i] !== FREE) continue;
      for (const [ti, ri] of rules.rulesOf[h.word]!) {
        const k = this.ruleBase[ti]! + ri;
        if (this.ruleStamp[k] === st) continue;
        const rule = rules.themes[ti]!.rules[ri]!;
        // a rule's exclusions look where the rule looks: 用大数据辅助决策 counts beside 大数据产业 in another clause
        const cancelled = rule.scope === 'sentence' ? rule.none.some(present) : hasInClause(sh, layout.clauseOf, c, rule.none, true);
        if (cancelled) continue;
        const inScope = (g: number[]) => (rule.scope === 'sentence' ? g.some(presentFree) : hasInClause(sh, layout.clauseOf, c, g, false));
        if (!rule.all.every(inScope)) continue;
        this.ruleStamp[k] = st;
        sum[ti]! += rule.weight;
        if (rule.weight > max[ti]!) max[ti] = rule.weight;
      }
    }
    rules.themes.forEach((t, ti) => {
      if (max[ti]! > 0 && t.guard.length > 0 && t.guard.some(present)) max[ti] = 0;
      this.top[ti] = max[ti]!;
      max[ti] = max[ti]! > 0 ? Math.min(MAX_SENTENCE_WEIGHT, max[ti]! + (sum[ti]! - max[ti]!) * EXTRA_SHARE) : 0;
    });
    return max;
  }

  /** hit index → list item, for the hits of the sentence that are list items. */
  private listItems(body: string, sh: SentenceHits, sentenceEnd: number, layout: Layout): Map<number, ListItem> {
    const items = new Map<number, ListItem>();
    for (let i = sh.h0; i < sh.h1; i++) {
      const h = sh.hits[i]!;
      const item = itemOf(body, h, sentenceEnd, layout);
      if (item !== null) items.set(i, { item, clause: layout.clauseOf[h.start]! });
    }
    return items;
  }
}

/** Another item of the same list (the same clause) carries theme `ti` too. */
function coListed(items: Map<number, ListItem>, hits: WordHit[], rules: ThemeRuleSet, i: number, ti: number): boolean {
  const own = items.get(i)!;
  for (const [j, other] of items) {
    if (other.clause !== own.clause || other.item === own.item) continue;
    if (rules.termsOf[hits[j]!.word]!.some(([tj]) => tj === ti)) return true;
  }
  return false;
}

function hasInClause(sh: SentenceHits, clauseOf: Int32Array, clause: number, group: number[], inNames: boolean): boolean {
  for (let i = sh.h0; i < sh.h1; i++)
    if ((inNames || sh.inName[i] === FREE) && clauseOf[sh.hits[i]!.start] === clause && group.includes(sh.hits[i]!.word)) return true;
  return false;
}
