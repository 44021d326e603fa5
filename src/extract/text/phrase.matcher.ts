import type { SegmentedText } from '@/extract/text/article.text';
import { UnitSet } from '@/extract/text/unit.set';

interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  values?: T[];
}

export interface PhraseMatch<T> {
  start: number;
  end: number;
  text: string;
  values: readonly T[];
}

/**
 * A character trie over a dictionary of phrases (region names, technology terms …). Matching walks
 * from word starts only, and only from characters some phrase begins with, so a scan costs about
 * one table lookup per word. Keys are UTF-16 code units: no one-character strings are allocated.
 * Place names start with everyday characters (中, 新, 东 …): a hashed set of first unit pairs turns
 * most of those words away before the trie is walked.
 */
export class PhraseMatcher<T> {
  private readonly root: TrieNode<T> = { next: new Map() };
  private readonly firstUnits = new UnitSet();
  /** First units that are a whole phrase: the pair test does not apply to them. */
  private readonly singles = new UnitSet();
  private readonly firstPairs = new UnitSet();

  constructor(entries: Iterable<[string, readonly T[]]>) {
    for (const [phrase, values] of entries) {
      if (phrase.length === 0) continue;
      this.firstUnits.add(phrase.charCodeAt(0));
      if (phrase.length === 1) this.singles.add(phrase.charCodeAt(0));
      else this.firstPairs.add(pairKey(phrase.charCodeAt(0), phrase.charCodeAt(1)));
      let node = this.root;
      for (let i = 0; i < phrase.length; i++) {
        const unit = phrase.charCodeAt(i);
        let child = node.next.get(unit);
        if (!child) node.next.set(unit, (child = { next: new Map() }));
        node = child;
      }
      node.values = [...(node.values ?? []), ...values];
    }
  }

  /**
   * Every phrase starting on a word start. `wholeWords` keeps only those ending on a word end too;
   * otherwise callers apply their own boundary policy.
   */
  scan(seg: SegmentedText, wholeWords: boolean): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    const { text, wordStart } = seg;
    for (let k = 0; k < wordStart.length; k++) {
      const start = wordStart[k]!;
      const first = text.charCodeAt(start);
      if (!this.firstUnits.has(first)) continue;
      if (!this.singles.has(first) && !this.firstPairs.has(pairKey(first, text.charCodeAt(start + 1)))) continue;
      let node: TrieNode<T> | undefined = this.root;
      for (let i = start; i < text.length && node; i++) {
        node = node.next.get(text.charCodeAt(i));
        if (!node?.values) continue;
        if (!wholeWords || seg.endsAt[i + 1]) {
          out.push({ start, end: i + 1, text: text.slice(start, i + 1), values: node.values });
        }
      }
    }
    return out;
  }
}

/** A 16-bit hash of two units; at the end of a text the second is NaN, which hashes like 0 and is then only a false positive. */
function pairKey(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ b) & 0xffff;
}
