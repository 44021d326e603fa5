import type { ResolvedDate, Span } from '@/extract/extraction.types';
import { isSpaceUnit } from '@/extract/text/sentence.splitter';
import { UnitSet } from '@/extract/text/unit.set';
import { UNIT_ALT } from '@/extract/metric/metric.units';

/**
 * The noun phrase naming what a number counts: the words after it (5个工作日 → 工作日, 2212项审批服务事项
 * → 审批服务事项), or the end of the clause leading to it (信息化业务系统达到 157 个 → 信息化业务系统).
 */

const LEADING_FILLER = /^(?:以上|以下|左右|上下|人民币|多|余)+/;
const NAME_STOP = /(?:的|和|与|及|或|等|(?<![许认不])可|将|已|均|都|也|在|为|是|被|从|向|由|对|到|共|达|通过|实现|进行|提供|参与|以|中|上线|面向|纳入|整合|归并|签订|接入|迁移|迁入|部署|覆盖|涉及|完成|办理|开展|实行|推行|累计)/g;
const TRAILING_VERB = /(?:已经|已|将|均|共|累计|总计|合计|约|近|超过|超|突破|达到|高达|达|为|是|有|占|到|至|增长|提高|提升|增加|减少|降低|节省|缩短|压缩|了|的|平均|预计|可|能|要|力争|分别|年均|在|同比|以上|以下|不足|接近|仅|只|就|公布|发布|上线|接入|建成|开通|推出|实现|签发|聚集|集聚)+$/;
/** Anchored: it reads letters only, where a match anywhere is a match from the start (tried once, not at each letter). */
const BEFORE_BOUNDARY = /^.*(?:的|后|前|其中|使|让|对|把|由|从|将|已|和|或|占|据|公布|发布|上线|接入|建成|开通|推出|实现)/;
const QUOTE_MARKS = /[“”"‘’「」『』《》]/g;
const QUOTE_UNITS = UnitSet.of('“”"‘’「」『』《》');
/**
 * Clause separators of a lead-in, ，,；;：:、（()）; none of them is a quote mark or a space. Compared,
 * not looked up: a lookup table (64 KB, read at every character of the lead-in) fell out of the CPU
 * cache between articles.
 */
function isClauseSeparator(c: number): boolean {
  if (c < 0x80) return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29;
  return c === 0xff0c || c === 0xff1b || c === 0xff1a || c === 0x3001 || c === 0xff08 || c === 0xff09;
}
/** A quantity closing a clause (收入 120 亿元, the 35% of 35%到50%) is not part of a name. */
const TRAILING_QUANTITY = new RegExp(`(?:\\d[\\d.,]*(?:多|余)?(?:万亿|亿|万|千)?(?:多|余)?(?:${UNIT_ALT})?(?:[到至和或~\\-—])?)+$`);

export function metricName(body: string, start: number, end: number, unit: string, sentence: Span, dates: readonly ResolvedDate[]): string | null {
  const limit = Math.min(sentence.end, end + 24);
  if (unit === '%' || unit === '个百分点' || unit === '‰') {
    const of = /^\s*(?:以上|以下|左右)?的([\u4e00-\u9fa5A-Za-z]{2,})/.exec(body.slice(end, limit).replace(QUOTE_MARKS, ''));
    return of ? cutName(of[1]!) : nameBefore(body, sentence.start, start, dates) ?? nameAfter(body, end, limit);
  }
  // most counts are named by the words after them: the lead-in is read only when they are not
  return nameAfter(body, end, limit) ?? nameBefore(body, sentence.start, start, dates);
}

function cutName(run: string): string | null {
  NAME_STOP.lastIndex = 0;
  let cut = run.length;
  for (let m = NAME_STOP.exec(run); m; m = NAME_STOP.exec(run)) {
    if (m.index >= 2) {
      cut = m.index;
      break;
    }
  }
  // 2212 项审批服务事项目录: the count is of the items, not of the catalogue listing them
  const name = run.slice(0, Math.min(cut, 12)).replace(/(?<=.{2})(?:目录|清单|名录|名单)$/, '');
  return name.length >= 2 ? name : null;
}

/**
 * The words right after the number up to `limit`, spaces before them skipped and quote marks
 * anywhere dropped (个“一网通办”事项 → 一网通办事项), then cut at a stop word.
 */
function nameAfter(body: string, from: number, limit: number): string | null {
  let i = from;
  while (i < limit && (isSpaceUnit(body.charCodeAt(i)) || QUOTE_UNITS.has(body.charCodeAt(i)))) i++;
  const first = i;
  let quoted = false;
  for (; i < limit; i++) {
    const c = body.charCodeAt(i);
    if (QUOTE_UNITS.has(c)) quoted = true;
    else if (!isWordUnit(c)) break;
  }
  if (i === first) return null;
  const run = quoted ? body.slice(first, i).replace(QUOTE_MARKS, '') : body.slice(first, i);
  const rest = run.replace(LEADING_FILLER, '');
  return rest ? cutName(rest) : null;
}

/**
 * The noun phrase ending the lead-in body[from, to) (信息化业务系统达到 → 信息化业务系统); a clause
 * that is only a verb (分别是, 同比增长) hands over to the clause before it. A date inside the lead-in
 * bounds clauses as a separator does: 市场在 2012 年已经达到 → 市场.
 */
function nameBefore(body: string, from: number, to: number, dates: readonly ResolvedDate[]): string | null {
  let bare: string | null = null;
  let d = dates.length - 1; // walks back to the last date ending by the current clause end
  // clauses from the last one back, split lazily: most lead-ins end in their name
  for (let end = to; end >= from; ) {
    let sep = end - 1;
    while (sep >= from && !isClauseSeparator(body.charCodeAt(sep))) sep--;
    let next = sep;
    while (d >= 0 && dates[d]!.end > end) d--;
    if (d >= 0 && dates[d]!.start >= from && dates[d]!.end - 1 > sep) {
      sep = dates[d]!.end - 1;
      next = dates[d]!.start;
    }
    const run = clauseWords(body, sep + 1, end);
    end = next;
    if (!run) continue;
    const head = run.replace(TRAILING_VERB, '');
    const cut = head.replace(BEFORE_BOUNDARY, '');
    const phrase = (cut.length >= 2 ? cut : head).slice(-12);
    if (phrase.length >= 2) return phrase;
    bare ??= run.length >= 2 ? run.slice(-12) : null;
  }
  return bare;
}

/**
 * The words ending the clause body[from, to) once its quote marks and spaces are dropped, a
 * closing quantity (the first bound of a range, 35%到50%) and trailing punctuation cut off.
 */
function clauseWords(body: string, from: number, to: number): string {
  for (let i = from; i < to; i++) {
    if (isDigit(body.charCodeAt(i))) return lastWords(body.slice(from, to).replace(QUOTE_MARKS, '').replace(/\s+/g, '').replace(TRAILING_QUANTITY, ''));
  }
  // without a digit (most clauses) no quantity closes the clause and the words are read in place:
  // back over trailing punctuation, then over letters, stepping over spaces and quote marks
  let end = to;
  while (end > from && !isWordUnit(body.charCodeAt(end - 1))) end--;
  let start = end;
  let gaps = false;
  let skipped = false;
  for (let i = end - 1; i >= from; i--) {
    const c = body.charCodeAt(i);
    if (isWordUnit(c)) {
      start = i;
      gaps ||= skipped;
    } else if (isSpaceUnit(c) || QUOTE_UNITS.has(c)) skipped = true;
    else break;
  }
  if (start === end) return '';
  return gaps ? body.slice(start, end).replace(QUOTE_MARKS, '').replace(/\s+/g, '') : body.slice(start, end);
}

/** The letters ending `s` once trailing characters that are neither letters nor digits are cut. */
function lastWords(s: string): string {
  let end = s.length;
  while (end > 0 && !isWordUnit(s.charCodeAt(end - 1)) && !isDigit(s.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isWordUnit(s.charCodeAt(start - 1))) start--;
  return start === end ? '' : s.slice(start, end);
}

/** [\u4e00-\u9fa5A-Za-z]: the letters of names. */
const isWordUnit = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fa5) || isLatin(c);
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
export const isLatin = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
