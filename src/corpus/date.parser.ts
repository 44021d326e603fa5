/**
 * Calendar dates as bulletins and article headers write them: 2014年6月6日, 2015-12-01, 2015/12/1,
 * 2015.12.1 and 二〇一四年六月六日 (official documents), full-width digits included.
 */

const CN_DIGIT: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

function cnYear(s: string): number {
  return Number([...s].map((c) => CN_DIGIT[c]).join(''));
}

/** 一 … 三十一 as used for months and days. */
function cnSmall(s: string): number | null {
  const m = /^([一二三]?)(十?)([一二三四五六七八九]?)$/.exec(s);
  if (!m || (!m[1] && !m[2] && !m[3])) return null;
  if (!m[2]) return m[1] ? null : CN_DIGIT[m[3]!]!;
  return (m[1] ? CN_DIGIT[m[1]]! : 1) * 10 + (m[3] ? CN_DIGIT[m[3]]! : 0);
}

const pad = (n: number) => String(n).padStart(2, '0');

function iso(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

interface Found {
  date: string;
  index: number;
  length: number;
}

const ARABIC_CJK = /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/;
const ARABIC_SEP = /(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/;
const CHINESE = /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日/;

function locate(text: string): Found | null {
  // NFKC folds full-width digits and separators one-to-one, so indices stay valid for `text`.
  const folded = text.normalize('NFKC');
  const sameLength = folded.length === text.length;
  const src = sameLength ? folded : text;
  let m = ARABIC_CJK.exec(src);
  if (m) {
    const date = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    if (date) return { date, index: m.index, length: m[0].length };
  }
  m = ARABIC_SEP.exec(src);
  if (m) {
    const date = iso(Number(m[1]), Number(m[3]), Number(m[4]));
    if (date) return { date, index: m.index, length: m[0].length };
  }
  m = CHINESE.exec(src);
  if (m) {
    const month = cnSmall(m[2]!);
    const day = cnSmall(m[3]!);
    const date = month && day ? iso(cnYear(m[1]!), month, day) : null;
    if (date) return { date, index: m.index, length: m[0].length };
  }
  return null;
}

/** The first complete calendar date in `text`, as ISO YYYY-MM-DD, or null. */
export function findIsoDate(text: string): string | null {
  return locate(text)?.date ?? null;
}

const DATE_LABEL = /^(?:日期|出版日期|发布日期|发布时间|发表时间|时间|编印日期)\s*[:：]?\s*/;
const WEEKDAY = /[（(]?\s*(?:星期|周|礼拜)[一二三四五六日天]\s*[）)]?/;

/**
 * The date when the whole line is a date (optionally labelled, optionally with a weekday), e.g.
 * "2014年6月6日", "日期：2015-12-01", "2015年12月1日 星期二"; null for prose that mentions a date.
 */
export function dateLine(line: string): string | null {
  const text = line.trim().replace(DATE_LABEL, '');
  const found = locate(text);
  if (!found) return null;
  const rest = (text.slice(0, found.index) + text.slice(found.index + found.length)).replace(WEEKDAY, '');
  return /^[\s\p{P}]*$/u.test(rest) ? found.date : null;
}
