import type { EntityType, ExtractedEntity, Span } from '@/extract/extraction.types';
import type { AnaphoraLexicon } from '@/extract/relation/relation.lexicon';
import type { ClauseMarks, Placed } from '@/extract/relation/relation.sentence';

interface Kind {
  type: EntityType;
  endings: readonly string[];
}

/**
 * Tails of a system name that may stand for it on their own: at least 3 characters unless a head
 * word (平台), at most 5 (a longer tail is nearly the whole name, which the entity finders catch).
 */
const MIN_TAIL = 3;
const MAX_TAIL = 5;

/** What the anaphora lexicon compiles to, once per process. */
interface Compiled {
  /** Head words by their first character, longest first (委员会 before 委). */
  heads: ReadonlyMap<number, readonly string[]>;
  kinds: ReadonlyMap<string, readonly Kind[]>;
  /** Name ending → the head words (and kinds) it lets stand for the name: 办公室 → 办, 办公室 (Agency). */
  endings: ReadonlyMap<string, ReadonlyArray<{ head: string; type: EntityType }>>;
  longestEnding: number;
  systemHeads: ReadonlySet<string>;
}

let compiled: { lex: AnaphoraLexicon; out: Compiled } | undefined;

function compile(lex: AnaphoraLexicon): Compiled {
  if (compiled?.lex === lex) return compiled.out;
  const kinds = new Map<string, Kind[]>();
  for (const [type, heads] of Object.entries(lex.heads) as Array<[EntityType, Record<string, string[]>]>)
    for (const [head, endings] of Object.entries(heads)) kinds.set(head, [...(kinds.get(head) ?? []), { type, endings }]);
  const heads = new Map<number, string[]>();
  for (const head of [...kinds.keys()].sort((x, y) => y.length - x.length)) heads.set(head.charCodeAt(0), [...(heads.get(head.charCodeAt(0)) ?? []), head]);
  const endings = new Map<string, Array<{ head: string; type: EntityType }>>();
  for (const [head, list] of kinds) for (const { type, endings: ends } of list) for (const e of ends) endings.set(e, [...(endings.get(e) ?? []), { head, type }]);
  const longestEnding = Math.max(...[...endings.keys()].map((e) => e.length));
  const out = { heads, kinds, endings, longestEnding, systemHeads: new Set(Object.keys(lex.heads.System ?? {})) };
  compiled = { lex, out };
  return out;
}

interface Demonstrative {
  start: number;
  end: number;
  head: string;
}

/** Every demonstrative + head word in the body (most articles have none or a handful), by position. */
function findDemonstratives(body: string, lex: AnaphoraLexicon, heads: ReadonlyMap<number, readonly string[]>): Demonstrative[] {
  const out: Demonstrative[] = [];
  for (const d of lex.demonstratives) {
    for (let at = body.indexOf(d); at >= 0; at = body.indexOf(d, at + 1)) {
      const head = heads.get(body.charCodeAt(at + d.length))?.find((h) => body.startsWith(h, at + d.length));
      const end = at + d.length + (head?.length ?? 0);
      if (head && !lex.notAfter[d]?.includes(body[at - 1] ?? '') && !lex.notBefore[head]?.includes(body[end] ?? '')) out.push({ start: at, end, head });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

/** What a system relates to (OPERATES, USES, CONNECTS_TO): only beside these does a reference to one count. */
const SYSTEM_PARTIES: ReadonlySet<EntityType> = new Set<EntityType>(['System', 'Technology', 'Agency', 'Organization']);

/** What a demonstrative can stand for. */
const TARGETS: ReadonlySet<EntityType> = new Set<EntityType>(['System', 'Agency', 'Organization', 'Region']);

const NONE: readonly Placed[] = [];

/**
 * References back to things named earlier, turned into mentions so the relation rules read
 * 该平台运用大数据 like 皖事通运用大数据:
 * - a demonstrative before a head word (该平台, 这一系统, 该局, 该市) stands for the latest thing of
 *   that kind named before it;
 * - a clause that opens with the tail of a system's name (平台已与…, 政务云采用…, 开放系统与…)
 *   stands for the FIRST system whose name ends so: news names its subject first, and a bare 平台
 *   later in the story means that one, not the platform last named in passing.
 */
export class Discourse {
  /** What a demonstrative may stand for, named (or referred to) before the current sentence, in text order. */
  private readonly history: Placed[] = [];
  /** Entity → the head words that can stand for it (该局 for …局), found when first asked. */
  private readonly headsOf = new Map<ExtractedEntity, readonly string[]>();
  /** The systems named so far, first named first, and the names (not objects: cheaper to hash) seen. */
  private readonly systems: ExtractedEntity[] = [];
  private readonly seenSystems = new Set<string>();
  /** Last characters of their names and aliases: a tail must end in one, which rules out most clauses at once. */
  private readonly lastChars = new Set<number>();
  private readonly lexicon: Compiled;
  private readonly demonstratives: Demonstrative[];
  private nextDemonstrative = 0;

  constructor(
    private readonly body: string,
    lex: AnaphoraLexicon,
  ) {
    this.lexicon = compile(lex);
    this.demonstratives = findDemonstratives(body, lex, this.lexicon.heads);
  }

  /** Anaphoric mentions in `span`, given the real mentions (by position) and clause marks there. */
  resolve(span: Span, real: readonly Placed[], clauses: ClauseMarks): readonly Placed[] {
    // alone, a reference back states no relation
    if (real.length === 0) return NONE;
    const out: Placed[] = [];
    const ds = this.demonstratives;
    while (this.nextDemonstrative < ds.length && ds[this.nextDemonstrative]!.start < span.start) this.nextDemonstrative++;
    for (let k = this.nextDemonstrative; k < ds.length && ds[k]!.start < span.end; k++) {
      const d = ds[k]!;
      if (d.end > span.end || covered(d.start, real, out)) continue;
      const target = this.latest(d.head, d.start, real);
      if (target) out.push({ entity: target, start: d.start, end: d.end, virtual: true });
    }
    // a clause can only open with the tail of a system named before, and that only matters beside
    // something a system relates to
    let system = false;
    let party = false;
    for (const p of real) {
      system ||= p.entity.type === 'System';
      party ||= SYSTEM_PARTIES.has(p.entity.type);
    }
    if (party && (system || this.systems.length > 0)) this.openings(span, real, clauses, out);
    return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out.length > 0 ? out : NONE;
  }

  /** Records a sentence's mentions (real and anaphoric) once its relations are read. */
  remember(mentions: readonly Placed[]): void {
    // only a demonstrative looks back for the latest thing of a kind
    const keep = this.nextDemonstrative < this.demonstratives.length;
    for (const p of mentions) {
      if (keep && TARGETS.has(p.entity.type)) this.history.push(p);
      if (!p.virtual && p.entity.type === 'System') this.learnTails(p.entity);
    }
  }

  /** Clauses of `span` opening with the tail of a system's name. */
  private openings(span: Span, real: readonly Placed[], clauses: ClauseMarks, out: Placed[]): void {
    const { marks, first, end } = clauses;
    let r = 0;
    for (let i = first - 1; i < end; i++) {
      let at = i < first ? span.start : marks[i]! + 1;
      while (at < span.end && this.body.charCodeAt(at) <= 32) at++;
      for (; r < real.length && real[r]!.end <= at; r++) if (real[r]!.entity.type === 'System') this.learnTails(real[r]!.entity);
      const tail = this.longestTailAt(at, span.end);
      if (tail && !covered(at, real, out)) out.push({ entity: tail.entity, start: at, end: at + tail.length, virtual: true });
    }
  }

  /** The latest thing before `pos` (in this sentence, else before it) that `head` can stand for. */
  private latest(head: string, pos: number, real: readonly Placed[]): ExtractedEntity | undefined {
    for (let i = real.length - 1; i >= 0; i--) if (real[i]!.end <= pos && this.fitting(real[i]!.entity).includes(head)) return real[i]!.entity;
    for (let i = this.history.length - 1; i >= 0; i--) if (this.fitting(this.history[i]!.entity).includes(head)) return this.history[i]!.entity;
    // 该平台 after “皖事通”APP: a system word with no system of that name means the latest system
    if (!this.lexicon.kinds.get(head)!.every((k) => k.type === 'System')) return undefined;
    for (let i = real.length - 1; i >= 0; i--) if (real[i]!.end <= pos && real[i]!.entity.type === 'System') return real[i]!.entity;
    for (let i = this.history.length - 1; i >= 0; i--) if (this.history[i]!.entity.type === 'System') return this.history[i]!.entity;
    return undefined;
  }

  /** The head words that can stand for `entity`: those whose kind is its type and whose ending its name has. */
  private fitting(entity: ExtractedEntity): readonly string[] {
    const heads = this.headsOf.get(entity);
    if (heads) return heads;
    const found: string[] = [];
    this.headsByEnding(entity.name, entity.type, found);
    for (const alias of entity.aliases) this.headsByEnding(alias, entity.type, found);
    this.headsOf.set(entity, found);
    return found;
  }

  /** Adds to `found` the head words of kind `type` whose endings `name` has. */
  private headsByEnding(name: string, type: EntityType, found: string[]): void {
    for (let n = 1; n <= this.lexicon.longestEnding && n <= name.length; n++) {
      const fits = this.lexicon.endings.get(name.slice(-n));
      if (fits) for (const e of fits) if (e.type === type && !found.includes(e.head)) found.push(e.head);
    }
  }

  /**
   * The longest tail of a system's name that `body` has at `at` (the first system named, of those
   * ending so): tails of 3 to 5 characters, or a head word of 2 (平台).
   */
  private longestTailAt(at: number, end: number): { entity: ExtractedEntity; length: number } | undefined {
    for (let length = Math.min(MAX_TAIL, end - at); length >= 2; length--) {
      if (!this.lastChars.has(this.body.charCodeAt(at + length - 1))) continue;
      if (length < MIN_TAIL && !this.lexicon.systemHeads.has(this.body.slice(at, at + length))) continue;
      for (const entity of this.systems) if (this.namedWithTail(entity, at, length)) return { entity, length };
    }
    return undefined;
  }

  /** Whether a name of `system` ends with body[at, at + length): compared in place, as most clauses are tried for nothing. */
  private namedWithTail(system: ExtractedEntity, at: number, length: number): boolean {
    if (endsWithAt(system.name, this.body, at, length)) return true;
    for (const alias of system.aliases) if (endsWithAt(alias, this.body, at, length)) return true;
    return false;
  }

  private learnTails(system: ExtractedEntity): void {
    if (this.seenSystems.has(system.name)) return;
    this.seenSystems.add(system.name);
    this.systems.push(system);
    this.lastChars.add(system.name.charCodeAt(system.name.length - 1));
    for (const alias of system.aliases) this.lastChars.add(alias.charCodeAt(alias.length - 1));
  }
}

/** Whether `name` ends with text[at, at + length). */
function endsWithAt(name: string, text: string, at: number, length: number): boolean {
  const offset = name.length - length;
  if (offset < 0) return false;
  for (let k = 0; k < length; k++) if (name.charCodeAt(offset + k) !== text.charCodeAt(at + k)) return false;
  return true;
}

function covered(pos: number, real: readonly Placed[], found: readonly Placed[]): boolean {
  for (const p of real) if (p.start <= pos && pos < p.end) return true;
  for (const p of found) if (p.start <= pos && pos < p.end) return true;
  return false;
}
