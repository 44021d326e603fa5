import type { ExtractedRelation, Span } from '@/extract/extraction.types';
import type { EntityBuilder } from '@/extract/entity/entity.builder';
import { sentenceAt } from '@/extract/text/sentence.splitter';
import { getGazetteer, type RegionInfo } from '@/extract/region/region.gazetteer';
import { regionKey, type RegionMention } from '@/extract/region/region.extractor';

/** Region entities: body mentions with spans, regions named only in the title without. */
export function addRegionEntities(builder: EntityBuilder, body: readonly RegionMention[], title: readonly RegionMention[]): void {
  for (const m of body) addRegion(builder, m.region, { text: m.text, start: m.start, end: m.end });
  for (const m of title) {
    const e = addRegion(builder, m.region);
    if (m.text !== e.name && !e.aliases.includes(m.text)) e.aliases.push(m.text);
    if (e.mentions.length === 0) e.attrs = { ...e.attrs, titleOnly: 'true' };
  }
}

function addRegion(builder: EntityBuilder, r: RegionInfo, mention?: Span) {
  return builder.add('Region', r.name, { code: r.code, level: r.level, parentCode: r.parentCode }, mention);
}

export function regionRef(r: RegionInfo): ExtractedRelation['to'] {
  return r.code ? { type: 'Region', name: r.name, code: r.code } : { type: 'Region', name: r.name };
}

/**
 * PART_OF between regions the article mentions (body or title): a division to its parent when the
 * parent is mentioned too (a county whose prefecture goes unnamed is not PART_OF the province:
 * the relation states the hierarchy, not a skipped level), a zone to the nearest mentioned region
 * of its chain (zones sit outside the hierarchy, so the region they belong to is what they are
 * part of). Evidence is a body sentence naming both when there is one, else the child's
 * first body sentence, else `fallback` (regions named only in the title).
 */
export function partOfRelations(
  body: readonly RegionMention[],
  title: readonly RegionMention[],
  sentences: readonly Span[],
  fallback: Span,
): ExtractedRelation[] {
  const gaz = getGazetteer();
  const byKey = new Map<string, { region: RegionInfo; inBody: RegionMention[] }>();
  const note = (m: RegionMention, inBody: boolean) => {
    const k = regionKey(m.region);
    const cur = byKey.get(k) ?? { region: m.region, inBody: [] };
    if (inBody) cur.inBody.push(m);
    byKey.set(k, cur);
  };
  for (const m of body) note(m, true);
  for (const m of title) note(m, false);
  const out: ExtractedRelation[] = [];
  for (const { region, inBody } of byKey.values()) {
    const chain = region.level === 'zone' ? zoneChain(region) : gaz.ancestorsOf(region).slice(0, 1);
    const parent = chain.find((a) => byKey.has(regionKey(a)));
    if (!parent) continue;
    const parentMentions = byKey.get(regionKey(parent))!.inBody;
    out.push({ type: 'PART_OF', from: regionRef(region), to: regionRef(parent), evidence: evidence(inBody, parentMentions, sentences, fallback) });
  }
  return out;
}

function zoneChain(zone: RegionInfo): readonly RegionInfo[] {
  const gaz = getGazetteer();
  const parent = zone.parentCode ? gaz.byCode(zone.parentCode) : undefined;
  return parent ? [parent, ...gaz.ancestorsOf(parent)] : [];
}

function evidence(child: RegionMention[], parent: RegionMention[], sentences: readonly Span[], fallback: Span): Span {
  for (const c of child) {
    const s = sentenceAt(sentences as Span[], c.start);
    if (s && parent.some((p) => p.start >= s.start && p.end <= s.end)) return s;
  }
  const first = child[0];
  return (first && sentenceAt(sentences as Span[], first.start)) ?? fallback;
}
