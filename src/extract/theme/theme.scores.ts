import type { Span, ThemeHit } from '@/extract/extraction.types';
import type { ThemeRuleSet } from '@/extract/theme/theme.rules';

/**
 * The sentences that counted for each theme of one article, combined by noisy-OR, and the themes
 * the article ends up with (see classifyThemes for the rules).
 *
 * One instance per rule set, reused article after article: the counted sentences are parallel
 * typed arrays (theme, sentence index, weight, strongest trigger), where an object per counted
 * sentence, an array per theme and a score array per article were garbage of every article.
 */
export class ArticleScores {
  /** Per theme: the product of (1 - weight) over its counted sentences. */
  private readonly miss: Float64Array;
  private count = 0;
  private theme = new Int32Array(64);
  private sentence = new Int32Array(64);
  private weight = new Float64Array(64);
  private top = new Float64Array(64);
  /** Per theme, for the themes that pass: score, number of strong sentences, the heaviest sentence. */
  private readonly score: Float64Array;
  private readonly strong: Int32Array;
  private readonly best: Int32Array;
  /** Per theme: the place of its key in localeCompare order, the tie-break between equal scores. */
  private readonly keyRank: Int32Array;

  constructor(rules: ThemeRuleSet) {
    const n = rules.themes.length;
    this.miss = new Float64Array(n);
    this.score = new Float64Array(n);
    this.strong = new Int32Array(n);
    this.best = new Int32Array(n);
    this.keyRank = new Int32Array(n);
    const byKey = rules.themes.map((_, ti) => ti).sort((a, b) => rules.themes[a]!.key.localeCompare(rules.themes[b]!.key));
    byKey.forEach((ti, rank) => (this.keyRank[ti] = rank));
  }

  /** Starts a new article. */
  begin(): void {
    this.miss.fill(1);
    this.count = 0;
  }

  /** Sentence `si` counts for theme `ti` with weight w; `top` is its strongest single trigger. */
  add(ti: number, si: number, w: number, top: number): void {
    this.miss[ti]! *= 1 - w;
    if (this.count === this.theme.length) this.grow();
    const k = this.count++;
    this.theme[k] = ti;
    this.sentence[k] = si;
    this.weight[k] = w;
    this.top[k] = top;
  }

  /** The themes of the article, by score then key, with their evidence sentences. */
  hits(rules: ThemeRuleSet, sentences: readonly Span[]): ThemeHit[] {
    const isArticle = sentences.length >= rules.articleSentences;
    const passed: number[] = [];
    for (let ti = 0; ti < rules.themes.length; ti++) {
      const theme = rules.themes[ti]!;
      const score = Math.round((1 - this.miss[ti]!) * 100) / 100;
      if (score < (isArticle ? theme.articleThreshold : theme.threshold)) continue;
      let counted = 0;
      let strong = 0;
      let top = Number.NEGATIVE_INFINITY;
      let best = -1;
      for (let k = 0; k < this.count; k++) {
        if (this.theme[k] !== ti) continue;
        counted++;
        if (this.weight[k]! >= rules.evidenceMin) strong++;
        if (this.top[k]! > top) top = this.top[k]!;
        if (best < 0 || this.weight[k]! > this.weight[best]!) best = k;
      }
      if (counted === 0 || (strong < 2 && top < theme.soloMin)) continue;
      this.score[ti] = score;
      this.strong[ti] = strong;
      this.best[ti] = best;
      // insertion into the few themes passed so far, by score, then key
      let at = passed.length;
      while (at > 0 && this.before(ti, passed[at - 1]!)) at--;
      passed.splice(at, 0, ti);
    }
    const out: ThemeHit[] = [];
    for (const ti of passed) out.push({ key: rules.themes[ti]!.key, score: this.score[ti]!, evidence: this.evidence(ti, rules.evidenceMin, sentences) });
    return out;
  }

  /** Passed theme a is listed before passed theme b. */
  private before(a: number, b: number): boolean {
    return this.score[a]! > this.score[b]! || (this.score[a] === this.score[b] && this.keyRank[a]! < this.keyRank[b]!);
  }

  /** The strong sentences of theme ti, or its heaviest one when none is strong. */
  private evidence(ti: number, evidenceMin: number, sentences: readonly Span[]): Span[] {
    if (this.strong[ti] === 0) return [sentences[this.sentence[this.best[ti]!]!]!];
    const out: Span[] = [];
    for (let k = 0; k < this.count; k++) if (this.theme[k] === ti && this.weight[k]! >= evidenceMin) out.push(sentences[this.sentence[k]!]!);
    return out;
  }

  private grow(): void {
    const size = 2 * this.theme.length;
    const theme = new Int32Array(size);
    const sentence = new Int32Array(size);
    const weight = new Float64Array(size);
    const top = new Float64Array(size);
    theme.set(this.theme);
    sentence.set(this.sentence);
    weight.set(this.weight);
    top.set(this.top);
    [this.theme, this.sentence, this.weight, this.top] = [theme, sentence, weight, top];
  }
}
