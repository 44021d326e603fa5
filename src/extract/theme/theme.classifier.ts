import type { EntityType, ExtractedEntity, Span, ThemeHit } from '@/extract/extraction.types';
import { loadThemeRules, type ThemeRuleSet } from '@/extract/theme/theme.rules';
import type { WordHit } from '@/extract/theme/theme.matcher';
import { clauseLayout, listItemOf, type ClauseLayout } from '@/extract/theme/theme.clauses';

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
const states = new WeakMap<ThemeRuleSet, SentenceState>();
const NO_ITEMS: ReadonlyMap<number, ListItem> = new Map();
const EXTRA_SHARE = 0.25;
const MAX_SENTENCE_WEIGHT = 0.95;

export function classifyThemes(
  body: string,
  sentences: Span[],
  entities: ExtractedEntity[],
  rules: ThemeRuleSet = loadThemeRules(),
): ThemeHit[] {
  const masked = coverage(MASKED_BUF, body.length, entities, MASKED);
  const named = coverage(NAMED_BUF, body.length, entities, NAMED);
  const all = rules.matcher.scan(body);
  const hits: WordHit[] = [];
  const inName = new Uint8Array(all.length);
  for (const h of all) {
    if (masked.count[h.end] !== masked.count[h.start]) continue;
    inName[hits.length] = named.count[h.end]! - named.count[h.start]! < h.end - h.start ? FREE : named.ends[h.end] === 1 ? HEAD : MODIFIER;
    hits.push(h);
  }
  const layout = clauseLayout(body);
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
 * mention ends. The arrays live in `buf`, grown to the longest body seen and valid up to `length`
 * until the next call: allocating two body-sized arrays per article cost a fifth of theme time.
 */
interface Coverage {
  count: Int32Array;
  ends: Uint8Array;
}
const MASKED_BUF: Coverage = { count: new Int32Array(0), ends: new Uint8Array(0) };
const NAMED_BUF: Coverage = { count: new Int32Array(0), ends: new Uint8Array(0) };

function coverage(buf: Coverage, length: number, entities: ExtractedEntity[], types: ReadonlySet<EntityType>): Coverage {
  if (buf.count.length < length + 1) {
    buf.count = new Int32Array(length + 1);
    buf.ends = new Uint8Array(length + 1);
  } else {
    buf.count.fill(0, 0, length + 1);
    buf.ends.fill(0, 0, length + 1);
  }
  const { count, ends } = buf;
  for (const e of entities) {
    if (!types.has(e.type)) continue;
    for (const m of e.mentions) {
      for (let i = m.start; i < m.end && i < length; i++) count[i + 1] = 1;
      if (m.end <= length) ends[m.end] = 1;
    }
  }
  for (let i = 1; i <= length; i++) count[i]! += count[i - 1]!;
  return buf;
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

  weigh(body: string, sh: SentenceHits, sentenceEnd: number, layout: ClauseLayout): Float64Array {
    const { rules, seen, seenFree, max, sum } = this;
    const { hits, inName, h0, h1 } = sh;
    const st = ++this.stamp;
    max.fill(0);
    sum.fill(0);
    for (let i = h0; i < h1; i++) {
      seen[hits[i]!.word] = st;
      if (inName[i] === FREE) seenFree[hits[i]!.word] = st;
    }
    const items = this.listItems(body, sh, sentenceEnd, layout);

    for (let i = h0; i < h1; i++) {
      const h = hits[i]!;
      const c = layout.clauseOf[h.start]!;
      const item = items.get(i);
      const termsOf = rules.termsOf[h.word]!;
      for (let t = 0; t < termsOf.length; t++) {
        const ti = termsOf[t]![0];
        const xi = termsOf[t]![1];
        const term = rules.themes[ti]!.terms[xi]!;
        if (term.none.length > 0 && anySeen(term.none, seen, st)) continue;
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
      const rulesOf = rules.rulesOf[h.word]!;
      for (let r = 0; r < rulesOf.length; r++) {
        const ti = rulesOf[r]![0];
        const ri = rulesOf[r]![1];
        const k = this.ruleBase[ti]! + ri;
        if (this.ruleStamp[k] === st) continue;
        const rule = rules.themes[ti]!.rules[ri]!;
        // a rule's exclusions look where the rule looks: 用大数据辅助决策 counts beside 大数据产业 in another clause
        const sentence = rule.scope === 'sentence';
        const cancelled = sentence ? anySeen(rule.none, seen, st) : hasInClause(sh, layout.clauseOf, c, rule.none, true);
        if (cancelled) continue;
        let all = true;
        for (let g = 0; g < rule.all.length && all; g++) {
          const group = rule.all[g]!;
          all = sentence ? anySeen(group, seenFree, st) : hasInClause(sh, layout.clauseOf, c, group, false);
        }
        if (!all) continue;
        this.ruleStamp[k] = st;
        sum[ti]! += rule.weight;
        if (rule.weight > max[ti]!) max[ti] = rule.weight;
      }
    }
    for (let ti = 0; ti < rules.themes.length; ti++) {
      const t = rules.themes[ti]!;
      if (max[ti]! > 0 && t.guard.length > 0 && anySeen(t.guard, seen, st)) max[ti] = 0;
      this.top[ti] = max[ti]!;
      max[ti] = max[ti]! > 0 ? Math.min(MAX_SENTENCE_WEIGHT, max[ti]! + (sum[ti]! - max[ti]!) * EXTRA_SHARE) : 0;
    }
    return max;
  }

  /** hit index → list item, for the hits of the sentence that are list items. */
  private listItems(body: string, sh: SentenceHits, sentenceEnd: number, layout: ClauseLayout): ReadonlyMap<number, ListItem> {
    let items: Map<number, ListItem> | null = null;
    for (let i = sh.h0; i < sh.h1; i++) {
      const h = sh.hits[i]!;
      const item = listItemOf(body, h, sentenceEnd, layout);
      if (item !== null) (items ??= new Map()).set(i, { item, clause: layout.clauseOf[h.start]! });
    }
    return items ?? NO_ITEMS;
  }
}

/** Another item of the same list (the same clause) carries theme `ti` too. */
function coListed(items: ReadonlyMap<number, ListItem>, hits: WordHit[], rules: ThemeRuleSet, i: number, ti: number): boolean {
  const own = items.get(i)!;
  for (const [j, other] of items) {
    if (other.clause !== own.clause || other.item === own.item) continue;
    if (rules.termsOf[hits[j]!.word]!.some(([tj]) => tj === ti)) return true;
  }
  return false;
}

/** Some word of `words` was seen in this sentence (stamp `st`): a loop, as weigh runs per sentence and per hit. */
function anySeen(words: readonly number[], seen: Int32Array, st: number): boolean {
  for (let i = 0; i < words.length; i++) if (seen[words[i]!] === st) return true;
  return false;
}

function hasInClause(sh: SentenceHits, clauseOf: Int32Array, clause: number, group: number[], inNames: boolean): boolean {
  for (let i = sh.h0; i < sh.h1; i++)
    if ((inNames || sh.inName[i] === FREE) && clauseOf[sh.hits[i]!.start] === clause && group.includes(sh.hits[i]!.word)) return true;
  return false;
}
