/**
 * Every occurrence of every vocabulary word in a text, overlaps included (数据共享 and 共享), in one
 * pass: a character trie walked from each position. Trigger words are substrings of jieba tokens
 * as often as not, so matching is on characters, not on word boundaries.
 */
interface Node {
  next: Map<number, Node>;
  /** Index of the word ending here, -1 if none. */
  word: number;
}

export interface WordHit {
  word: number;
  start: number;
  end: number;
}

export class SubstringMatcher {
  private readonly root: Node = { next: new Map(), word: -1 };
  private readonly ids = new Map<string, number>();
  readonly words: readonly string[];

  constructor(words: Iterable<string>) {
    this.words = [...new Set(words)].filter((w) => w.length > 0);
    this.words.forEach((w, id) => {
      this.ids.set(w, id);
      let node = this.root;
      for (let i = 0; i < w.length; i++) {
        const c = w.charCodeAt(i);
        let child = node.next.get(c);
        if (!child) node.next.set(c, (child = { next: new Map(), word: -1 }));
        node = child;
      }
      node.word = id;
    });
  }

  id(word: string): number {
    return this.ids.get(word) ?? -1;
  }

  scan(text: string, from = 0, to = text.length): WordHit[] {
    const hits: WordHit[] = [];
    for (let s = from; s < to; s++) {
      let node = this.root.next.get(text.charCodeAt(s));
      for (let i = s + 1; node; i++) {
        if (node.word >= 0) hits.push({ word: node.word, start: s, end: i });
        if (i >= to) break;
        node = node.next.get(text.charCodeAt(i));
      }
    }
    return hits;
  }
}
