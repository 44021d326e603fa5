import type { Article } from '@/corpus/corpus.types';
import type { Extraction, ExtractedRelation, Span } from '@/extract/extraction.types';
import { segmentText } from '@/extract/text/article.text';
import { EntityBuilder } from '@/extract/entity/entity.builder';
import { addNamedEntities, type ArticleView } from '@/extract/entity/entity.assembly';
import { getGazetteer, type RegionInfo } from '@/extract/region/region.gazetteer';
import { findRegionMentions } from '@/extract/region/region.extractor';
import { homeRegions, rankRegions } from '@/extract/region/home.region';
import { addRegionEntities, partOfRelations } from '@/extract/region/region.entities';
import { resolveAbout } from '@/extract/region/about.resolver';
import { sentenceRelations } from '@/extract/relation/relation.extractor';
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
  const view = readArticle(article);
  const builder = new EntityBuilder();
  addRegionEntities(builder, view.bodyRegions, view.titleRegions);
  const relations = partOfRelations(view.bodyRegions, view.titleRegions, view.body.sentences, view.fallback);
  const named = addNamedEntities(builder, view);
  relations.push(...named.relations);
  const entities = builder.build();
  relations.push(...sentenceRelations(article.body, view.body.sentences, entities));
  const unique = dedupeRelations(relations);
  // each mention of an organ placed in a division counts for that division
  const agencyRegions: RegionInfo[] = [];
  for (const e of entities) {
    const code = e.type === 'Agency' ? e.attrs?.['regionCode'] : undefined;
    const region = code && !e.attrs?.['zone'] ? getGazetteer().byCode(code) : undefined;
    if (region) for (let i = 0; i < e.mentions.length; i++) agencyRegions.push(region);
  }
  return {
    entities,
    relations: unique,
    themes: classifyThemes(article.body, view.body.sentences, entities),
    metrics: extractMetrics(article.body, view.body.sentences, referenceDate),
    dates: resolveDates(article.body, referenceDate),
    about: named.nationalTitle && view.titleRegions.length === 0 ? [] : resolveAbout(view.titleRegions, view.bodyRegions, agencyRegions),
  };
}

/** Segmentation and places, the title and body each resolving the other's ambiguous names (佛山 → 南海). */
function readArticle(article: Article): ArticleView {
  const body = segmentText(article.body);
  const title = segmentText(article.title);
  const firstTitleRegions = findRegionMentions(title);
  const bodyRegions = findRegionMentions(body, firstTitleRegions);
  const titleRegions = findRegionMentions(title, bodyRegions);
  const gaz = getGazetteer();
  const home = homeRegions(rankRegions(bodyRegions, titleRegions), (c) => gaz.byCode(c));
  const fallback: Span = body.sentences[0] ?? { text: '', start: 0, end: 0 };
  return { body, title, bodyRegions, titleRegions, home, fallback };
}

/** One relation per type and endpoints, with the first evidence found. */
function dedupeRelations(relations: readonly ExtractedRelation[]): ExtractedRelation[] {
  const seen = new Set<string>();
  return relations.filter((r) => {
    const key = `${r.type}|${r.from.type}:${r.from.code ?? r.from.name}|${r.to.type}:${r.to.code ?? r.to.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
