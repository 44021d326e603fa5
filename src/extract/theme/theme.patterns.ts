import type { ThemeRuleSet } from '@/extract/theme/theme.rules';
import type { WordHits } from '@/extract/theme/theme.matcher';

/**
 * Whether a pattern word (an "@name" regular expression of triggers.json) can change the themes of
 * a text, judged from its literal hits before the pattern is run: in the extraction pipeline the
 * regular expression cost as much per article as the whole trie scan, and a pattern typically
 * serves one co-occurrence rule.
 *
 * A pattern that is a term, cancels a term, or guards a theme is always matched. One that only
 * takes part in rules (in a word list of `all`, or in `none`) matters only in a text where one of
 * those rules can fire: where every word list of the rule that holds no pattern has a hit. In any
 * other text its hits would only stamp lists that no firing rule reads, so skipping it leaves the
 * output unchanged. Hits inside masked names still count as present here: the test only has to
 * be necessary, never sufficient.
 */
export class PatternGate {
  /** Pattern word → per rule it takes part in, the literal word lists that must all have a hit. */
  private readonly rulesOf = new Map<number, number[][][]>();
  /** Stamp of the text each word last had a literal hit in. */
  private readonly present: Int32Array;
  private stamp = 0;

  constructor(rules: ThemeRuleSet) {
    const { matcher } = rules;
    this.present = new Int32Array(matcher.words.length);
    const always = new Set<number>();
    for (const t of rules.themes) {
      for (const x of t.terms) for (const w of [x.word, ...x.none]) always.add(w);
      for (const w of t.guard) always.add(w);
    }
    for (const t of rules.themes)
      for (const r of t.rules) {
        const required = r.all.filter((list) => !list.some((w) => matcher.isPattern(w)));
        for (const w of new Set([...r.all.flat(), ...r.none])) {
          if (!matcher.isPattern(w) || always.has(w)) continue;
          if (!this.rulesOf.has(w)) this.rulesOf.set(w, []);
          this.rulesOf.get(w)!.push(required);
        }
      }
  }

  /** Takes the literal hits of the next text (SubstringMatcher.scanWords) that `wants` will judge. */
  see(literal: WordHits): void {
    if (this.rulesOf.size === 0) return;
    const st = ++this.stamp;
    for (let i = 0; i < literal.length; i++) this.present[literal.word[i]!] = st;
  }

  /** Whether pattern `word` is worth matching in the text last seen. */
  wants(word: number): boolean {
    const rules = this.rulesOf.get(word);
    if (rules === undefined) return true;
    const st = this.stamp;
    return rules.some((lists) => lists.every((list) => list.some((w) => this.present[w] === st)));
  }
}
