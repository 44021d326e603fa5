import type { Span } from '@/extract/extraction.types';
import { UnitSet } from '@/extract/text/unit.set';

/**
 * Sentence boundaries for Chinese news text: 。！？；and line breaks end a sentence; a closing
 * quote or bracket right after the stop stays with it. Offsets index into the input string.
 * Runs over UTF-16 units with table lookups: it is called on every text the extractor reads.
 */
const STOPS = UnitSet.of('。！？!?；;\n');
const CLOSERS = UnitSet.of('”’"」』）)】');

/** Exactly the units JavaScript's `\s` matches. */
export function isSpaceUnit(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const n = text.length;
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && isSpaceUnit(text.charCodeAt(s))) s++;
    let e = end;
    while (e > s && isSpaceUnit(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ text: text.slice(s, e), start: s, end: e });
    start = end;
  };
  for (let i = 0; i < n; i++) {
    if (!STOPS.has(text.charCodeAt(i))) continue;
    let end = i + 1;
    while (end < n && CLOSERS.has(text.charCodeAt(end))) end++;
    push(end);
    i = end - 1;
  }
  push(n);
  return spans;
}

/**
 * The sentence containing offset `at`, if any. Sentences come from splitSentences, sorted and
 * disjoint, so a binary search finds the only candidate.
 */
export function sentenceAt(sentences: Span[], at: number): Span | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** `s` without trailing `\s` characters (as `s.replace(/\s+$/, '')`). */
export function trimEndSpaces(s: string): string {
  let e = s.length;
  while (e > 0 && isSpaceUnit(s.charCodeAt(e - 1))) e--;
  return e === s.length ? s : s.slice(0, e);
}
