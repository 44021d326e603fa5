import { grown } from '@/extract/text/int32.buffer';
/**
 * Every occurrence of every vocabulary word in a text, overlaps included (数据共享 and 共享), in one
 * pass: a character trie walked from each position. Trigger words are substrings of jieba tokens
 * as often as not, so matching is on characters, not on word boundaries. A few words are patterns
 * instead of strings (an enumeration of administrative levels: 省市县, 区、地（市）、县 …): those are
 * found by their regular expression and reported under their word id like any other word.
 *
 * The trie is a double array: a step from state n on character c is one addition and one compare
 * (t = base[n] + sym[c], valid iff check[t] === n) instead of a Map lookup, which was most of the
 * scan. Characters are first mapped to a dense alphabet of the vocabulary's characters, so the
 * arrays stay small and a character in no word (sym 0) ends the walk at once.
 */

/**
 * Hits as parallel arrays, ordered by start then end: an object per hit was tens of thousands of
 * allocations per 200k characters. `length` hits are valid; the arrays are longer.
 */
export interface WordHits {
  word: Int32Array;
  start: Int32Array;
  end: Int32Array;
  length: number;
}

interface PatternHit {
  word: number;
  start: number;
  end: number;
}

const ROOT = 0;
const FREE_SLOT = -1;
/** In `first`: the bit marking a delimiter character; the state is in the bits below. */
const DELIMITER = 0x8000;

/** Offsets of characters in a text, ascending: `count` of them are valid, the array is longer. */
export interface Offsets {
  at: Int32Array;
  count: number;
}

export class SubstringMatcher {
  /** Character code → symbol 1..alphabet size; 0 for a character no word contains. */
  private readonly sym = new Uint16Array(0x10000);
  /**
   * Character code → the state its character leads to from the root, 0 if no word starts with it,
   * plus DELIMITER for a delimiter character. Every position of a text takes this first step and
   * most go no further: one read, where the symbol and then the root child's check were two
   * dependent ones; and the same read tells where the caller's delimiters are (see delimiters).
   */
  private readonly first = new Uint16Array(0x10000);
  private readonly delimiterOffsets: Offsets = { at: new Int32Array(64), count: 0 };
  /** The characters whose offsets a scan reports (constructor). */
  readonly delimiterChars: string;
  private readonly base: Int32Array;
  private readonly check: Int32Array;
  /** Word id ending at each state, -1 if none. */
  private readonly wordAt: Int32Array;
  private readonly ids = new Map<string, number>();
  private readonly regexps: Array<{ word: number; re: RegExp }> = [];
  /** One buffer per matcher, returned by every scan: valid until the next one. */
  private readonly out: WordHits = { word: new Int32Array(256), start: new Int32Array(256), end: new Int32Array(256), length: 0 };
  readonly words: readonly string[];

  /**
   * `patterns`: words matched by a regular expression rather than literally (its flags are replaced
   * by `g`). `delimiterChars`: characters whose offsets a scan also reports, so that a caller who
   * needs the punctuation of the text does not read it again character by character.
   */
  constructor(words: Iterable<string>, patterns: ReadonlyMap<string, RegExp> = new Map(), delimiterChars = '') {
    this.delimiterChars = delimiterChars;
    this.words = [...new Set(words)].filter((w) => w.length > 0);
    const literal: Array<[string, number]> = [];
    this.words.forEach((w, id) => {
      this.ids.set(w, id);
      const re = patterns.get(w);
      if (re) this.regexps.push({ word: id, re: new RegExp(re.source, 'g') });
      else literal.push([w, id]);
    });
    let alphabet = 0;
    for (const [w] of literal) for (let i = 0; i < w.length; i++) if (this.sym[w.charCodeAt(i)] === 0) this.sym[w.charCodeAt(i)] = ++alphabet;
    const arrays = buildDoubleArray(literal, this.sym, alphabet);
    this.base = arrays.base;
    this.check = arrays.check;
    this.wordAt = arrays.wordAt;
    for (let c = 0; c < 0x10000; c++) {
      const t = this.base[ROOT]! + this.sym[c]!;
      if (this.sym[c] === 0 || this.check[t] !== ROOT) continue;
      if (t >= DELIMITER) throw new RangeError(`the trigger vocabulary needs ${t} trie states, more than a 16-bit first step holds`);
      this.first[c] = t;
    }
    for (const ch of delimiterChars) this.first[ch.charCodeAt(0)]! |= DELIMITER;
  }

  id(word: string): number {
    return this.ids.get(word) ?? -1;
  }

  /** The word is matched by a regular expression. */
  isPattern(word: number): boolean {
    return this.regexps.some((p) => p.word === word);
  }

  /** Hits of `text`, ordered by start, then by end; the result is overwritten by the next scan. */
  scan(text: string): WordHits {
    return this.addPatterns(text, this.scanWords(text));
  }

  /** The offsets of the delimiter characters in the text last scanned; valid until the next scan. */
  delimiters(): Offsets {
    return this.delimiterOffsets;
  }

  /** The hits of the literal words only (see scan); addPatterns completes them. */
  scanWords(text: string): WordHits {
    const { first, sym, base, check, wordAt } = this;
    const out = this.out;
    const delimiters = this.delimiterOffsets;
    const n = text.length;
    let k = 0;
    let d = 0;
    for (let s = 0; s < n; s++) {
      let state = first[text.charCodeAt(s)]!;
      if (state >= DELIMITER) {
        if (d === delimiters.at.length) delimiters.at = grown(delimiters.at);
        delimiters.at[d++] = s;
        state -= DELIMITER;
      }
      // state is the node reached by text[s .. i)
      for (let i = s + 1; state !== ROOT; i++) {
        const w = wordAt[state]!;
        if (w >= 0) {
          if (k === out.word.length) grow(out, 2 * k);
          out.word[k] = w;
          out.start[k] = s;
          out.end[k] = i;
          k++;
        }
        if (i === n) break;
        const y = sym[text.charCodeAt(i)]!;
        const t = base[state]! + y;
        state = y !== 0 && check[t] === state ? t : ROOT;
      }
    }
    out.length = k;
    delimiters.count = d;
    return out;
  }

  /**
   * Adds to `out` (scanWords of the same text) the hits of the pattern words, or of those `want`
   * accepts: a regular expression costs more than the whole trie walk, and the caller may know
   * from the literal hits that a pattern cannot matter in this text.
   *
   * Pattern hits are few: merged into the ordered trie hits from the back, in place, which is
   * what a stable sort of the concatenation gives (on a tie the trie hit first).
   */
  addPatterns(text: string, out: WordHits, want?: (word: number) => boolean): WordHits {
    const extra: PatternHit[] = [];
    for (const { word, re } of this.regexps) {
      if (want && !want(word)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        // an empty match would never advance lastIndex
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        extra.push({ word, start: m.index, end: m.index + m[0].length });
      }
    }
    if (extra.length === 0) return out;
    extra.sort((a, b) => a.start - b.start || a.end - b.end);
    const total = out.length + extra.length;
    if (total > out.word.length) grow(out, 2 * total);
    let i = out.length - 1;
    let j = extra.length - 1;
    for (let k = total - 1; j >= 0; k--) {
      const e = extra[j]!;
      const trieAfter = i >= 0 && (out.start[i]! > e.start || (out.start[i] === e.start && out.end[i]! > e.end));
      if (trieAfter) {
        out.word[k] = out.word[i]!;
        out.start[k] = out.start[i]!;
        out.end[k] = out.end[i]!;
        i--;
      } else {
        out.word[k] = e.word;
        out.start[k] = e.start;
        out.end[k] = e.end;
        j--;
      }
    }
    out.length = total;
    return out;
  }
}

function grow(hits: WordHits, size: number): void {
  for (const key of ['word', 'start', 'end'] as const) {
    const next = new Int32Array(size);
    next.set(hits[key]);
    hits[key] = next;
  }
}

interface BuildNode {
  next: Map<number, BuildNode>;
  word: number;
}

/**
 * Lays a trie of `words` out as a double array: each state's children sit at base + symbol, at the
 * first base where all their slots are free (first fit, once at load). Slot 0 is the root.
 */
function buildDoubleArray(words: ReadonlyArray<[string, number]>, sym: Uint16Array, alphabet: number) {
  const root: BuildNode = { next: new Map(), word: -1 };
  for (const [w, id] of words) {
    let node = root;
    for (let i = 0; i < w.length; i++) {
      const y = sym[w.charCodeAt(i)]!;
      let child = node.next.get(y);
      if (!child) node.next.set(y, (child = { next: new Map(), word: -1 }));
      node = child;
    }
    node.word = id;
  }
  let size = 1024;
  let base = new Int32Array(size);
  let check = new Int32Array(size).fill(FREE_SLOT);
  let wordAt = new Int32Array(size).fill(-1);
  const ensure = (n: number) => {
    if (n <= size) return;
    while (size < n) size *= 2;
    const b = new Int32Array(size);
    b.set(base);
    const c = new Int32Array(size).fill(FREE_SLOT);
    c.set(check);
    const w = new Int32Array(size).fill(-1);
    w.set(wordAt);
    [base, check, wordAt] = [b, c, w];
  };
  check[ROOT] = -2; // the root is nobody's child
  let firstFree = 1;
  const queue: Array<[BuildNode, number]> = [[root, ROOT]];
  for (let q = 0; q < queue.length; q++) {
    const [node, state] = queue[q]!;
    wordAt[state] = node.word;
    if (node.next.size === 0) continue;
    const ys = [...node.next.keys()].sort((a, b) => a - b);
    while (check[firstFree] !== FREE_SLOT) ensure(++firstFree + 1);
    // every base from here on leaves slot 0 alone, as symbols start at 1
    let b = Math.max(0, firstFree - ys[0]!);
    for (;;) {
      ensure(b + ys[ys.length - 1]! + 1);
      if (ys.every((y) => check[b + y] === FREE_SLOT)) break;
      b++;
    }
    base[state] = b;
    for (const y of ys) check[b + y] = state;
    for (const y of ys) queue.push([node.next.get(y)!, b + y]);
  }
  // a walk may step up to `alphabet` past any base: keep those reads in bounds
  let maxBase = 0;
  for (let s = 0; s < size; s++) if (base[s]! > maxBase) maxBase = base[s]!;
  ensure(maxBase + alphabet + 1);
  return { base, check, wordAt };
}
