import { grown } from '@/extract/text/int32.buffer';
/**
 * Clauses and enumerations of a text, for the theme classifier: co-occurrence rules look within a
 * clause (text between ，：—）), and a trigger that is one item of an enumeration (A、B、C) names a
 * thing in passing. Offsets index into the text.
 */
const BREAK = 1;
const ENUMERATION = 2;
const OPEN = 3;
const BREAK_MARKS = '，,：:）)—。\n';
const OPEN_MARKS = '（(';
const ENUMERATION_COMMA = '、'.charCodeAt(0);
const CHAR_CLASS = new Uint8Array(0x10000);
for (const c of BREAK_MARKS) CHAR_CLASS[c.charCodeAt(0)] = BREAK;
for (const c of OPEN_MARKS) CHAR_CLASS[c.charCodeAt(0)] = OPEN;
CHAR_CLASS[ENUMERATION_COMMA] = ENUMERATION;
/**
 * The nearest marks below and above the Chinese characters (U+4E00…): no character strictly
 * between them is a mark, so most characters of a text are passed over without a table read.
 */
const HAN = 0x4e00;
const MARK_CODES = [...BREAK_MARKS, ...OPEN_MARKS, '、'].map((c) => c.charCodeAt(0));
const BELOW_HAN = Math.max(...MARK_CODES.filter((c) => c < HAN));
const ABOVE_HAN = Math.min(...MARK_CODES.filter((c) => c >= HAN));
/** A parenthesis this short is part of a word (地（市）, 县（区）), not an aside that ends a clause. */
const SHORT_PAREN = 4;
/** Characters allowed between a trigger and the 、 next to it for the trigger to be a list item. */
const ITEM_GAP = 6;
const ETC = '等'.charCodeAt(0);

/**
 * The marks of a text as ascending offset lists: the classifier asks about the few offsets where
 * its hits lie, so per-character arrays (written for every character of every body, a tenth of
 * theme time) answered far more than was ever asked. Clause c runs from breaks[c - 1] (the break
 * that begins it) to before breaks[c]: the clause of offset p is the number of breaks at or before p.
 */
export interface ClauseLayout {
  /** Offsets of the marks that end a clause: breakCount of them. */
  breaks: Int32Array;
  breakCount: number;
  /** Per clause (breakCount + 1 of them): 1 if it contains an enumeration comma 、. */
  listy: Uint8Array;
  /** Offsets of the 、 that separate list items (itemSepCount), i.e. not inside a short parenthesis. */
  itemSeps: Int32Array;
  itemSepCount: number;
  /** Offsets of every 、 (sepCount): one inside a short parenthesis (地（市、县）) still ends the item before it. */
  seps: Int32Array;
  sepCount: number;
}

/** One layout reused across calls: its arrays grow to the most marks seen and stay valid until the next call. */
const layout: ClauseLayout = {
  breaks: new Int32Array(64),
  breakCount: 0,
  listy: new Uint8Array(65),
  itemSeps: new Int32Array(64),
  itemSepCount: 0,
  seps: new Int32Array(64),
  sepCount: 0,
};

/** The characters the layout reads: every other character of a text is passed over. */
export const CLAUSE_MARKS = BREAK_MARKS + OPEN_MARKS + '、';

/** Offsets of characters in a text, ascending: `count` of them are valid. */
export interface MarkOffsets {
  at: Int32Array;
  count: number;
}

const found: MarkOffsets = { at: new Int32Array(64), count: 0 };

/** The offsets of the CLAUSE_MARKS characters of `body`; valid until the next call. */
export function markOffsets(body: string): MarkOffsets {
  const n = body.length;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const code = body.charCodeAt(i);
    if ((code > BELOW_HAN && code < ABOVE_HAN) || CHAR_CLASS[code] === 0) continue;
    if (k === found.at.length) found.at = grown(found.at);
    found.at[k++] = i;
  }
  found.count = k;
  return found;
}

/**
 * The layout of `body`, from the offsets of its CLAUSE_MARKS characters (markOffsets, or the
 * delimiters the trigger scan reports in the same pass); valid until the next call.
 */
export function clauseLayout(body: string, marks: MarkOffsets = markOffsets(body)): ClauseLayout {
  let breaks = layout.breaks;
  let listy = layout.listy;
  let itemSeps = layout.itemSeps;
  let seps = layout.seps;
  let nb = 0;
  let ni = 0;
  let ns = 0;
  let quietUntil = -1;
  listy[0] = 0;
  for (let m = 0; m < marks.count; m++) {
    const i = marks.at[m]!;
    const code = body.charCodeAt(i);
    let k = CHAR_CLASS[code]!;
    if (i <= quietUntil) k = 0;
    if (k === OPEN) {
      const close = shortParenEnd(body, i);
      if (close > 0) {
        quietUntil = close;
        k = 0;
      } else k = BREAK;
    }
    if (code === ENUMERATION_COMMA) {
      if (ns === seps.length) layout.seps = seps = grown(seps);
      seps[ns++] = i;
    }
    if (k === BREAK) {
      if (nb === breaks.length) {
        layout.breaks = breaks = grown(breaks);
        const l = new Uint8Array(2 * listy.length);
        l.set(listy);
        layout.listy = listy = l;
      }
      breaks[nb++] = i;
      listy[nb] = 0;
    } else if (k === ENUMERATION) {
      if (ni === itemSeps.length) layout.itemSeps = itemSeps = grown(itemSeps);
      itemSeps[ni++] = i;
      listy[nb] = 1;
    }
  }
  layout.breakCount = nb;
  layout.itemSepCount = ni;
  layout.sepCount = ns;
  return layout;
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

/** How many of a[0 .. count) (ascending) are below p. */
function countBelow(a: Int32Array, count: number, p: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < p) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Clause of offset p: a break begins the next clause. */
export function clauseAt(layout: ClauseLayout, p: number): number {
  return countBelow(layout.breaks, layout.breakCount, p + 1);
}

/**
 * Clause of offset p ≥ from, given that `clause` is the clause of `from`: the breaks between two
 * nearby offsets are counted forward (a hit rarely spans one), no search needed.
 */
function clauseFrom(layout: ClauseLayout, clause: number, p: number): number {
  let c = clause;
  while (c < layout.breakCount && layout.breaks[c]! <= p) c++;
  return c;
}

/**
 * The clauses of the ascending offsets starts[0 .. count), written to out: one walk along the
 * breaks, as the hits of a text come ordered by start.
 */
export function clausesAt(layout: ClauseLayout, starts: Int32Array, count: number, out: Int32Array): void {
  const { breaks, breakCount } = layout;
  let c = 0;
  for (let i = 0; i < count; i++) {
    const p = starts[i]!;
    while (c < breakCount && breaks[c]! <= p) c++;
    out[i] = c;
  }
}

/** Offset of the last item-separating 、 before offset p with no break between them, -1 if none. */
export function prevSepAt(layout: ClauseLayout, p: number): number {
  const k = countBelow(layout.itemSeps, layout.itemSepCount, p);
  if (k === 0) return -1;
  const sep = layout.itemSeps[k - 1]!;
  const b = countBelow(layout.breaks, layout.breakCount, p);
  return b === 0 || layout.breaks[b - 1]! < sep ? sep : -1;
}

/** Offset of the first 、 at or after offset p with no break before it, -1 if none. */
export function nextSepAt(layout: ClauseLayout, p: number): number {
  const k = countBelow(layout.seps, layout.sepCount, p);
  if (k === layout.sepCount) return -1;
  const sep = layout.seps[k]!;
  const b = countBelow(layout.breaks, layout.breakCount, p);
  return b < layout.breakCount && layout.breaks[b]! < sep ? -1 : sep;
}

/**
 * The list item a hit [start, end) in clause c (clauseAt(layout, start)) is, or null: it
 * sits within ITEM_GAP characters of a 、 of its clause, and does not follow 等 (X、Y等电子证照:
 * the head noun names the whole list). The item is identified by the offset of the 、 before it
 * (or by its clause when it is the first item).
 */
export function listItemOf(body: string, start: number, end: number, sentenceEnd: number, layout: ClauseLayout, c: number): number | null {
  if (layout.listy[c] !== 1) return null;
  // a term that spans clauses is not one item of a list
  if (clauseFrom(layout, c, Math.min(end, sentenceEnd) - 1) !== c) return null;
  const p = prevSepAt(layout, start);
  const q = nextSepAt(layout, end);
  const before = p >= 0 && start - p - 1 <= ITEM_GAP && !hasEtc(body, p + 1, start);
  const after = q >= 0 && q - end <= ITEM_GAP;
  if (!before && !after) return null;
  return p >= 0 ? p : -1 - c;
}

function hasEtc(body: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (body.charCodeAt(i) === ETC) return true;
  return false;
}
