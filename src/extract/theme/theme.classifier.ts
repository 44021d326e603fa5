import type { EntityType, ExtractedEntity, Span, ThemeHit } from '@/extract/extraction.types';
import { loadThemeRules, type ThemeRuleSet } from '@/extract/theme/theme.rules';
import type { WordHits } from '@/extract/theme/theme.matcher';
import { compileWeighTables, type WeighTables } from '@/extract/theme/theme.tables';
import { CLAUSE_MARKS, clauseLayout, clausesAt, listItemOf, type ClauseLayout } from '@/extract/theme/theme.clauses';
import { ArticleScores } from '@/extract/theme/theme.scores';
import { PatternGate } from '@/extract/theme/theme.patterns';

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
const EXTRA_SHARE = 0.25;
const MAX_SENTENCE_WEIGHT = 0.95;

export function classifyThemes(
  body: string,
  sentences: Span[],
  entities: ExtractedEntity[],
  rules: ThemeRuleSet = loadThemeRules(),
): ThemeHit[] {
  const marks = markMentions(body.length, entities);
  let state = states.get(rules);
  if (!state) states.set(rules, (state = new SentenceState(rules)));
  const hits = rules.matcher.scanWords(body);
  state.patterns.see(hits);
  rules.matcher.addPatterns(body, hits, state.wantPattern);
  const inName = state.hitBuffers(hits.length);
  // drop the hits inside masked names, compacting the scan's own buffer in place
  let kept = 0;
  hitLoop: for (let i = 0; i < hits.length; i++) {
    const start = hits.start[i]!;
    const end = hits.end[i]!;
    let allNamed = true;
    for (let j = start; j < end; j++) {
      if ((marks[j]! & IN_MASKED) !== 0) continue hitLoop;
      if ((marks[j]! & IN_NAME) === 0) allNamed = false;
    }
    inName[kept] = !allNamed ? FREE : (marks[end]! & NAME_END) !== 0 ? HEAD : MODIFIER;
    hits.word[kept] = hits.word[i]!;
    hits.start[kept] = start;
    hits.end[kept] = end;
    kept++;
  }
  hits.length = kept;
  // the scan reports the clause marks when its matcher was built to (compileThemeRules)
  const layout = rules.matcher.delimiterChars === CLAUSE_MARKS ? clauseLayout(body, rules.matcher.delimiters()) : clauseLayout(body);
  clausesAt(layout, hits.start, kept, state.hitClause);
  const scores = state.scores;
  scores.begin();
  let h0 = 0;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    while (h0 < hits.length && hits.start[h0]! < s.start) h0++;
    let h1 = h0;
    while (h1 < hits.length && hits.start[h1]! < s.end) h1++;
    if (h1 === h0) continue;
    const weights = state.weigh(body, hits, h0, h1, s.end, layout);
    for (let x = 0; x < state.touchedCount; x++) {
      const ti = state.touched[x]!;
      const w = weights[ti]!;
      if (w > 0) scores.add(ti, si, w, state.top[ti]!);
    }
    h0 = h1;
  }
  return scores.hits(rules, sentences);
}

/**
 * Per offset of the body: IN_MASKED / IN_NAME if a mention of an agency, organisation or person /
 * of a system covers that character, NAME_END if a system mention ends there. One byte array,
 * grown to the longest body seen and valid up to `length` until the next call: hits are a few
 * characters long and read their own bytes, where per-type prefix counts over the whole body
 * took two passes and four body-sized arrays.
 */
const IN_MASKED = 1;
const IN_NAME = 2;
const NAME_END = 4;
let marksBuf = new Uint8Array(0);

function markMentions(length: number, entities: ExtractedEntity[]): Uint8Array {
  if (marksBuf.length < length + 1) marksBuf = new Uint8Array(length + 1);
  else marksBuf.fill(0, 0, length + 1);
  const marks = marksBuf;
  for (const e of entities) {
    const bit = MASKED.has(e.type) ? IN_MASKED : NAMED.has(e.type) ? IN_NAME : 0;
    if (bit === 0) continue;
    for (const m of e.mentions) {
      for (let i = m.start; i < m.end && i < length; i++) marks[i]! |= bit;
      if (bit === IN_NAME && m.end <= length) marks[m.end]! |= NAME_END;
    }
  }
  return marks;
}

/** Scratch arrays reused across the sentences of one article: stamps instead of fresh sets. */
class SentenceState {
  private readonly t: WeighTables;
  private stamp = 0;
  /** Stamp of the sentence each word was last seen in. */
  private readonly seen: Int32Array;
  /**
   * Per rule word list: stamp of the sentence it was last seen in, or of the clause for a list of
   * a clause rule (a list is read at its rule's level only, see WeighTables). Hits are ordered by
   * start, so a clause's hits are consecutive and are stamped once when the walk enters the clause,
   * instead of rescanning the sentence per rule.
   */
  private readonly listSeen: Int32Array;
  private clauseStamp = 0;
  /** Per term: stamp of the sentence it last counted in, and its best weight there. */
  private readonly termStamp: Int32Array;
  private readonly termBest: Float64Array;
  /** Per rule: stamp of the sentence it last fired in. */
  private readonly ruleStamp: Int32Array;
  private readonly max: Float64Array;
  private readonly sum: Float64Array;
  /** Per hit of the article: FREE, or inside the name of a system as its HEAD or as a MODIFIER. */
  private inName = new Uint8Array(0);
  /** Per hit of the article: its clause. */
  hitClause = new Int32Array(0);
  /** Per hit of the current sentence: 1 if it is a list item, with the item's id (see listItemOf). */
  private listed = new Uint8Array(0);
  private item = new Int32Array(0);
  /** Per theme: the strongest single trigger of the last sentence weighed. */
  readonly top: Float64Array;
  /**
   * The themes some trigger of the last sentence weighed counts for, in touched[0 .. touchedCount):
   * a sentence touches one or two of the themes, and resetting and summing all of them per
   * sentence was a fifth of the walk. Their max and sum are reset when first touched.
   */
  readonly touched: Int32Array;
  touchedCount = 0;
  private readonly themeStamp: Int32Array;
  readonly scores: ArticleScores;
  readonly patterns: PatternGate;
  readonly wantPattern: (word: number) => boolean;

  constructor(rules: ThemeRuleSet) {
    const t = (this.t = compileWeighTables(rules));
    this.seen = new Int32Array(rules.matcher.words.length);
    this.listSeen = new Int32Array(t.listCount);
    this.termStamp = new Int32Array(t.termWeight.length);
    this.termBest = new Float64Array(t.termWeight.length);
    this.ruleStamp = new Int32Array(t.ruleWeight.length);
    this.max = new Float64Array(t.themes);
    this.sum = new Float64Array(t.themes);
    this.top = new Float64Array(t.themes);
    this.touched = new Int32Array(t.themes);
    this.themeStamp = new Int32Array(t.themes);
    this.scores = new ArticleScores(rules);
    const patterns = (this.patterns = new PatternGate(rules));
    this.wantPattern = (word) => patterns.wants(word);
  }

  /** Per-hit arrays for an article of `count` hits; returns the inName array for the caller to fill. */
  hitBuffers(count: number): Uint8Array {
    if (this.inName.length < count) {
      this.inName = new Uint8Array(count);
      this.hitClause = new Int32Array(count);
      this.listed = new Uint8Array(count);
      this.item = new Int32Array(count);
    }
    return this.inName;
  }

  weigh(body: string, hits: WordHits, h0: number, h1: number, sentenceEnd: number, layout: ClauseLayout): Float64Array {
    const { t, seen, listSeen, termStamp, termBest, ruleStamp, inName, hitClause, listed, item, max, sum } = this;
    const { clauseListFrom, clauseListIds, sentenceListFrom, sentenceListIds, listIsNone, termFrom } = t;
    const word = hits.word;
    const st = ++this.stamp;
    this.touchedCount = 0;
    let anyListed = false;
    for (let i = h0; i < h1; i++) {
      const wi = word[i]!;
      seen[wi] = st;
      const free = inName[i] === FREE;
      for (let l = sentenceListFrom[wi]!; l < sentenceListFrom[wi + 1]!; l++) {
        const list = sentenceListIds[l]!;
        if (free || listIsNone[list] === 1) listSeen[list] = st;
      }
      // being an item only changes the weight of a term, and only a term can be a co-listed item:
      // the words that are not terms (most hits: 数据, 服务, 平台 for the rules) need no look
      listed[i] = 0;
      if (termFrom[wi] === termFrom[wi + 1] || layout.listy[hitClause[i]!] !== 1) continue;
      const it = listItemOf(body, hits.start[i]!, hits.end[i]!, sentenceEnd, layout, hitClause[i]!);
      if (it === null) continue;
      listed[i] = 1;
      item[i] = it;
      anyListed = true;
    }

    let clause = -1;
    let cst = 0;
    for (let i = h0; i < h1; i++) {
      const wi = word[i]!;
      const c = hitClause[i]!;
      if (c !== clause) {
        clause = c;
        cst = ++this.clauseStamp;
        for (let j = i; j < h1 && hitClause[j] === c; j++) {
          const wj = word[j]!;
          const free = inName[j] === FREE;
          for (let l = clauseListFrom[wj]!; l < clauseListFrom[wj + 1]!; l++) {
            const list = clauseListIds[l]!;
            if (free || listIsNone[list] === 1) listSeen[list] = cst;
          }
        }
      }
      const isItem = anyListed && listed[i] === 1;
      for (let x = t.termFrom[wi]!; x < t.termFrom[wi + 1]!; x++) {
        const k = t.termIds[x]!;
        const ti = t.termTheme[k]!;
        if (anySeen(t.noneIds, t.noneFrom[k]!, t.noneFrom[k + 1]!, seen, st)) continue;
        let w = t.termWeight[k]!;
        if (isItem && t.termListSafe[k] === 0 && !this.coListed(hits, h0, h1, i, ti)) w *= t.listFactor;
        if (inName[i] === MODIFIER) w *= t.nameFactor;
        const old = termStamp[k] === st ? termBest[k]! : 0;
        if (w <= old) continue;
        termStamp[k] = st;
        termBest[k] = w;
        this.touch(ti, st);
        sum[ti]! += w - old;
        if (w > max[ti]!) max[ti] = w;
      }
      // a name is one unit (信用信息共享平台): its words do not co-occur with the running text
      if (inName[i] !== FREE) continue;
      for (let r = t.ruleFrom[wi]!; r < t.ruleFrom[wi + 1]!; r++) {
        const k = t.ruleIds[r]!;
        if (ruleStamp[k] === st) continue;
        // a rule's exclusions look where the rule looks: 用大数据辅助决策 counts beside 大数据产业 in another clause
        const sentence = t.ruleSentence[k] === 1;
        const at = sentence ? st : cst;
        const none = t.ruleNone[k]!;
        if (none >= 0 && listSeen[none] === at) continue;
        let all = true;
        for (let a = t.allFrom[k]!; a < t.allFrom[k + 1]! && all; a++) all = listSeen[t.allIds[a]!] === at;
        if (!all) continue;
        ruleStamp[k] = st;
        const ti = t.ruleTheme[k]!;
        const weight = t.ruleWeight[k]!;
        this.touch(ti, st);
        sum[ti]! += weight;
        if (weight > max[ti]!) max[ti] = weight;
      }
    }
    for (let x = 0; x < this.touchedCount; x++) {
      const ti = this.touched[x]!;
      if (max[ti]! > 0 && anySeen(t.guardIds, t.guardFrom[ti]!, t.guardFrom[ti + 1]!, seen, st)) max[ti] = 0;
      this.top[ti] = max[ti]!;
      max[ti] = max[ti]! > 0 ? Math.min(MAX_SENTENCE_WEIGHT, max[ti]! + (sum[ti]! - max[ti]!) * EXTRA_SHARE) : 0;
    }
    return max;
  }

  private touch(ti: number, st: number): void {
    if (this.themeStamp[ti] === st) return;
    this.themeStamp[ti] = st;
    this.max[ti] = 0;
    this.sum[ti] = 0;
    this.touched[this.touchedCount++] = ti;
  }

  /** Another item of the same list (the clause of hit `i`) carries theme `ti` too. */
  private coListed(hits: WordHits, h0: number, h1: number, i: number, ti: number): boolean {
    const { themes, wordTheme } = this.t;
    const c = this.hitClause[i];
    for (let j = h0; j < h1; j++) {
      if (this.listed[j] !== 1 || this.item[j] === this.item[i] || this.hitClause[j] !== c) continue;
      if (wordTheme[hits.word[j]! * themes + ti] === 1) return true;
    }
    return false;
  }
}

/** Some word of ids[from .. to) was seen (stamp `st`). */
function anySeen(ids: Int32Array, from: number, to: number, seen: Int32Array, st: number): boolean {
  for (let i = from; i < to; i++) if (seen[ids[i]!] === st) return true;
  return false;
}
