import type { EntityType, ExtractedEntity, RelationType, Span } from '@/extract/extraction.types';
import type { RelationLexicon } from '@/extract/relation/relation.lexicon';

/** One placed mention of an entity in the body. */
export interface Placed {
  entity: ExtractedEntity;
  start: number;
  end: number;
  /** An anaphor (该平台, a bare 平台 opening a clause) standing for something named earlier. */
  virtual?: boolean;
}

export type Relate = (type: RelationType, from: ExtractedEntity, to: ExtractedEntity) => void;

/**
 * Marks that end a clause inside a sentence; 、 only separates list items. Chinese text writes them
 * full width; an ASCII comma is most often a thousands separator (1,860万元).
 */
const CLAUSE_MARKS = ['，', '；', '：'];

/** Positions of the clause marks in `body`, ascending: one native scan per mark, then a linear merge. */
function clauseMarks(body: string): number[] {
  let out: number[] = [];
  for (const mark of CLAUSE_MARKS) {
    const found: number[] = [];
    for (let at = body.indexOf(mark); at >= 0; at = body.indexOf(mark, at + 1)) found.push(at);
    out = out.length === 0 ? found : found.length === 0 ? out : merge(out, found);
  }
  return out;
}

function merge(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i]! < b[j]!) ? a[i++]! : b[j++]!);
  return out;
}

/**
 * The clause marks of an article, read one sentence at a time (sentences come in order): `first`
 * and `end` delimit the current sentence's marks in `marks`.
 */
export class ClauseMarks {
  readonly marks: readonly number[];
  first = 0;
  end = 0;

  constructor(body: string) {
    this.marks = clauseMarks(body);
  }

  /** Moves on to the sentence `span`. */
  at(span: Span): this {
    const m = this.marks;
    while (this.first < m.length && m[this.first]! < span.start) this.first++;
    if (this.end < this.first) this.end = this.first;
    while (this.end < m.length && m[this.end]! < span.end) this.end++;
    return this;
  }
}

const NONE: readonly Placed[] = [];

/** An organ's name ends with one of these: a verb right before it is part of the name (住房城乡建设部门). */
const ORGAN_SUFFIX = /[部厅局委处科司署办]/;

/** After an operate verb, these make it say where (部署在云上, 建于…), not what is built. */
const LOCATIVE = /[在于]/;

let operatePattern: { lex: RelationLexicon; re: RegExp; contract: ReadonlySet<string> } | undefined;

/**
 * One regex for the operate verbs and the contract verbs, longest first, so 建设 is read as 建设 and
 * not as 建, and 承建 (a contractor's verb) as 承建 and not as 建.
 */
function operateVerbPattern(lex: RelationLexicon): { re: RegExp; contract: ReadonlySet<string> } {
  if (operatePattern?.lex !== lex) {
    const words = [...lex.operateVerbs, ...lex.contractVerbs].sort((a, b) => b.length - a.length);
    operatePattern = { lex, re: new RegExp(words.join('|'), 'g'), contract: new Set(lex.contractVerbs) };
  }
  return operatePattern;
}

/**
 * What the rules of every relation type see of one sentence: its mentions (real and anaphoric) by
 * type, and where its clauses and operate verbs are, computed once per sentence.
 */
export class SentenceView {
  private readonly byType = new Map<EntityType, Placed[]>();
  private organMentions: Placed[] | undefined;
  private sentenceText: string | undefined;
  private verbs: Span[] | undefined;

  constructor(
    readonly body: string,
    readonly span: Span,
    /** Real and anaphoric mentions inside the sentence, by position. */
    readonly inside: readonly Placed[],
    readonly lex: RelationLexicon,
    private readonly clauses: ClauseMarks,
  ) {
    for (const p of inside) {
      const list = this.byType.get(p.entity.type);
      if (list) list.push(p);
      else this.byType.set(p.entity.type, [p]);
    }
  }

  of(type: EntityType): readonly Placed[] {
    return this.byType.get(type) ?? NONE;
  }

  /** The agencies and organisations, by position (they never share a start: see placeMentions). */
  organs(): readonly Placed[] {
    return (this.organMentions ??= this.inside.filter((p) => p.entity.type === 'Agency' || p.entity.type === 'Organization'));
  }

  text(): string {
    return (this.sentenceText ??= this.body.slice(this.span.start, this.span.end));
  }

  /** Whether one of `words` lies inside [start, end) of the sentence. */
  hasWord(words: readonly string[], start = this.span.start, end = this.span.end): boolean {
    const text = this.text();
    const from = start - this.span.start;
    for (const w of words) {
      const at = text.indexOf(w, from);
      if (at >= 0 && this.span.start + at + w.length <= end) return true;
    }
    return false;
  }

  /** Whether a clause mark lies in [start, end). */
  breaksBetween(start: number, end: number): boolean {
    const { marks, first, end: last } = this.clauses;
    for (let k = first; k < last; k++) if (marks[k]! >= start && marks[k]! < end) return true;
    return false;
  }

  /** The end of the clause `pos` is in: the next clause mark, or the end of the sentence. */
  clauseEnd(pos: number): number {
    const { marks, first, end } = this.clauses;
    for (let k = first; k < end; k++) if (marks[k]! >= pos) return marks[k]!;
    return this.span.end;
  }

  clauseStart(pos: number): number {
    let start = this.span.start;
    const { marks, first, end } = this.clauses;
    for (let k = first; k < end && marks[k]! < pos; k++) start = marks[k]! + 1;
    return start;
  }

  /** A mention that opens its clause (only spaces and quote marks before it): the clause's subject. */
  opensClause(p: Placed): boolean {
    return /^[\s“"「『]*$/.test(this.body.slice(this.clauseStart(p.start), p.start));
  }

  /** The last operate verb inside [start, end), as a span; verbs inside organ names do not count. */
  lastOperateVerb(start: number, end: number): Span | undefined {
    let last: Span | undefined;
    for (const v of this.operateVerbs()) if (v.start >= start && v.end <= end) last = v;
    return last;
  }

  private operateVerbs(): Span[] {
    if (this.verbs) return this.verbs;
    this.verbs = [];
    // exec on one shared regex, not matchAll, which clones the regex on every call
    const { re, contract } = operateVerbPattern(this.lex);
    const text = this.text();
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = this.span.start + m.index;
      const end = start + m[0].length;
      const next = this.body[end] ?? '';
      if (!contract.has(m[0]) && !ORGAN_SUFFIX.test(next) && !LOCATIVE.test(next)) this.verbs.push({ text: m[0], start, end });
    }
    return this.verbs;
  }
}

export function between(body: string, a: Placed, b: Placed): string {
  return body.slice(a.end, b.start);
}

export function hasAny(text: string, words: readonly string[]): boolean {
  for (const w of words) if (text.includes(w)) return true;
  return false;
}

export function closest(candidates: readonly Placed[], to: Placed): Placed | undefined {
  let best: Placed | undefined;
  let bestGap = Infinity;
  for (const c of candidates) {
    const gap = c.end <= to.start ? to.start - c.end : c.start >= to.end ? c.start - to.end : 0;
    if (gap < bestGap) {
      best = c;
      bestGap = gap;
    }
  }
  return best;
}
