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
  /** The root's children by character code: every text position is looked up here, so no Map. */
  private readonly first: Array<Node | undefined> = new Array<Node | undefined>(0x10000).fill(undefined);
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
    for (const [c, child] of this.root.next) this.first[c] = child;
  }

  id(word: string): number {
    return this.ids.get(word) ?? -1;
  }

  /** Hits ordered by start, then by end. */
  scan(text: string, from = 0, to = text.length): WordHit[] {
    const hits: WordHit[] = [];
    const first = this.first;
    for (let s = from; s < to; s++) {
      let node = first[text.charCodeAt(s)];
      for (let i = s + 1; node; i++) {
        if (node.word >= 0) hits.push({ word: node.word, start: s, end: i });
        if (i >= to) break;
        node = node.next.get(text.charCodeAt(i));
      }
    }
    if (this.regexps.length === 0) return hits;
    const window = from === 0 && to === text.length ? text : text.slice(0, to);
    const extra: WordHit[] = [];
    for (const { word, re } of this.regexps) {
      re.lastIndex = from;
      for (let m = re.exec(window); m; m = re.exec(window)) {
        // an empty match would never advance lastIndex
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        extra.push({ word, start: m.index, end: m.index + m[0].length });
      }
    }
    return extra.length === 0 ? hits : merge(hits, extra.sort(byStartEnd));
  }
}

const byStartEnd = (a: WordHit, b: WordHit): number => a.start - b.start || a.end - b.end;

/**
 * Trie hits are already in order and pattern hits are few: merging them is what a stable sort of
 * the concatenation gives (on a tie the trie hit first), without sorting hundreds of hits per body.
 */
function merge(hits: WordHit[], extra: WordHit[]): WordHit[] {
  const out: WordHit[] = [];
  let j = 0;
  for (const h of hits) {
    while (j < extra.length && byStartEnd(extra[j]!, h) < 0) out.push(extra[j++]!);
    out.push(h);
  }
  while (j < extra.length) out.push(extra[j++]!);
  return out;
}
