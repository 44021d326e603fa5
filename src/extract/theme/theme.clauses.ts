/**
 * Clauses and enumerations of a text, for the theme classifier: co-occurrence rules look within a
 * clause (text between ，：—）), and a trigger that is one item of an enumeration (A、B、C) names a
 * thing in passing. Offsets index into the text.
 */
const BREAK = 1;
const ENUMERATION = 2;
const OPEN = 3;
const CHAR_CLASS = new Uint8Array(0x10000);
for (const c of '，,：:）)—。\n') CHAR_CLASS[c.charCodeAt(0)] = BREAK;
for (const c of '（(') CHAR_CLASS[c.charCodeAt(0)] = OPEN;
const ENUMERATION_COMMA = '、'.charCodeAt(0);
CHAR_CLASS[ENUMERATION_COMMA] = ENUMERATION;
/** A parenthesis this short is part of a word (地（市）, 县（区）), not an aside that ends a clause. */
const SHORT_PAREN = 4;
/** Characters allowed between a trigger and the 、 next to it for the trigger to be a list item. */
const ITEM_GAP = 6;
const ETC = '等'.charCodeAt(0);

export interface ClauseLayout {
  /** Clause number of every character. */
  clauseOf: Int32Array;
  /** Per clause: 1 if it contains an enumeration comma 、. */
  listy: Uint8Array;
  /** Offset of the last 、 before offset i in the same clause, -1 if none. */
  prevSep: Int32Array;
  /** Offset of the first 、 at or after offset i in the same clause, -1 if none. */
  nextSep: Int32Array;
}

/**
 * Body-sized arrays reused across calls (grown to the longest body seen): allocating them per
 * article was an eighth of theme time. Every slot below n is written before it is read.
 */
let clauseBuf = new Int32Array(0);
let prevBuf = new Int32Array(0);
let nextBuf = new Int32Array(0);

/**
 * The layout of `body`; its arrays are valid until the next call. Only punctuation changes the
 * layout, so the text between two marks is filled in one go per array (most characters are not
 * marks, and need no look beyond their class).
 */
export function clauseLayout(body: string): ClauseLayout {
  const n = body.length;
  if (clauseBuf.length < n + 1) {
    clauseBuf = new Int32Array(n + 1);
    prevBuf = new Int32Array(n + 1);
    nextBuf = new Int32Array(n + 1);
  }
  const clauseOf = clauseBuf;
  const prevSep = prevBuf;
  const nextSep = nextBuf;
  const flags: number[] = [0];
  let c = 0;
  let last = -1;
  let quietUntil = -1;
  /** clauseOf and prevSep are written below `filled`; nextSep below `nextKnown`. */
  let filled = 0;
  let nextKnown = 0;
  for (let i = 0; i < n; i++) {
    const code = body.charCodeAt(i);
    let k = CHAR_CLASS[code]!;
    if (k === 0) continue;
    if (i <= quietUntil) k = 0;
    if (k === OPEN) {
      const close = shortParenEnd(body, i);
      if (close > 0) {
        quietUntil = close;
        k = 0;
      } else k = BREAK;
    }
    // a 、 inside a short parenthesis (地（市、县）) ends no clause but still counts as the next separator
    if (k === BREAK || code === ENUMERATION_COMMA) {
      put(nextSep, k === BREAK ? -1 : i, nextKnown, i + 1);
      nextKnown = i + 1;
    }
    if (k === 0) continue;
    put(clauseOf, c, filled, i);
    put(prevSep, last, filled, i + 1);
    if (k === BREAK) {
      flags[++c] = 0;
      last = -1;
    } else {
      flags[c] = 1;
      last = i;
    }
    clauseOf[i] = c;
    filled = i + 1;
  }
  put(clauseOf, c, filled, n);
  put(prevSep, last, filled, n + 1);
  put(nextSep, -1, nextKnown, n + 1);
  return { clauseOf, listy: Uint8Array.from(flags), prevSep, nextSep };
}

/**
 * a[from .. to) = v. A loop, not TypedArray.prototype.fill: the stretches between two marks are
 * a dozen characters, and the builtin's call costs more than that many stores.
 */
function put(a: Int32Array, v: number, from: number, to: number): void {
  for (let i = from; i < to; i++) a[i] = v;
}

/** Offset of the bracket closing a short parenthesis opened at `open`, or -1. */
function shortParenEnd(body: string, open: number): number {
  for (let j = open + 1; j <= open + SHORT_PAREN + 1 && j < body.length; j++) {
    const ch = body[j]!;
    if (ch === '）' || ch === ')') return j > open + 1 ? j : -1;
    const k = CHAR_CLASS[body.charCodeAt(j)];
    if (k === BREAK || k === OPEN) return -1;
  }
  return -1;
}

/**
 * The list item a hit [start, end) is, or null: it sits within ITEM_GAP characters of a 、 of its
 * clause, and does not follow 等 (X、Y等电子证照: the head noun names the whole list). The item is
 * identified by the offset of the 、 before it (or by its clause when it is the first item).
 */
export function listItemOf(body: string, start: number, end: number, sentenceEnd: number, layout: ClauseLayout): number | null {
  const c = layout.clauseOf[start]!;
  if (layout.listy[c] !== 1) return null;
  // a term that spans clauses is not one item of a list
  if (layout.clauseOf[Math.min(end, sentenceEnd) - 1] !== c) return null;
  const p = layout.prevSep[start]!;
  const q = layout.nextSep[end]!;
  const before = p >= 0 && start - p - 1 <= ITEM_GAP && !hasEtc(body, p + 1, start);
  const after = q >= 0 && q - end <= ITEM_GAP;
  if (!before && !after) return null;
  return p >= 0 ? p : -1 - c;
}

function hasEtc(body: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (body.charCodeAt(i) === ETC) return true;
  return false;
}
