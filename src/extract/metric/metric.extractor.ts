import type { ExtractedMetric, ResolvedDate, Span } from '@/extract/extraction.types';
import { resolveShared } from '@/extract/date/date.resolver';
import { isSpaceUnit, sentenceAt, trimEndSpaces } from '@/extract/text/sentence.splitter';
import { UnitSet } from '@/extract/text/unit.set';
import { COUNTED_BY_GE, UNIT_ALT } from '@/extract/metric/metric.units';
import { isLatin, metricName } from '@/extract/metric/metric.name';

/**
 * Quantities an article states: an Arabic number (or a Chinese magnitude like 百亿) with its unit
 * and the noun phrase naming what is counted. Rules (test/fixtures/gold/GUIDELINES.md):
 * - values are normalised to the base unit: 18.6 亿元 → 1.86e9 元, 10万余条 → 1e5 条;
 *   多/余/近/约 are dropped from the value;
 * - the unit is the measure word: 5个工作日 counts 工作日 in 个; a bare count of people
 *   (1000多万在职职工) gets unit 人; other bare magnitudes keep unit '';
 * - small Chinese numerals (两大, 五级, 三个项目) are enumeration, not metrics; so are dates,
 *   ages, ordinals and numbers that are names (12345 热线).
 */

const MAGNITUDE: Record<string, number> = { 万亿: 1e12, 千亿: 1e11, 百亿: 1e10, 十亿: 1e9, 亿: 1e8, 千万: 1e7, 百万: 1e6, 十万: 1e5, 万: 1e4, 千: 1e3, 百: 1e2 };
const ARABIC = '\\d+(?:,\\d{3})*(?:\\.\\d+)?';
const CN_MAG = '[一二两三四五六七八九十百千]*(?:万亿|千亿|百亿|十亿|亿|千万|百万|十万|万)';
/** Sticky: tried only where a match can start (see nextQuantity). */
const METRIC_RE = new RegExp(
  `(?:(${ARABIC})\\s*(多|余)?\\s*(万亿|亿|万|千)?|(${CN_MAG}))\\s*(多|余)?\\s*(${UNIT_ALT})?`,
  'y',
);
/**
 * The characters METRIC_RE can start with: an ASCII digit (ARABIC), or a Chinese numeral or
 * magnitude (CN_MAG). They are a few percent of a body, so a native search finds them.
 */
const QUANTITY_CHAR = /[0-9一二两三四五六七八九十百千万亿]/g;
const CN_NUMERALS = UnitSet.of('一二两三四五六七八九十百千');
const CN_MAGNITUDES = UnitSet.of('万亿');

const NOT_AFTER = /^\s*(?:岁|周岁|年|月|日|号|时|点|楼|层|路|线|热线|号线|版|期|届|级|次会议|医院|中学|小学)/;
const GE = '个'.charCodeAt(0);
const PERSON_NOUN = /(?:人口|职工|用户|网民|居民|市民|群众|村民|农民|学生|患者|老人|老年人|人员|干部|员工|游客|党员|参保人|人才|志愿者|农民工|毕业生|驾驶人|劳动力)$/;

function cnNumber(s: string): number | null {
  const DIG: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
  let total = 0;
  let digit = 0;
  for (const c of s) {
    if (c in DIG) digit = DIG[c]!;
    else if (c in UNIT) {
      total += (digit || 1) * UNIT[c]!;
      digit = 0;
    } else return null;
  }
  return total + digit;
}

/** 百亿 → 1e10, 三千万 → 3e7, 2.4 with 万亿 → 2.4e12. */
function magnitudeValue(head: string): number | null {
  const m = /^(.*?)(万亿|千亿|百亿|十亿|亿|千万|百万|十万|万)$/.exec(head);
  if (!m) return null;
  const lead = m[1] ? cnNumber(m[1]) : 1;
  return lead === null ? null : lead * MAGNITUDE[m[2]!]!;
}

/**
 * The value to 12 significant digits (18.6 亿 is 1860000000, not 1860000000.0000002). Integers of
 * fewer digits, which rounding leaves as they are, skip the toPrecision string round trip.
 */
export function roundToPrecision(value: number): number {
  return Number.isInteger(value) && Math.abs(value) < 1e12 ? value : Number(value.toPrecision(12));
}

export function extractMetrics(body: string, sentences: Span[], referenceDate: string | null): ExtractedMetric[] {
  const dates = resolveShared(body, referenceDate);
  const out: ExtractedMetric[] = [];
  // a match always holds a digit or a magnitude, so it is never empty and the next one starts after it
  for (let m = nextQuantity(body, 0); m; m = nextQuantity(body, m.index + m[0].length)) {
    const start = m.index;
    const text = trimEndSpaces(m[0]);
    const end = start + text.length;
    // indexed, not destructured: destructuring walks the match with an iterator
    const arabic = m[1], mag = m[3], cnHead = m[4], rawUnit = m[6];
    if (overlapsDate(dates, start, end) || isPartOfToken(body, start, end)) continue;
    if (!rawUnit && NOT_AFTER.test(body.slice(end))) continue;
    const lead = lastCharBefore(body, start, 3);
    if (lead === ORDINAL) continue; // 第 3 批, 第 2 届: ordinals
    if (rawUnit === '分' && (lead === HOUR || lead === OCLOCK)) continue; // 8 时 30 分: a time of day
    if (!arabic && !rawUnit) continue; // 万一, 千万 as adverbs: a Chinese magnitude needs a unit
    let cnValue = 0;
    if (!arabic) {
      if (/^(?:万|亿|万亿)$/.test(cnHead!)) continue; // 万家, 亿万: a magnitude word alone is not a number
      const v = magnitudeValue(cnHead!);
      if (v === null) continue;
      cnValue = v;
    }
    let unit = rawUnit ?? '';
    // 万元 and 亿元 count 元: their magnitude goes into the value
    let unitMagnitude = 0;
    if (unit === '万元' || unit === '亿元') {
      unitMagnitude = unit === '万元' ? 4 : 8;
      unit = '元';
    } else if (unit === '％') unit = '%';
    // a bare number is a metric only with a magnitude (1000多万 在职职工); 2212 alone is an identifier
    if (!unit && !mag && !cnHead) continue;
    const sentence = sentenceAt(sentences, start) ?? { text: body, start: 0, end: body.length };
    const name = metricName(body, start, end, unit, sentence, dates);
    if (!name) continue;
    if (!unit && PERSON_NOUN.test(name)) unit = '人';
    else if (unit.length > 1 && unit.charCodeAt(0) === GE && COUNTED_BY_GE.has(unit)) unit = '个';
    const value = arabic
      ? arabicValue(arabic, mag ? magnitudeExponent(mag) : 0, unitMagnitude)
      : roundToPrecision(cnValue * POW10[unitMagnitude]!);
    const metric: ExtractedMetric = { name, value, unit, text, start, end };
    const date = nearbyDate(dates, sentence, start);
    if (date) metric.date = date;
    out.push(metric);
  }
  return out;
}

/**
 * The first METRIC_RE match at or after `from`, as a global search would find it: the sticky
 * expression is tried only at positions that can start one, instead of at every character of the body.
 */
function nextQuantity(body: string, from: number): RegExpExecArray | null {
  QUANTITY_CHAR.lastIndex = from;
  while (QUANTITY_CHAR.test(body)) {
    const p = QUANTITY_CHAR.lastIndex - 1;
    if (CN_NUMERALS.has(body.charCodeAt(p))) {
      // Chinese numerals start a quantity only where a magnitude (万, 亿) ends their run; where
      // none does, no numeral of the run starts one
      let q = p + 1;
      while (CN_NUMERALS.has(body.charCodeAt(q))) q++;
      if (!CN_MAGNITUDES.has(body.charCodeAt(q))) {
        QUANTITY_CHAR.lastIndex = q;
        continue;
      }
    }
    METRIC_RE.lastIndex = p;
    const m = METRIC_RE.exec(body);
    if (m) return m;
    QUANTITY_CHAR.lastIndex = p + 1;
  }
  return null;
}

const ORDINAL = '第'.charCodeAt(0);
const HOUR = '时'.charCodeAt(0);
const OCLOCK = '点'.charCodeAt(0);

/**
 * The last character before `at` within `span` characters, spaces skipped, or -1: what
 * body.slice(at - span, at).trimEnd() ends with, read without making the string.
 */
function lastCharBefore(body: string, at: number, span: number): number {
  for (let i = at - 1; i >= Math.max(0, at - span); i--) if (!isSpaceUnit(body.charCodeAt(i))) return body.charCodeAt(i);
  return -1;
}

/** Exact doubles, 10^0 … 10^22. */
const POW10: readonly number[] = Array.from({ length: 23 }, (_, e) => Number(`1e${e}`));
/**
 * The power of ten of an Arabic number's magnitude word (万亿, 亿, 万, 千). Compared, not looked up:
 * the word is a fresh string from the match, which a keyed lookup would first find in the engine's
 * table of names.
 */
function magnitudeExponent(mag: string): number {
  return mag === '万亿' ? 12 : mag === '亿' ? 8 : mag === '万' ? 4 : 3;
}

/**
 * Number(text without thousands separators) × 10^magnitude × 10^unitMagnitude to 12 significant
 * digits, as roundToPrecision gives it. A number of at most 12 digits is an integer with its
 * decimal point moved: one multiplication or division by an exact power of ten gives the double
 * closest to the true value (18.6 亿 → 186 × 10^7), which rounding to 12 digits leaves as it is.
 * The string conversions (Number of the text, the toPrecision round trip) are left to longer numbers.
 */
function arabicValue(text: string, magnitude: number, unitMagnitude: number): number {
  let v = 0;
  let digits = 0;
  let point = -1; // digits after the decimal point, once there is one
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e) point = 0;
    else if (c !== 0x2c) {
      v = v * 10 + (c - 0x30);
      digits++;
      if (point >= 0) point++;
    }
  }
  if (digits > 12) return roundToPrecision(Number(text.replace(/,/g, '')) * POW10[magnitude]! * POW10[unitMagnitude]!);
  const e = magnitude + unitMagnitude - Math.max(point, 0);
  return e >= 0 ? v * POW10[e]! : v / POW10[-e]!;
}


/** Digits glued to Latin letters (D1Net, 4G) or hyphens are part of a name or code. */
function isPartOfToken(body: string, start: number, end: number): boolean {
  const before = start > 0 ? body.charCodeAt(start - 1) : -1;
  // [A-Za-z\-_/.] before; a letter after, unless the match itself ends in one
  if (isLatin(before) || before === 0x2d || before === 0x5f || before === 0x2f || before === 0x2e) return true;
  return end < body.length && isLatin(body.charCodeAt(end)) && !isLatin(body.charCodeAt(end - 1));
}

function overlapsDate(dates: readonly ResolvedDate[], start: number, end: number): boolean {
  for (const d of dates) if (start < d.end && end > d.start) return true;
  return false;
}

/** The closest date before the number in its sentence, else the first one after it. */
function nearbyDate(dates: readonly ResolvedDate[], sentence: Span, at: number): string | undefined {
  let before: ResolvedDate | undefined;
  let after: ResolvedDate | undefined;
  for (const d of dates) {
    if (d.start < sentence.start || d.end > sentence.end) continue;
    if (d.end <= at) before = d;
    else if (!after && d.start >= at) after = d;
  }
  return (before ?? after)?.value;
}
