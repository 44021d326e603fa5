import { UnitSet } from '@/extract/text/unit.set';

/**
 * The Chinese date expressions the resolver knows, each a sticky expression with what a match must
 * hold and where it can start, and how it resolves against the bulletin (reference) date.
 */

export interface Ref {
  y: number;
  m: number;
  d: number;
}

const SP = '\\s*';
/** The value of each Chinese digit, by character code. */
const CN_DIGIT: ReadonlyMap<number, number> = new Map(
  [...'〇零一二两三四五六七八九'].map((c, i) => [c.charCodeAt(0), [0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9][i]!]),
);
const TEN = '十'.charCodeAt(0);
const LIANG = '两'.charCodeAt(0);
const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * 一 … 三十一 / 十二 etc. as used in months and days (a tens digit 一–九 or 两, 十, a units digit
 * 一–九, 〇 or 零, each optional); digits pass through. Read by character: it runs for every date.
 */
export function smallNumber(s: string): number | null {
  if (s.length === 0) return null;
  let digits = true;
  for (let i = 0; i < s.length; i++) if (!isAsciiDigit(s.charCodeAt(i))) digits = false;
  if (digits) return Number(s);
  let i = 0;
  const lead = CN_DIGIT.get(s.charCodeAt(i));
  const tensDigit = lead !== undefined && lead !== 0 ? lead : undefined;
  if (tensDigit !== undefined) i++;
  const ten = s.charCodeAt(i) === TEN;
  if (ten) i++;
  // 两 counts tens (两千) but not units: 十两 is no number
  const units = s.charCodeAt(i) !== LIANG ? CN_DIGIT.get(s.charCodeAt(i)) : undefined;
  if (units !== undefined) i++;
  if (i !== s.length) return null;
  if (!ten) return units !== undefined ? null : tensDigit!;
  return (tensDigit ?? 1) * 10 + (units ?? 0);
}

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const ym = (y: number, m: number) => `${y}-${pad(m)}`;

function shiftMonth(ref: Ref, delta: number): { y: number; m: number } {
  const idx = ref.y * 12 + (ref.m - 1) + delta;
  return { y: Math.floor(idx / 12), m: (idx % 12) + 1 };
}

export function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

/** As the calendar of Date.UTC counts them, which reads years 0–99 as 1900–1999. */
function daysInMonth(y: number, m: number): number {
  if (m !== 2) return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  const full = y >= 0 && y <= 99 ? 1900 + y : y;
  return (full % 4 === 0 && full % 100 !== 0) || full % 400 === 0 ? 29 : 28;
}

const DIGITS = '0123456789';
const NUM_NUMERALS = '一二三四五六七八九十';
const YEAR_NUMERALS = '一二〇零三四五六七八九';
const NUM = `(\\d{1,2}|[${NUM_NUMERALS}]{1,3})`;
const YEAR = `(\\d{4}|[${YEAR_NUMERALS}]{4})`;
const REL_YEARS = '今年|本年|当年|去年|上年|前年|明年|来年';
/** The relative years the month and year rules accept (not 当年). */
const REL_YEARS_NAMED = '今年|本年|去年|上年|前年|明年|来年';
const REL_MONTHS = '本月|当月|这个月|上个?月|下个?月';
const REL_DAYS = '今天|今日|今起|即日起|昨天|昨日|明天|明日|前天';

/** The first characters of the alternatives of `alt` (a|bc|d → a, b, d). */
const firstOf = (alt: string): string => alt.split('|').map((a) => a[0]).join('');
const codes = (chars: string): UnitSet => UnitSet.of(chars);

/**
 * Every character a date expression can hold besides \s; a match never crosses any other, so the
 * rules only need trying inside runs of these (and of spaces), and only in runs holding their key
 * characters: one of 年月日号季天起, given as KEY_* bits.
 */
export const DATE_CHARS = '0123456789一二三四五六七八九十两〇零年月日号第季度份今本当去上前明来个这下底初末半中旬以起天昨即';
export const KEY_YEAR = 1, KEY_MONTH = 2, KEY_DAY = 4, KEY_HAO = 8, KEY_QUARTER = 16, KEY_TIAN = 32, KEY_QI = 64;
export const KEY_CHARS: ReadonlyArray<readonly [string, number]> = [
  ['年', KEY_YEAR], ['月', KEY_MONTH], ['日', KEY_DAY], ['号', KEY_HAO], ['季', KEY_QUARTER], ['天', KEY_TIAN], ['起', KEY_QI],
];

export interface Rule {
  re: RegExp;
  /** Key characters (KEY bits) a match always holds: one of each mask. */
  needs: readonly number[];
  /**
   * The characters a match can start with (those of the expression's leading group): the sticky
   * expression is tried only there, instead of at every position of a run (12k tries per
   * 200k characters for 500 dates).
   */
  starts: UnitSet;
  resolve(m: RegExpExecArray, ref: Ref | null): string | null;
}

/** The year a YEAR capture spells: four digits, or four Chinese digits (二〇一七). */
export function year(s: string): number {
  let y = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    y = y * 10 + (isAsciiDigit(c) ? c - 0x30 : CN_DIGIT.get(c) ?? 0);
  }
  return y;
}

// Maps, not objects: a capture is a fresh string, which an object lookup first looks up in the
// engine's table of property names
const table = (entries: Record<string, number>): ReadonlyMap<string, number> => new Map(Object.entries(entries));
const QUARTER = table({ 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 });
const REL_YEAR = table({ 今年: 0, 本年: 0, 当年: 0, 去年: -1, 上年: -1, 前年: -2, 明年: 1, 来年: 1 });
const REL_MONTH = table({ 本月: 0, 当月: 0, 这个月: 0, 上月: -1, 上个月: -1, 下月: 1, 下个月: 1 });
const REL_DAY = table({ 今天: 0, 今日: 0, 今起: 0, 即日起: 0, 昨天: -1, 昨日: -1, 明天: 1, 明日: 1, 前天: -2 });

function addDays(ref: Ref, delta: number): string {
  const t = new Date(Date.UTC(ref.y, ref.m - 1, ref.d + delta));
  return ymd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Ordered most-specific first; a later rule never overlaps an earlier match. */
export const RULES: Rule[] = [
  {
    // 2014年6月6日, 2014 年 6 月 6 日 (also the anchor of an article without a reference date)
    re: new RegExp(`${YEAR}${SP}年${SP}${NUM}${SP}月${SP}${NUM}${SP}[日号]`, 'y'),
    needs: [KEY_YEAR, KEY_MONTH, KEY_DAY | KEY_HAO],
    starts: codes(DIGITS + YEAR_NUMERALS),
    resolve: (m) => {
      const y = year(m[1]!), mo = smallNumber(m[2]!), d = smallNumber(m[3]!);
      return mo && d && validDay(y, mo, d) ? ymd(y, mo, d) : null;
    },
  },
  {
    re: new RegExp(`${YEAR}${SP}年${SP}(?:第)?([一二三四1-4])${SP}季度`, 'y'),
    needs: [KEY_YEAR, KEY_QUARTER],
    starts: codes(DIGITS + YEAR_NUMERALS),
    resolve: (m) => `${year(m[1]!)}-Q${QUARTER.get(m[2]!)}`,
  },
  {
    re: new RegExp(`${YEAR}${SP}年${SP}${NUM}${SP}月(?:份)?`, 'y'),
    needs: [KEY_YEAR, KEY_MONTH],
    starts: codes(DIGITS + YEAR_NUMERALS),
    resolve: (m) => {
      const mo = smallNumber(m[2]!);
      return mo && mo <= 12 ? ym(year(m[1]!), mo) : null;
    },
  },
  {
    re: new RegExp(`(${REL_YEARS})${SP}(?:第)?([一二三四1-4])${SP}季度`, 'y'),
    needs: [KEY_YEAR, KEY_QUARTER],
    starts: codes(firstOf(REL_YEARS)),
    resolve: (m, ref) => (ref ? `${ref.y + REL_YEAR.get(m[1]!)!}-Q${QUARTER.get(m[2]!)}` : null),
  },
  {
    re: new RegExp(`(${REL_YEARS_NAMED})${SP}${NUM}${SP}月${SP}(?:${NUM}${SP}[日号])?`, 'y'),
    needs: [KEY_YEAR, KEY_MONTH],
    starts: codes(firstOf(REL_YEARS_NAMED)),
    resolve: (m, ref) => {
      if (!ref) return null;
      const y = ref.y + REL_YEAR.get(m[1]!)!;
      const mo = smallNumber(m[2]!);
      if (!mo || mo > 12) return null;
      if (!m[3]) return ym(y, mo);
      const d = smallNumber(m[3]);
      return d && validDay(y, mo, d) ? ymd(y, mo, d) : null;
    },
  },
  {
    re: new RegExp(`(${REL_YEARS_NAMED})(?:上半年|下半年|年底|年初|年末|底|初)?`, 'y'),
    needs: [KEY_YEAR],
    starts: codes(firstOf(REL_YEARS_NAMED)),
    resolve: (m, ref) => (ref ? String(ref.y + REL_YEAR.get(m[1]!)!) : null),
  },
  {
    re: new RegExp(`(${REL_MONTHS})(?:底|初|中旬|上旬|下旬|末)?`, 'y'),
    needs: [KEY_MONTH],
    starts: codes(firstOf(REL_MONTHS)),
    resolve: (m, ref) => {
      if (!ref) return null;
      const t = shiftMonth(ref, REL_MONTH.get(m[1]!)!);
      return ym(t.y, t.m);
    },
  },
  {
    re: new RegExp(`(?<![\\d年])${NUM}${SP}月${SP}${NUM}${SP}[日号]`, 'y'),
    needs: [KEY_MONTH, KEY_DAY | KEY_HAO],
    starts: codes(DIGITS + NUM_NUMERALS),
    resolve: (m, ref) => {
      if (!ref) return null;
      const mo = smallNumber(m[1]!), d = smallNumber(m[2]!);
      return mo && d && validDay(ref.y, mo, d) ? ymd(ref.y, mo, d) : null;
    },
  },
  {
    re: new RegExp(`(?<![\\d年\\.])${NUM}${SP}月(?:份|底|初|中旬|上旬|下旬|末)?(?![\\d个])`, 'y'),
    needs: [KEY_MONTH],
    starts: codes(DIGITS + NUM_NUMERALS),
    resolve: (m, ref) => {
      if (!ref) return null;
      const mo = smallNumber(m[1]!);
      return mo && mo <= 12 ? ym(ref.y, mo) : null;
    },
  },
  {
    re: /(?<![\d\.])(\d{4})\s*年(?!\s*[\d一二三四五六七八九十]+\s*(?:月|季度))(?:底|初|末|上半年|下半年|前|以来|起)?/y,
    needs: [KEY_YEAR],
    starts: codes(DIGITS),
    resolve: (m) => {
      const y = Number(m[1]);
      return y >= 1949 && y <= 2100 ? String(y) : null;
    },
  },
  {
    // a bare day (6日, 3 日) means that day of the reference month; N号 only as a date
    // (6号起, 6号前), never 3号楼, 1号线, 5号文件
    re: /(?<![\d月\.])(\d{1,2})\s*(?:日|号(?=[起前后至到上下晚，。、；\s]|$))(?![\d元])/y,
    needs: [KEY_DAY | KEY_HAO],
    starts: codes(DIGITS),
    resolve: (m, ref) => {
      if (!ref) return null;
      const d = Number(m[1]);
      return validDay(ref.y, ref.m, d) ? ymd(ref.y, ref.m, d) : null;
    },
  },
  {
    re: new RegExp(`(${REL_DAYS})`, 'y'),
    needs: [KEY_TIAN | KEY_DAY | KEY_QI],
    starts: codes(firstOf(REL_DAYS)),
    resolve: (m, ref) => (ref ? addDays(ref, REL_DAY.get(m[1]!)!) : null),
  },
];
