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
  private readonly byKey = new Map<string, ExtractedEntity>();

  add(type: EntityType, name: string, facts: EntityFacts = {}, mention?: Span, aliases: Iterable<string> = []): ExtractedEntity {
    const key = `${type}|${facts.code ?? name}`;
    let e = this.byKey.get(key);
    if (!e) {
      e = { type, name, aliases: [], mentions: [] };
      if (facts.code !== undefined) e.code = facts.code;
      if (facts.level !== undefined) e.level = facts.level;
      if (facts.parentCode !== undefined) e.parentCode = facts.parentCode;
      this.byKey.set(key, e);
    }
    if (facts.attrs) e.attrs = { ...e.attrs, ...facts.attrs };
    if (mention && !e.mentions.some((m) => m.start === mention.start && m.end === mention.end)) e.mentions.push(mention);
    for (const a of aliases) if (a && a !== e.name && !e.aliases.includes(a)) e.aliases.push(a);
    if (mention && mention.text !== e.name && !e.aliases.includes(mention.text)) e.aliases.push(mention.text);
    return e;
  }

  get(type: EntityType, nameOrCode: string): ExtractedEntity | undefined {
    return this.byKey.get(`${type}|${nameOrCode}`);
  }

  /** Entities ordered by first mention (title-only ones last), mentions by offset. */
  build(): ExtractedEntity[] {
    const list = [...this.byKey.values()];
    for (const e of list) e.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    const first = (e: ExtractedEntity) => e.mentions[0]?.start ?? Number.MAX_SAFE_INTEGER;
    return list.sort((a, b) => first(a) - first(b));
  }
}

export function span(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end };
}
