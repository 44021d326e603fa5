import { between, hasAny, type Placed, type Relate, type SentenceView } from '@/extract/relation/relation.sentence';

/**
 * ISSUED_BY: a place right before a document (四川省《…》), else the organs before it with an
 * issue verb between (国务院印发《…》), else a place as the subject (四川省发布“智慧蓉城”计划).
 */
export function issuedRelations(v: SentenceView, relate: Relate): void {
  for (const doc of v.of('Policy')) issuersOf(v, doc, relate);
  for (const doc of v.of('Publication')) issuersOf(v, doc, relate);
}

function issuersOf(v: SentenceView, doc: Placed, relate: Relate): void {
  const { body, span, lex } = v;
  const regions = v.of('Region');
  const gap = body.slice(Math.max(span.start, doc.start - 2), doc.start);
  const place = regions.find((r) => r.end === doc.start || (r.end === doc.start - 1 && /[“《"「]$/.test(gap)));
  if (place) {
    relate('ISSUED_BY', doc.entity, place.entity);
    return;
  }
  let issued = false;
  for (const a of v.of('Agency')) {
    if (a.end <= doc.start && hasAny(between(body, a, doc), lex.issueVerbs)) {
      relate('ISSUED_BY', doc.entity, a.entity);
      issued = true;
    }
  }
  if (issued) return;
  // the place nearest before the document with an issue verb between
  for (let i = regions.length - 1; i >= 0; i--) {
    const r = regions[i]!;
    if (r.end <= doc.start && hasAny(between(body, r, doc), lex.issueVerbs)) {
      relate('ISSUED_BY', doc.entity, r.entity);
      return;
    }
  }
}
