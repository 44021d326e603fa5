import type { ResolvedDate } from '@/extract/extraction.types';
import { isSpaceUnit, trimEndSpaces } from '@/extract/text/sentence.splitter';
import { DATE_CHARS, KEY_CHARS, RULES, smallNumber, validDay, year, type Ref, type Rule } from '@/extract/date/date.rules';

/**
 * Resolves absolute and relative Chinese date expressions against the bulletin (reference) date.
 * News items say "6日起", "今年一季度", "下月底" and mean the bulletin's year/month, so relative
 * parts borrow the missing fields from the reference; without a reference only absolute years resolve.
 */

function parseRef(referenceDate: string | null): Ref | null {
  if (!referenceDate) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(referenceDate);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

/** A character of a date expression or a space (IN_RUN), with the KEY bits of the key characters. */
const IN_RUN = 128;
const UNIT_BITS = (() => {
  const bits = new Uint8Array(0x10000);
  for (let i = 0; i < DATE_CHARS.length; i++) bits[DATE_CHARS.charCodeAt(i)] = IN_RUN;
  for (let c = 0; c < 0x10000; c++) if (isSpaceUnit(c)) bits[c] = IN_RUN;
  for (const [c, k] of KEY_CHARS) bits[c.charCodeAt(0)] |= k;
  return bits;
})();

/**
 * Without a reference date (a standalone article file), the first full date the text states
 * (2017 年 2 月 20 日，…) anchors the relative ones: news items open with the day of the event.
 */
function anchorFromText(body: string, runs: readonly number[]): Ref | null {
  const m = ruleMatches(RULES[0]!, body, runs)[0];
  if (!m) return null;
  const y = year(m[1]!), mo = smallNumber(m[2]!), d = smallNumber(m[3]!);
  return mo && d && validDay(y, mo, d) ? { y, m: mo, d } : null;
}

/** Runs of DATE_CHARS as [start, end, key bits] triples. */
function dateRuns(body: string): number[] {
  const runs: number[] = [];
  for (let i = 0; i < body.length; i++) {
    let bits = UNIT_BITS[body.charCodeAt(i)]!;
    if (bits === 0) continue;
    const start = i;
    while (++i < body.length) {
      const b = UNIT_BITS[body.charCodeAt(i)]!;
      if (b === 0) break;
      bits |= b;
    }
    if (bits !== IN_RUN) runs.push(start, i, bits);
  }
  return runs;
}

/** The run holds a key character of every mask: a loop, as it is asked per rule and per run. */
function holdsAll(bits: number, needs: readonly number[]): boolean {
  for (let i = 0; i < needs.length; i++) if ((bits & needs[i]!) === 0) return false;
  return true;
}

/** What `rule.re` would find scanning `body` globally: tried (sticky) only where a match can start. */
function ruleMatches(rule: Rule, body: string, runs: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let r = 0; r < runs.length; r += 3) {
    const bits = runs[r + 2]!;
    if (!holdsAll(bits, rule.needs)) continue;
    const end = runs[r + 1]!;
    for (let p = Math.max(runs[r]!, from); p < end; p++) {
      if (!rule.starts.has(body.charCodeAt(p))) continue;
      rule.re.lastIndex = p;
      const m = rule.re.exec(body);
      if (!m) continue;
      out.push(m);
      from = p + m[0].length;
      p = from - 1;
    }
  }
  return out;
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
  const ref = parseRef(referenceDate) ?? anchorFromText(body, runs);
  const taken: Array<[number, number]> = [];
  const out: ResolvedDate[] = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);
  for (const rule of RULES) {
    for (const m of ruleMatches(rule, body, runs)) {
      const text = trimEndSpaces(m[0]);
      const start = m.index;
      const end = start + text.length;
      if (overlaps(start, end)) continue;
      // an unresolvable match (2 月 30 日, or 下月底 without a reference) still claims its span:
      // its parts must not resolve on their own as 2 月 and 30 日
      taken.push([start, end]);
      const value = rule.resolve(m, ref);
      if (!value) continue;
      out.push({ text, start, end, value });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
