import type { EntityRef, ExtractedEntity, ExtractedRelation, RelationType, Span } from '@/extract/extraction.types';
import { Discourse } from '@/extract/relation/relation.anaphora';
import { connectsRelations } from '@/extract/relation/relation.connects';
import { issuedRelations } from '@/extract/relation/relation.issued';
import { relationLexicon } from '@/extract/relation/relation.lexicon';
import { operatesRelations } from '@/extract/relation/relation.operates';
import { partnersRelations } from '@/extract/relation/relation.partners';
import { ClauseMarks, SentenceView, type Placed, type Relate } from '@/extract/relation/relation.sentence';
import { usesRelations } from '@/extract/relation/relation.uses';

/**
 * Relations stated inside one sentence, by the order of mentions and the words between them:
 * OPERATES, USES, CONNECTS_TO, PARTNERS_WITH, ISSUED_BY (one file per type), plus WORKS_AT for a
 * person whose organ is only referred back to (该局副局长陈立伟). References back (该平台, a clause
 * opening with 平台, 该局) count as mentions of what they stand for, so a system named in one
 * sentence and described in the next (平台运用人工智能…) gets its relations.
 */
export function sentenceRelations(body: string, sentences: readonly Span[], entities: readonly ExtractedEntity[]): ExtractedRelation[] {
  const lex = relationLexicon();
  const placed = placeMentions(entities);
  const out: ExtractedRelation[] = [];
  let evidence: Span;
  const relate: Relate = (type, from, to) => {
    // 地理信息系统 the system USES 地理信息系统 the technology: one thing typed twice, not a relation
    if (from === to || from.name === to.name || stated(out, type, from, to)) return;
    out.push({ type, from: ref(from), to: ref(to), evidence });
  };
  const discourse = new Discourse(body, lex.anaphora);
  const clauses = new ClauseMarks(body);
  let i = 0;
  for (const s of sentences) {
    while (i < placed.length && placed[i]!.start < s.start) i++;
    let j = i;
    while (j < placed.length && placed[j]!.start < s.end) j++;
    const real = j === i ? NONE : within(placed, i, j, s.end);
    const virtual = discourse.resolve(s, real, clauses.at(s));
    const inside = virtual.length === 0 ? real : [...real, ...virtual].sort((a, b) => a.start - b.start);
    discourse.remember(inside);
    if (!mayRelate(inside)) continue;
    evidence = s;
    const view = new SentenceView(body, s, inside, lex, clauses);
    const operators = operatesRelations(view, relate);
    usesRelations(view, relate);
    connectsRelations(view, relate);
    partnersRelations(view, relate, operators);
    issuedRelations(view, relate);
    if (virtual.length > 0) referredEmployers(view, relate);
  }
  return out;
}

const NONE: readonly Placed[] = [];

/**
 * Whether the sentence holds both ends of some relation the rules below read, so the many sentences
 * that cannot (a place and a technology, one system alone) cost no SentenceView. Each clause is
 * the pair of types one rule file needs; a new rule must be added here too.
 */
function mayRelate(inside: readonly Placed[]): boolean {
  if (inside.length < 2) return false;
  let systems = 0;
  let agency = false;
  let organisation = false;
  let technology = false;
  let document = false;
  let region = false;
  let person = false;
  let referredOrgan = false;
  for (const p of inside) {
    const type = p.entity.type;
    if (type === 'System') systems++;
    else if (type === 'Agency' || type === 'Organization') {
      if (type === 'Agency') agency = true;
      else organisation = true;
      if (p.virtual) referredOrgan = true;
    } else if (type === 'Technology') technology = true;
    else if (type === 'Policy' || type === 'Publication') document = true;
    else if (type === 'Region') region = true;
    else if (type === 'Person') person = true;
  }
  return (
    (systems > 0 && (agency || organisation || technology)) || // OPERATES, USES
    systems > 1 || // CONNECTS_TO
    (organisation && (agency || region)) || // PARTNERS_WITH
    (document && (agency || region)) || // ISSUED_BY
    (person && referredOrgan) // WORKS_AT
  );
}

/** placed[from, to) that end by `end` (a mention may run over a sentence break). */
function within(placed: readonly Placed[], from: number, to: number, end: number): Placed[] {
  const out: Placed[] = [];
  for (let k = from; k < to; k++) if (placed[k]!.end <= end) out.push(placed[k]!);
  return out;
}

/**
 * Mentions by position. An organ named inside a longer organ's name (浏阳市人民政府 in
 * 浏阳市人民政府新闻办公室) is not a party of its own: the longer name is the one acting.
 */
function placeMentions(entities: readonly ExtractedEntity[]): Placed[] {
  const all: Placed[] = [];
  for (const entity of entities) for (const m of entity.mentions) all.push({ entity, start: m.start, end: m.end, virtual: false });
  sortByPosition(all);
  const out: Placed[] = [];
  let organEnd = -1;
  for (const p of all) {
    const organ = p.entity.type === 'Agency' || p.entity.type === 'Organization';
    if (organ && p.end <= organEnd) continue;
    if (organ) organEnd = p.end;
    out.push(p);
  }
  return out;
}

/**
 * By start, the longer first at one start, stable. An article has a few dozen mentions: an insertion
 * sort then beats Array.prototype.sort, which costs a call per comparison and ~1 KB of merge state;
 * past that, its quadratic worst case would not.
 */
function sortByPosition(placed: Placed[]): void {
  if (placed.length > 64) {
    placed.sort((a, b) => a.start - b.start || b.end - a.end);
    return;
  }
  for (let i = 1; i < placed.length; i++) {
    const p = placed[i]!;
    let j = i - 1;
    for (; j >= 0 && (placed[j]!.start > p.start || (placed[j]!.start === p.start && placed[j]!.end < p.end)); j--) placed[j + 1] = placed[j]!;
    placed[j + 1] = p;
  }
}

/** 该局副局长陈立伟: the person's role follows a reference back to their organ. */
function referredEmployers(v: SentenceView, relate: Relate): void {
  for (const person of v.of('Person')) {
    const role = person.entity.attrs?.['role'];
    const organ = role && v.inside.find((p) => p.virtual && (p.entity.type === 'Agency' || p.entity.type === 'Organization') && v.body.slice(p.end, person.start) === role);
    if (organ) relate('WORKS_AT', person.entity, organ.entity);
  }
}

/**
 * Whether the relation is already in `out` (stated by an earlier sentence). A scan, not a set of
 * string keys: an article states a handful of relations, and a key string per call cost more.
 */
function stated(out: readonly ExtractedRelation[], type: RelationType, from: ExtractedEntity, to: ExtractedEntity): boolean {
  for (const r of out) if (r.type === type && r.from.name === from.name && r.to.name === to.name && r.from.type === from.type && r.to.type === to.type) return true;
  return false;
}

function ref(e: ExtractedEntity): EntityRef {
  return e.code ? { type: e.type, name: e.name, code: e.code } : { type: e.type, name: e.name };
}
