import type { Article } from '@/corpus/corpus.types';
import type { Extraction, ExtractedRelation, Span } from '@/extract/extraction.types';
import { segmentText } from '@/extract/text/article.text';
import { sentenceAt } from '@/extract/text/sentence.splitter';
import { EntityBuilder } from '@/extract/entity/entity.builder';
import { getGazetteer } from '@/extract/region/region.gazetteer';
import { findRegionMentions } from '@/extract/region/region.extractor';
import { homeRegions, rankRegions } from '@/extract/region/home.region';
import { addRegionEntities, partOfRelations, regionRef } from '@/extract/region/region.entities';
import { resolveAbout } from '@/extract/region/about.resolver';
import { findAgencies } from '@/extract/agency/agency.extractor';
import { groupAgencies } from '@/extract/agency/agency.merge';
import { classifyThemes } from '@/extract/theme/theme.classifier';
import { extractMetrics } from '@/extract/metric/metric.extractor';
import { resolveDates } from '@/extract/date/date.resolver';

export interface ExtractOptions {
  /** Date relative expressions (今年, 6日) resolve against; defaults to the article's date. */
  referenceDate?: string | null;
}

/**
 * Everything one article yields. The body and title are segmented once each and every extractor
 * works on those tokens; all spans index into `article.body`.
 */
export function extractArticle(article: Article, opts: ExtractOptions = {}): Extraction {
  const referenceDate = opts.referenceDate !== undefined ? opts.referenceDate : article.date;
  const body = segmentText(article.body);
  const title = segmentText(article.title);
  const gaz = getGazetteer();

  // the title sets the scene for the body (佛山 → 南海), and the body for the title
  const firstTitleRegions = findRegionMentions(title);
  const bodyRegions = findRegionMentions(body, firstTitleRegions);
  const titleRegions = findRegionMentions(title, bodyRegions);
  const home = homeRegions(rankRegions(bodyRegions, titleRegions), (c) => gaz.byCode(c));

  const builder = new EntityBuilder();
  addRegionEntities(builder, bodyRegions, titleRegions);
  const fallback: Span = body.sentences[0] ?? { text: '', start: 0, end: 0 };
  const relations: ExtractedRelation[] = partOfRelations(bodyRegions, titleRegions, body.sentences, fallback);

  const bodyAgencies = findAgencies(body, bodyRegions, home);
  const titleAgencies = findAgencies(title, titleRegions, home);
  const inBody = new Set(bodyAgencies);
  for (const group of groupAgencies([...bodyAgencies, ...titleAgencies])) {
    const placed = group.hits.find((h) => h.region) ?? group.hits[0]!;
    const region = placed.region;
    const attrs: Record<string, string> = {};
    if (region?.code) attrs['regionCode'] = region.code;
    else if (region) {
      attrs['zone'] = region.name;
      if (region.parentCode) attrs['regionCode'] = region.parentCode;
    }
    if (placed.national) attrs['national'] = 'true';
    let entity = builder.add('Agency', group.name, { attrs }, undefined, group.aliases);
    for (const h of group.hits) {
      if (inBody.has(h)) entity = builder.add('Agency', group.name, {}, { text: h.text, start: h.start, end: h.end });
    }
    const first = entity.mentions[0];
    if (region) {
      relations.push({
        type: 'LOCATED_IN',
        from: { type: 'Agency', name: group.name },
        to: regionRef(region),
        evidence: (first && sentenceAt(body.sentences, first.start)) ?? fallback,
      });
    }
  }

  const entities = builder.build();
  const agencyRegions = bodyAgencies.flatMap((h) => (h.region ? [h.region] : []));
  return {
    entities,
    relations,
    themes: classifyThemes(article.body, body.sentences, entities),
    metrics: extractMetrics(article.body, body.sentences, referenceDate),
    dates: resolveDates(article.body, referenceDate),
    about: resolveAbout(titleRegions, bodyRegions, agencyRegions),
  };
}
