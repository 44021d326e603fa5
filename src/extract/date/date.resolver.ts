import type { ResolvedDate } from '@/extract/extraction.types';
import { isSpaceUnit, trimEndSpaces } from '@/extract/text/sentence.splitter';
import { UnitSet } from '@/extract/text/unit.set';
import { DATE_CHARS, KEY_CHARS, RULES, smallNumber, validDay, year, type Ref, type Rule } from '@/extract/date/date.rules';

/**
 * Resolves absolute and relative Chinese date expressions against the bulletin (reference) date.
 * News items say "6日起", "今年一季度", "下月底" and mean the bulletin's year/month, so relative
 * parts borrow the missing fields from the reference; without a reference only absolute years resolve.
 */

/** YYYY-MM-DD… as a Ref, read by character (it is asked once per article). */
function parseRef(referenceDate: string | null): Ref | null {
  if (!referenceDate || referenceDate[4] !== '-' || referenceDate[7] !== '-') return null;
  const y = digitsAt(referenceDate, 0, 4), m = digitsAt(referenceDate, 5, 2), d = digitsAt(referenceDate, 8, 2);
  return y < 0 || m < 0 || d < 0 ? null : { y, m, d };
}

/** The number the `n` ASCII digits at `at` spell, or -1. */
function digitsAt(s: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const digit = s.charCodeAt(i) - 0x30;
    if (!(digit >= 0 && digit <= 9)) return -1;
    v = v * 10 + digit;
  }
  return v;
}

/** The characters of date expressions, spaces included. */
const RUN_UNITS = (() => {
  const set = UnitSet.of(DATE_CHARS);
  for (let c = 0; c < 0x10000; c++) if (isSpaceUnit(c)) set.add(c);
  return set;
})();
const KEY_BITS: ReadonlyMap<number, number> = new Map(KEY_CHARS.map(([c, k]) => [c.charCodeAt(0), k]));
/** Key characters are rarer than date characters (1 in 140 against 1 in 9): runs are found from them. */
const KEY_CHAR = new RegExp(`[${KEY_CHARS.map(([c]) => c).join('')}]`, 'g');

/**
 * Without a reference date (a standalone article file), the first full date the text states
 * (2017 年 2 月 20 日，…) anchors the relative ones: news items open with the day of the event.
 */
function anchorFromText(body: string, runs: readonly number[]): Ref | null {
  const m = matchFrom(RULES[0]!, body, runs, 0);
  if (!m) return null;
  const y = year(m[1]!), mo = smallNumber(m[2]!), d = smallNumber(m[3]!);
  return mo && d && validDay(y, mo, d) ? { y, m: mo, d } : null;
}

/** Runs of date characters that hold a key character, as [start, end, key bits] triples. */
function dateRuns(body: string): number[] {
  const runs: number[] = [];
  KEY_CHAR.lastIndex = 0;
  while (KEY_CHAR.test(body)) {
    // the run around the key character: the one before it ended at a character outside runs
    let start = KEY_CHAR.lastIndex - 1;
    while (start > 0 && RUN_UNITS.has(body.charCodeAt(start - 1))) start--;
    let end = start;
    let bits = 0;
    for (; end < body.length; end++) {
      const c = body.charCodeAt(end);
      if (!RUN_UNITS.has(c)) break;
      bits |= KEY_BITS.get(c) ?? 0;
    }
    runs.push(start, end, bits);
    KEY_CHAR.lastIndex = end;
  }
  return runs;
}

/** The run holds a key character of every mask: a loop, as it is asked per rule and per run. */
function holdsAll(bits: number, needs: readonly number[]): boolean {
  for (let i = 0; i < needs.length; i++) if ((bits & needs[i]!) === 0) return false;
  return true;
}

/**
 * The first match of `rule` at or after `from`, as a global scan of `body` would find it: the sticky
 * expression is tried only inside runs holding its key characters, where a match can start.
 */
function matchFrom(rule: Rule, body: string, runs: readonly number[], from: number): RegExpExecArray | null {
  for (let r = 0; r < runs.length; r += 3) {
    const end = runs[r + 1]!;
    if (end <= from || !holdsAll(runs[r + 2]!, rule.needs)) continue;
    for (let p = Math.max(runs[r]!, from); p < end; p++) {
      if (!rule.starts.has(body.charCodeAt(p))) continue;
      rule.re.lastIndex = p;
      const m = rule.re.exec(body);
      if (m) return m;
    }
  }
  return null;
}

/** The extractor asks twice per article (for metrics and for dates): remember the last answer. */
let last: { body: string; ref: string | null; dates: ResolvedDate[] } | null = null;

export function resolveDates(body: string, referenceDate: string | null): ResolvedDate[] {
  return resolveShared(body, referenceDate).map((d) => ({ ...d }));
}

/**
 * The dates of `body` without copying them, for readers that do not keep or change them (the
 * metric extractor): valid until the next call with another body. One object shape throughout
 * also keeps the reader's property loads monomorphic.
 */
export function resolveShared(body: string, referenceDate: string | null): readonly ResolvedDate[] {
  if (!last || last.body !== body || last.ref !== referenceDate) last = { body, ref: referenceDate, dates: resolveUncached(body, referenceDate) };
  return last.dates;
}

function resolveUncached(body: string, referenceDate: string | null): ResolvedDate[] {
  const runs = dateRuns(body);
  if (runs.length === 0) return [];
  const ref = parseRef(referenceDate) ?? anchorFromText(body, runs);
  // spans claimed so far as [start, end] pairs: an unresolvable match (2 月 30 日, or 下月底 without
  // a reference) claims its span too, so that its parts do not resolve on their own as 2 月 and 30 日
  const taken: number[] = [];
  const out: ResolvedDate[] = [];
  for (const rule of RULES) {
    for (let m = matchFrom(rule, body, runs, 0); m; m = matchFrom(rule, body, runs, m.index + m[0].length)) {
      const text = trimEndSpaces(m[0]);
      const start = m.index;
      const end = start + text.length;
      if (overlapsAny(taken, start, end)) continue;
      taken.push(start, end);
      const value = rule.resolve(m, ref);
      if (value) insertByStart(out, { text, start, end, value });
    }
  }
  return out;
}

function overlapsAny(spans: readonly number[], start: number, end: number): boolean {
  for (let i = 0; i < spans.length; i += 2) if (start < spans[i + 1]! && end > spans[i]!) return true;
  return false;
}

/** Keeps `dates` in text order as rules add to it (a later rule can find an earlier date): a handful per article. */
function insertByStart(dates: ResolvedDate[], date: ResolvedDate): void {
  let i = dates.length;
  dates.push(date);
  for (; i > 0 && dates[i - 1]!.start > date.start; i--) dates[i] = dates[i - 1]!;
  dates[i] = date;
}
