import { between, hasAny, type Relate, type SentenceView } from '@/extract/relation/relation.sentence';

/**
 * ISSUED_BY: a place right before a document (四川省《…》), else the organs before it with an
 * issue verb between (国务院印发《…》), else a place as the subject (四川省发布“智慧蓉城”计划).
 */
export function issuedRelations(v: SentenceView, relate: Relate): void {
  const { body, span, lex } = v;
  const regions = v.of('Region');
  for (const doc of [...v.of('Policy'), ...v.of('Publication')]) {
    const gap = body.slice(Math.max(span.start, doc.start - 2), doc.start);
    const place = regions.find((r) => r.end === doc.start || (r.end === doc.start - 1 && /[“《"「]$/.test(gap)));
    if (place) {
      relate('ISSUED_BY', doc.entity, place.entity);
      continue;
    }
    const issuers = v.of('Agency').filter((a) => a.end <= doc.start && hasAny(between(body, a, doc), lex.issueVerbs));
    for (const a of issuers) relate('ISSUED_BY', doc.entity, a.entity);
    const issuingPlace = [...regions].reverse().find((r) => r.end <= doc.start && hasAny(between(body, r, doc), lex.issueVerbs));
    if (issuers.length === 0 && issuingPlace) relate('ISSUED_BY', doc.entity, issuingPlace.entity);
  }
}
