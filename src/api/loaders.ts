import DataLoader from 'dataloader';
import type { EntityCounts } from '@/services/entity.service';
import type { ArticleRecord, ArticleThemeRecord, MentionRecord, MetricRecord, NodeRow, ThemeRecord } from '@/services/records';
import type { Services } from '@/services/services';

/**
 * One DataLoader per nested field, per request: a page of 20 articles with regions, themes and
 * entities costs one store query per field, not one per article.
 */
export function createLoaders(services: Services) {
  const byKeys = <V>(fetch: (keys: readonly string[]) => Promise<Map<string, V>>, fallback: () => V) =>
    new DataLoader<string, V>(async (keys) => {
      const found = await fetch(keys);
      return keys.map((k) => found.get(k) ?? fallback());
    });
  const maybe = <V>(fetch: (keys: readonly string[]) => Promise<Map<string, V>>) =>
    new DataLoader<string, V | null>(async (keys) => {
      const found = await fetch(keys);
      return keys.map((k) => found.get(k) ?? null);
    });
  return {
    /** The taxonomy is small and shared by every article of a page: read once per request. */
    themeList: new DataLoader<'all', ThemeRecord[]>(async (keys) => {
      const list = await services.themes.list();
      return keys.map(() => list);
    }),
    article: maybe<ArticleRecord>((ids) => services.articles.byIds(ids)),
    node: maybe<NodeRow>((ids) => services.entities.nodesByIds(ids)),
    metricsOfArticle: byKeys<MetricRecord[]>((ids) => services.articles.metricsOf(ids), () => []),
    themesOfArticle: byKeys<ArticleThemeRecord[]>((ids) => services.themes.ofArticles(ids), () => []),
    mentionsOfArticle: byKeys<MentionRecord[]>((ids) => services.entities.mentionsOfArticles(ids), () => []),
    publicationOfArticle: maybe<string>((ids) => services.entities.publicationsOfArticles(ids)),
    /** Every article id of an entity, ordered; `articles(first, after)` slices it, so any paging shares one read. */
    articlesOfEntity: byKeys<string[]>((ids) => services.entities.articlesOfEntities(ids), () => []),
    entityCounts: byKeys<EntityCounts>((ids) => services.entities.counts(ids), () => ({ articleCount: 0, mentionCount: 0 })),
    childrenOfRegion: byKeys<string[]>((ids) => services.regions.childrenOf(ids), () => []),
    parentOfRegion: maybe<string>((ids) => services.regions.parentsOf(ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
