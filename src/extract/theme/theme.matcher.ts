/**
 * Every occurrence of every vocabulary word in a text, overlaps included (数据共享 and 共享), in one
 * pass: a character trie walked from each position. Trigger words are substrings of jieba tokens
 * as often as not, so matching is on characters, not on word boundaries. A few words are patterns
 * instead of strings (an enumeration of administrative levels: 省市县, 区、地（市）、县 …): those are
 * found by their regular expression and reported under their word id like any other word.
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
  private readonly regexps: Array<{ word: number; re: RegExp }> = [];
  readonly words: readonly string[];

  /** `patterns`: words matched by a regular expression rather than literally (its flags are replaced by `g`). */
  constructor(words: Iterable<string>, patterns: ReadonlyMap<string, RegExp> = new Map()) {
    this.words = [...new Set(words)].filter((w) => w.length > 0);
    this.words.forEach((w, id) => {
      this.ids.set(w, id);
      const re = patterns.get(w);
      if (re) {
        this.regexps.push({ word: id, re: new RegExp(re.source, 'g') });
        return;
      }
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

  /** Hits ordered by start, then by end. */
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
    if (this.regexps.length === 0) return hits;
    const window = from === 0 && to === text.length ? text : text.slice(0, to);
    let found = false;
    for (const { word, re } of this.regexps) {
      re.lastIndex = from;
      for (let m = re.exec(window); m; m = re.exec(window)) {
        // an empty match would never advance lastIndex
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        hits.push({ word, start: m.index, end: m.index + m[0].length });
        found = true;
      }
    }
    return found ? hits.sort((a, b) => a.start - b.start || a.end - b.end) : hits;
  }
}
