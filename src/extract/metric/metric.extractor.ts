import type { ExtractedMetric, Span } from '@/extract/extraction.types';
import { resolveDates } from '@/extract/date/date.resolver';

/**
 * Quantities stated in an article: a number (Arabic, with 万/亿 multipliers) plus a unit, and the
 * noun phrase naming what is counted. Values are normalised to the base unit (18.6 亿元 → 1.86e9 元,
 * 1000多万 人 → 1e7 人); percentages keep 85 with unit %.
 */

const MULT: Record<string, number> = { 十: 10, 百: 100, 千: 1e3, 万: 1e4, 亿: 1e8, 万亿: 1e12 };
const UNITS = ['万元', '亿元', '元', '个', '项', '家', '人次', '人', '件次', '件', '条', '次', '台', '套', '户', '所', '座', '张', '部', '类', '种', '名', '位', '万', '亿'];
const NUM_RE = /(\d+(?:[.,]\d+)*)\s*(多|余)?\s*(万亿|万|亿|千|百)?\s*(多|余)?\s*(%|％|个百分点|万元|亿元|元|个|项|家|人次|人|件次|件|条|次|台|套|户|所|座|张|部|类|种|名|位|GB|TB|PB)?/g;

export function extractMetrics(body: string, sentences: Span[], referenceDate: string | null): ExtractedMetric[] {
  const dates = resolveDates(body, referenceDate);
  const inDate = (s: number, e: number) => dates.some((d) => s < d.end && e > d.start);
  const out: ExtractedMetric[] = [];
  NUM_RE.lastIndex = 0;
  for (let m = NUM_RE.exec(body); m; m = NUM_RE.exec(body)) {
    if (!m[0]) { NUM_RE.lastIndex++; continue; }
    const start = m.index;
    const text = m[0].replace(/\s+$/, '');
    const end = start + text.length;
    if (inDate(start, end)) continue;
    let unit = m[5];
    const mult = m[3] ? MULT[m[3]]! : 1;
    if (!unit && !m[3]) continue;
    let value = Number(m[1]!.replace(/,/g, '')) * mult;
    if (unit === '万元') { value *= 1e4; unit = '元'; }
    else if (unit === '亿元') { value *= 1e8; unit = '元'; }
    else if (unit === '％') unit = '%';
    const after = body.slice(end, end + 12);
    const name = nameAfter(after) ?? nameBefore(body, start, sentences);
    if (!unit) unit = '';
    if (!name) continue;
    out.push({ name, value: round(value), unit, text, start, end });
    void UNITS;
  }
  return out;
}

function round(v: number): number {
  return Number(v.toPrecision(12));
}

function nameAfter(after: string): string | null {
  const m = /^([\u4e00-\u9fa5]{2,10}?)(?=[，。、；：,（(的和及与等]|$)/.exec(after);
  return m ? m[1]! : null;
}

function nameBefore(body: string, start: number, sentences: Span[]): string | null {
  const s = sentences.find((x) => start >= x.start && start < x.end);
  const from = s ? s.start : Math.max(0, start - 20);
  const pre = body.slice(from, start);
  const m = /([\u4e00-\u9fa5]{2,12}?)(?:达到|将达到|达|为|是|超过|突破|约)?\s*$/.exec(pre);
  return m ? m[1]! : null;
}
