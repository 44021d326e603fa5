import type { ExtractedEntity, ExtractedRelation, Span } from '@/extract/extraction.types';
import type { SegmentedText } from '@/extract/text/article.text';
import { sentenceAt } from '@/extract/text/sentence.splitter';
import { EntityBuilder, span } from '@/extract/entity/entity.builder';
import type { RegionInfo } from '@/extract/region/region.gazetteer';
import type { RegionMention } from '@/extract/region/region.extractor';
import type { HomeRegions } from '@/extract/region/home.region';
import { regionRef } from '@/extract/region/region.entities';
import { findAgencies, type AgencyHit } from '@/extract/agency/agency.extractor';
import { groupAgencies } from '@/extract/agency/agency.merge';
import { findOrganizations } from '@/extract/entity/organization.extractor';
import { findQuotedSystems, findSystems, groupSystems } from '@/extract/entity/system.extractor';
import { findTechnologies } from '@/extract/entity/technology.extractor';
import { findPersons, type Employer } from '@/extract/entity/person.extractor';
import { findDocuments } from '@/extract/entity/document.extractor';
import type { NamedSpan } from '@/extract/text/name.scanner';

/** What the entity extractors share about one article. */
export interface ArticleView {
  body: SegmentedText;
  title: SegmentedText;
  bodyRegions: RegionMention[];
  titleRegions: RegionMention[];
  home: HomeRegions;
  /** Evidence for relations with no body sentence of their own (regions named only in the title). */
  fallback: Span;
}

export interface NamedResult {
  relations: ExtractedRelation[];
  /** The title names a central organ (发改委推云计算工程): a national article. */
  nationalTitle: boolean;
}

/**
 * Adds organs, organisations, systems, technologies, people and documents to `builder`, in an order
 * where each extractor sees the names already claimed (a system name does not start inside an organ
 * name), and returns the relations that come with a name: LOCATED_IN for organs, WORKS_AT for people.
 */
export function addNamedEntities(builder: EntityBuilder, view: ArticleView): NamedResult {
  const relations: ExtractedRelation[] = [];
  const { body } = view;
  const quotedSystems = findQuotedSystems(body);
  const titleHits = findAgencies(view.title, view.titleRegions, view.home);
  const agencyHits: AgencyHit[] = [];
  // bare 中国…中心 / …研究院 are national bodies outside government: organisations
  const nationalOrgs: AgencyHit[] = [];
  for (const h of findAgencies(body, view.bodyRegions, view.home)) {
    if (overlapsAny(quotedSystems, h)) continue;
    if (h.bare && h.name.startsWith('中国')) nationalOrgs.push(h);
    else agencyHits.push(h);
  }
  const organs = addAgencies(builder, view, agencyHits, titleHits, relations);

  const orgHits = findOrganizations(body, view.bodyRegions, view.home, organs);
  for (const h of nationalOrgs) if (!overlapsAny(orgHits, h)) orgHits.push({ ...h, aliases: [] });
  const employers: Employer[] = [...organs];
  for (const o of orgHits) {
    const target = o.unitOf ?? o;
    if (!o.unitOf) builder.add('Organization', o.name, {}, span(body.text, o.start, o.end), o.aliases);
    employers.push({ type: 'Organization', name: target.name, start: o.start, end: o.end });
  }

  // bare organ words that joined no organ (网上政务大厅 ends in 厅) claim nothing
  const claimed = [...organs, ...orgHits];
  for (const g of groupSystems(findSystems(body, view.bodyRegions, view.home, quotedSystems, claimed))) {
    for (const h of g.hits) builder.add('System', g.name, {}, span(body.text, h.start, h.end), g.aliases);
  }
  // 大数据 in 市大数据管理局 names an organ, it is no use of the technology
  for (const t of findTechnologies(body)) if (!insideAny(claimed, t)) builder.add('Technology', t.name, {}, span(body.text, t.start, t.end));
  for (const d of findDocuments(body, view.bodyRegions, claimed)) builder.add(d.type, d.name, {}, span(body.text, d.start, d.end), d.aliases);
  addPersons(builder, view, employers, relations);
  return { relations, nationalTitle: titleHits.some((h) => h.national) };
}

/** Plain loops rather than some() with an arrow function: these run for every name of every article. */
function overlapsAny(spans: readonly NamedSpan[], s: NamedSpan): boolean {
  for (const x of spans) if (s.start < x.end && x.start < s.end) return true;
  return false;
}

function insideAny(spans: readonly NamedSpan[], s: NamedSpan): boolean {
  for (const x of spans) if (x.start <= s.start && s.end <= x.end) return true;
  return false;
}

/** Organ entities with their place (attrs.regionCode; a zone's parent code plus attrs.zone). */
function addAgencies(builder: EntityBuilder, view: ArticleView, bodyHits: AgencyHit[], titleHits: AgencyHit[], relations: ExtractedRelation[]): Employer[] {
  const inBody = new Set(bodyHits);
  const organs: Employer[] = [];
  for (const group of groupAgencies([...bodyHits, ...titleHits])) {
    const region = group.hits.find((h) => h.region)?.region;
    const attrs: Record<string, string> = {};
    if (region?.code) attrs['regionCode'] = region.code;
    else if (region) {
      attrs['zone'] = region.name;
      if (region.parentCode) attrs['regionCode'] = region.parentCode;
    }
    if (group.hits.some((h) => h.national)) attrs['national'] = 'true';
    const entity = builder.add('Agency', group.name, { attrs }, undefined, group.aliases);
    for (const h of group.hits) {
      if (!inBody.has(h)) continue;
      builder.add('Agency', group.name, {}, span(view.body.text, h.start, h.end));
      organs.push({ type: 'Agency', name: group.name, start: h.start, end: h.end });
    }
    if (region) relations.push(located(entity, region, view));
  }
  return organs;
}

function located(entity: ExtractedEntity, region: RegionInfo, view: ArticleView): ExtractedRelation {
  const first = entity.mentions[0];
  return {
    type: 'LOCATED_IN',
    from: { type: 'Agency', name: entity.name },
    to: regionRef(region),
    evidence: (first && sentenceAt(view.body.sentences, first.start)) ?? view.fallback,
  };
}

/** People with attrs.role, WORKS_AT their employer (for 市长: the place's people's government). */
function addPersons(builder: EntityBuilder, view: ArticleView, employers: Employer[], relations: ExtractedRelation[]): void {
  const { body } = view;
  for (const p of findPersons(body, employers, view.bodyRegions, view.home)) {
    // the first role found is the one written next to the name; earlier posts only add employers
    const attrs = p.role && !builder.get('Person', p.name)?.attrs?.['role'] ? { role: p.role } : undefined;
    builder.add('Person', p.name, { attrs }, span(body.text, p.start, p.end));
    const evidence = sentenceAt(body.sentences, p.start) ?? view.fallback;
    let employer = p.employer ? { type: p.employer.type, name: p.employer.name } : undefined;
    if (!employer && p.governmentOf && p.governmentOf.level !== 'zone') {
      const name = `${p.governmentOf.name}人民政府`;
      const existing = builder.get('Agency', name);
      const organ = existing ?? builder.add('Agency', name, { attrs: p.governmentOf.code ? { regionCode: p.governmentOf.code } : {} });
      if (!existing) relations.push(located(organ, p.governmentOf, view));
      employer = { type: 'Agency', name };
    }
    if (employer) relations.push({ type: 'WORKS_AT', from: { type: 'Person', name: p.name }, to: employer, evidence });
  }
}
