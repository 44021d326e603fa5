import { between, hasAny, type Relate, type SentenceView } from '@/extract/relation/relation.sentence';

/** Longest run of adverbs and verbs between a system and the 与 that introduces its counterpart (已, 打通了). */
const MAX_LEAD = 8;
/** Longest modifier between 与 and the counterpart (工商总局的, 省政务服务数据管理局推出的“). */
const MAX_MODIFIER = 16;

/** Adverbs that may open a clause before 通过 (并通过, 还借助). */
const VIA_ADVERB = /^[并还也再]/;

/**
 * CONNECTS_TO: two systems coordinated and linked (A与B实现了无缝对接), close with a link word
 * between (A对接B), a system 与 (or 通过) a list of systems in one clause with a link word in it
 * (平台已与A、B以及C实现互联互通; A打通了与B、C的数据接口): the subject to each listed one, and
 * the sentence's first system, when it opens its clause, to one reached through in a later clause
 * (…介绍，平台依托政务云部署，通过B平台打通了43个业务系统).
 */
export function connectsRelations(v: SentenceView, relate: Relate): void {
  const { body, lex } = v;
  const systems = v.of('System');
  if (systems.length < 2) return;
  for (let a = 0; a < systems.length; a++) {
    const x = systems[a]!;
    const end = v.clauseEnd(x.end);
    const listed = systems.filter((y) => y.start >= x.end && y.end <= end && y.entity !== x.entity);
    let lead = false;
    if (listed.length > 0) {
      const gap = body.slice(x.end, listed[0]!.start);
      lead = linkBefore(gap, lex.linkWords) || linkBefore(gap, lex.viaWords);
    }
    if (lead && v.hasWord(lex.connectWords, x.end, end)) for (const y of listed) relate('CONNECTS_TO', x.entity, y.entity);
    for (let b = a + 1; b < systems.length; b++) {
      const y = systems[b]!;
      if (x.entity === y.entity) continue;
      const mid = between(body, x, y);
      const coordinated = /(与|和|同|跟)$/.test(mid) || /^(与|和|同|跟)/.test(mid);
      if ((coordinated && v.hasWord(lex.connectWords, y.end)) || (mid.length <= 8 && hasAny(mid, lex.connectWords))) relate('CONNECTS_TO', x.entity, y.entity);
    }
  }
  const subject = systems[0];
  if (!subject || !v.opensClause(subject)) return;
  const first = v.clauseEnd(subject.end);
  for (const y of systems) {
    if (y.start < first || y.entity === subject.entity) continue;
    const open = v.clauseStart(y.start);
    const lead = body.slice(open, y.start).replace(VIA_ADVERB, '');
    const via = lex.viaWords.find((w) => lead.startsWith(w));
    const alone = !systems.some((z) => z !== y && z.start >= open && z.start < y.start);
    if (via && alone && lead.length - via.length <= MAX_MODIFIER && v.hasWord(lex.connectWords, y.end, v.clauseEnd(y.end))) relate('CONNECTS_TO', subject.entity, y.entity);
  }
}

/** A gap like 已与…的 / 打通了与 …: a link word after a short lead and before a short modifier. */
function linkBefore(gap: string, linkWords: readonly string[]): boolean {
  for (const w of linkWords) {
    const at = gap.indexOf(w);
    if (at >= 0 && at <= MAX_LEAD && gap.length - at - w.length <= MAX_MODIFIER) return true;
  }
  return false;
}
