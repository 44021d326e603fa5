import type { SegmentedText } from '@/extract/text/article.text';
import { UnitSet } from '@/extract/text/unit.set';

/**
 * Word endings (局, 委员会, 系统 …) indexed by their last character, so testing a token costs one map
 * lookup and a few comparisons instead of a pass over the whole list.
 */
export class SuffixIndex {
  private readonly byLast = new Map<number, string[]>();
  /** Whether some entry ends with the UTF-16 unit: most words fail this one array read. */
  private readonly lastUnits = new UnitSet();

  constructor(words: Iterable<string>) {
    for (const w of new Set(words)) {
      if (w.length === 0) continue;
      const last = w.charCodeAt(w.length - 1);
      this.lastUnits.add(last);
      const list = this.byLast.get(last) ?? [];
      list.push(w);
      this.byLast.set(last, list);
    }
    for (const list of this.byLast.values()) list.sort((a, b) => b.length - a.length);
  }

  /** Whether some entry ends with this UTF-16 unit: finders skip most tokens on this one table read. */
  mayEndWith(unit: number): boolean {
    return this.lastUnits.has(unit);
  }

  /**
   * The longest entry ending at `end` that starts on a word start or inside the word ending at
   * `end` (环保局 → 局, 管理/局 → 管理局, but not 格局 → 局 across words).
   */
  longestInWordsEndingAt(seg: SegmentedText, end: number): string | undefined {
    const unit = end > 0 ? seg.text.charCodeAt(end - 1) : 0;
    const list = this.lastUnits.has(unit) ? this.byLast.get(unit) : undefined;
    if (!list) return undefined;
    const lastWord = seg.wordAt[end - 1];
    for (const w of list) {
      const start = end - w.length;
      if (start >= 0 && seg.text.startsWith(w, start) && (seg.startsAt[start] === 1 || seg.wordAt[start] === lastWord)) return w;
    }
    return undefined;
  }

  /** The longest entry `word` ends with. */
  endOf(word: string): string | undefined {
    const unit = word.length > 0 ? word.charCodeAt(word.length - 1) : 0;
    const list = this.lastUnits.has(unit) ? this.byLast.get(unit) : undefined;
    if (!list) return undefined;
    for (const w of list) if (word.endsWith(w)) return w;
    return undefined;
  }
}
