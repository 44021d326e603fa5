import type { SegmentedText } from '@/extract/text/article.text';
import { UnitSet, unitPair } from '@/extract/text/unit.set';

/**
 * Word endings (局, 委员会, 系统 …) indexed by their last two characters, so testing a token costs one
 * map lookup and a comparison or two instead of a pass over the list. Keyed by the last character
 * alone, every word ending in 长 (增长, 成长 …) was compared with each of the dozens of titles ending
 * in 长 (局长, 副市长 …); keyed by the last two, 增长 finds no list.
 */
export class SuffixIndex {
  /** Entries of two or more units by their last two units (see unitPair), longest first. */
  private readonly byPair = new Map<number, string[]>();
  /** One-unit entries (局, 厅) by unit: the shortest match, tried after the pair list; returned as stored, as a string cut from the text is a new allocation. */
  private readonly singles = new Map<number, string>();
  /** Whether some entry ends with the UTF-16 unit: most words fail this one array read. */
  private readonly lastUnits = new UnitSet();

  constructor(words: Iterable<string>) {
    for (const w of new Set(words)) {
      if (w.length === 0) continue;
      const last = w.charCodeAt(w.length - 1);
      this.lastUnits.add(last);
      if (w.length === 1) {
        this.singles.set(last, w);
        continue;
      }
      const key = unitPair(w.charCodeAt(w.length - 2), last);
      const list = this.byPair.get(key) ?? [];
      list.push(w);
      this.byPair.set(key, list);
    }
    for (const list of this.byPair.values()) list.sort((a, b) => b.length - a.length);
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
    const { text } = seg;
    const last = end > 0 ? text.charCodeAt(end - 1) : 0;
    if (!this.lastUnits.has(last)) return undefined;
    const lastWord = seg.wordAt[end - 1];
    const list = end > 1 ? this.byPair.get(unitPair(text.charCodeAt(end - 2), last)) : undefined;
    if (list) {
      for (const w of list) {
        const start = end - w.length;
        if (start >= 0 && text.startsWith(w, start) && (seg.startsAt[start] === 1 || seg.wordAt[start] === lastWord)) return w;
      }
    }
    return this.singles.get(last);
  }

  /** The longest entry `word` ends with. */
  endOf(word: string): string | undefined {
    const n = word.length;
    const last = n > 0 ? word.charCodeAt(n - 1) : 0;
    if (!this.lastUnits.has(last)) return undefined;
    const list = n > 1 ? this.byPair.get(unitPair(word.charCodeAt(n - 2), last)) : undefined;
    if (list) for (const w of list) if (word.endsWith(w)) return w;
    return this.singles.get(last);
  }
}
