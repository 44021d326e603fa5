import type { SegmentedText } from '@/extract/text/article.text';

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
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
 * from each word start only, so a scan costs O(tokens × phrase length), not O(text × dictionary).
 */
export class PhraseMatcher<T> {
  private readonly root: TrieNode<T> = { next: new Map() };

  constructor(entries: Iterable<[string, readonly T[]]>) {
    for (const [phrase, values] of entries) {
      if (phrase.length === 0) continue;
      let node = this.root;
      for (const ch of phrase) {
        let child = node.next.get(ch);
        if (!child) node.next.set(ch, (child = { next: new Map() }));
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
    const { text } = seg;
    for (const tok of seg.tokens) {
      let node: TrieNode<T> | undefined = this.root;
      for (let i = tok.start; i < text.length && node; i++) {
        node = node.next.get(text[i]!);
        if (!node?.values) continue;
        if (!wholeWords || seg.endsAt[i + 1]) {
          out.push({ start: tok.start, end: i + 1, text: text.slice(tok.start, i + 1), values: node.values });
        }
      }
    }
    return out;
  }

  /** The longest phrase that is a prefix of `text` starting at `from`. */
  longestAt(text: string, from: number): PhraseMatch<T> | undefined {
    let node: TrieNode<T> | undefined = this.root;
    let best: PhraseMatch<T> | undefined;
    for (let i = from; i < text.length && node; i++) {
      node = node.next.get(text[i]!);
      if (node?.values) best = { start: from, end: i + 1, text: text.slice(from, i + 1), values: node.values };
    }
    return best;
  }
}
