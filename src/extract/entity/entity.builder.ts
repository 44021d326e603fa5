import type { EntityType, ExtractedEntity, RegionLevel, Span } from '@/extract/extraction.types';

export interface EntityFacts {
  code?: string;
  level?: RegionLevel;
  parentCode?: string | null;
  attrs?: Record<string, string>;
}

/**
 * Collects entities of one article: one entity per type and canonical name (per code for regions),
 * mentions deduplicated and in text order, aliases without the canonical name.
 */
export class EntityBuilder {
  // one map per type: no key string to build on every add (thousands per article batch)
  private readonly byType = new Map<EntityType, Map<string, ExtractedEntity>>();
  /** Creation order, which ties in the first-mention order keep. */
  private readonly created: ExtractedEntity[] = [];

  add(type: EntityType, name: string, facts: EntityFacts = {}, mention?: Span, aliases: Iterable<string> = []): ExtractedEntity {
    let byName = this.byType.get(type);
    if (!byName) this.byType.set(type, (byName = new Map()));
    const key = facts.code ?? name;
    let e = byName.get(key);
    if (!e) {
      e = { type, name, aliases: [], mentions: [] };
      if (facts.code !== undefined) e.code = facts.code;
      if (facts.level !== undefined) e.level = facts.level;
      if (facts.parentCode !== undefined) e.parentCode = facts.parentCode;
      byName.set(key, e);
      this.created.push(e);
    }
    if (facts.attrs) e.attrs = { ...e.attrs, ...facts.attrs };
    if (mention && !hasMention(e.mentions, mention)) e.mentions.push(mention);
    for (const a of aliases) if (a && a !== e.name && !e.aliases.includes(a)) e.aliases.push(a);
    if (mention && mention.text !== e.name && !e.aliases.includes(mention.text)) e.aliases.push(mention.text);
    return e;
  }

  get(type: EntityType, nameOrCode: string): ExtractedEntity | undefined {
    return this.byType.get(type)?.get(nameOrCode);
  }

  /** Entities ordered by first mention (title-only ones last), mentions by offset. */
  build(): ExtractedEntity[] {
    const list = [...this.created];
    // most entities are named once: no sort (and its scratch array) for those
    for (const e of list) if (e.mentions.length > 1) e.mentions.sort(byOffset);
    const first = (e: ExtractedEntity) => e.mentions[0]?.start ?? Number.MAX_SAFE_INTEGER;
    return list.sort((a, b) => first(a) - first(b));
  }
}

const byOffset = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;

function hasMention(mentions: readonly Span[], m: Span): boolean {
  for (const x of mentions) if (x.start === m.start && x.end === m.end) return true;
  return false;
}

export function span(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end };
}
