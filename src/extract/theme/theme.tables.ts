import type { ThemeRuleSet } from '@/extract/theme/theme.rules';

/**
 * The rule set as flat typed arrays, for the classifier's walk over the hits of each sentence.
 *
 * Why: the walk looks up, per hit, the terms and rules of the hit's word. As objects (arrays of
 * [theme, term] pairs, term and rule objects, word lists) those lookups chase pointers across the
 * heap, and in the extraction pipeline, where segmentation runs between two articles and evicts
 * the caches, they were mostly cache misses: the walk took twice as long there as on its own.
 * Offsets into a few small arrays stay in a handful of cache lines.
 *
 * Rows of variable length are CSR: row r is ids[from[r] .. from[r + 1]).
 * Terms are numbered theme by theme (termBase[ti] + index in the theme), rules likewise.
 * Every word list of a rule (each group of `all`, and `none`) gets a list id, and each word knows
 * the lists holding it: the walk stamps a list as seen when one of its words occurs, so "some word
 * of this list is in the sentence (clause)" is one compare instead of a scan of the list. A list
 * is read at one level only, that of its rule, and a group of `all` only counts hits outside
 * names: the walk stamps each list at its level, for the hits that count for it, and nothing else.
 */
export interface WeighTables {
  themes: number;
  listFactor: number;
  nameFactor: number;
  /** Per word: its terms, in termsOf order. */
  termFrom: Int32Array;
  termIds: Int32Array;
  /** Per term: theme, weight, 1 if list-safe, and the words cancelling it (CSR). */
  termTheme: Int32Array;
  termWeight: Float64Array;
  termListSafe: Uint8Array;
  noneFrom: Int32Array;
  noneIds: Int32Array;
  listCount: number;
  /** Per word: ids of the word lists of clause rules holding it, and of sentence rules. */
  clauseListFrom: Int32Array;
  clauseListIds: Int32Array;
  sentenceListFrom: Int32Array;
  sentenceListIds: Int32Array;
  /** Per list: 1 if it is a rule's `none` (every hit counts), 0 for a group of `all` (hits outside names count). */
  listIsNone: Uint8Array;
  /** Per word: the rules it may satisfy, in rulesOf order. */
  ruleFrom: Int32Array;
  ruleIds: Int32Array;
  /** Per rule: its `all` lists (CSR), its `none` list or -1, 1 if it looks at the whole sentence, theme, weight. */
  allFrom: Int32Array;
  allIds: Int32Array;
  ruleNone: Int32Array;
  ruleSentence: Uint8Array;
  ruleTheme: Int32Array;
  ruleWeight: Float64Array;
  /** Per theme: the words whose presence voids the sentence for it. */
  guardFrom: Int32Array;
  guardIds: Int32Array;
  /** wordTheme[word * themes + ti] = 1 if the word is a term of theme ti. */
  wordTheme: Uint8Array;
}

export function compileWeighTables(rules: ThemeRuleSet): WeighTables {
  const words = rules.matcher.words.length;
  const themes = rules.themes.length;
  const termBase: number[] = [];
  const ruleBase: number[] = [];
  const terms = { theme: [] as number[], weight: [] as number[], listSafe: [] as number[], none: [] as number[][] };
  const listsOf = { clause: Array.from({ length: words }, (): number[] => []), sentence: Array.from({ length: words }, (): number[] => []) };
  const listIsNone: number[] = [];
  const rls = { all: [] as number[][], none: [] as number[], sentence: [] as number[], theme: [] as number[], weight: [] as number[] };
  const addList = (list: readonly number[], scope: 'clause' | 'sentence', isNone: boolean) => {
    const id = listIsNone.length;
    listIsNone.push(isNone ? 1 : 0);
    for (const w of new Set(list)) listsOf[scope][w]!.push(id);
    return id;
  };
  rules.themes.forEach((t, ti) => {
    termBase.push(terms.theme.length);
    for (const x of t.terms) {
      terms.theme.push(ti);
      terms.weight.push(x.weight);
      terms.listSafe.push(x.listSafe ? 1 : 0);
      terms.none.push(x.none);
    }
    ruleBase.push(rls.all.length);
    for (const r of t.rules) {
      rls.all.push(r.all.map((group) => addList(group, r.scope, false)));
      rls.none.push(r.none.length > 0 ? addList(r.none, r.scope, true) : -1);
      rls.sentence.push(r.scope === 'sentence' ? 1 : 0);
      rls.theme.push(ti);
      rls.weight.push(r.weight);
    }
  });
  const wordTheme = new Uint8Array(words * themes);
  rules.termsOf.forEach((pairs, w) => {
    for (const [ti] of pairs) wordTheme[w * themes + ti] = 1;
  });
  const termsByWord = csr(rules.termsOf.map((pairs) => pairs.map(([ti, xi]) => termBase[ti]! + xi)));
  const none = csr(terms.none);
  const clauseLists = csr(listsOf.clause);
  const sentenceLists = csr(listsOf.sentence);
  const rulesByWord = csr(rules.rulesOf.map((pairs) => pairs.map(([ti, ri]) => ruleBase[ti]! + ri)));
  const all = csr(rls.all);
  const guard = csr(rules.themes.map((t) => t.guard));
  return {
    themes,
    listFactor: rules.listFactor,
    nameFactor: rules.nameFactor,
    termFrom: termsByWord.from,
    termIds: termsByWord.ids,
    termTheme: Int32Array.from(terms.theme),
    termWeight: Float64Array.from(terms.weight),
    termListSafe: Uint8Array.from(terms.listSafe),
    noneFrom: none.from,
    noneIds: none.ids,
    listCount: listIsNone.length,
    clauseListFrom: clauseLists.from,
    clauseListIds: clauseLists.ids,
    sentenceListFrom: sentenceLists.from,
    sentenceListIds: sentenceLists.ids,
    listIsNone: Uint8Array.from(listIsNone),
    ruleFrom: rulesByWord.from,
    ruleIds: rulesByWord.ids,
    allFrom: all.from,
    allIds: all.ids,
    ruleNone: Int32Array.from(rls.none),
    ruleSentence: Uint8Array.from(rls.sentence),
    ruleTheme: Int32Array.from(rls.theme),
    ruleWeight: Float64Array.from(rls.weight),
    guardFrom: guard.from,
    guardIds: guard.ids,
    wordTheme,
  };
}

/** Rows of numbers as one flat array with offsets. */
function csr(rows: readonly (readonly number[])[]): { from: Int32Array; ids: Int32Array } {
  const from = new Int32Array(rows.length + 1);
  rows.forEach((row, i) => (from[i + 1] = from[i]! + row.length));
  const ids = new Int32Array(from[rows.length]!);
  rows.forEach((row, i) => ids.set(row, from[i]!));
  return { from, ids };
}
