import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '@/api/context';
import { toEntity, toTheme } from '@/api/mappers';
import { RegionThemeHit } from '@/api/types/region-theme-hit.type';
import { Theme } from '@/api/types/theme.type';

@Resolver(() => Theme)
export class ThemeResolver {
  @Query(() => [Theme], { description: 'The theme taxonomy with article counts.' })
  async themes(@Ctx() ctx: ApiContext) {
    return (await ctx.services.themes.list()).map(toTheme);
  }

  @Query(() => [RegionThemeHit], {
    description: 'Regions showing a theme, e.g. "which cities unified their data silos?" → theme: "data-sharing".',
  })
  async regionsByTheme(@Ctx() ctx: ApiContext, @Arg('theme', () => String) theme: string) {
    const hits = await ctx.services.themes.regionsByTheme(theme);
    // Both lookups are issued in the same tick so each DataLoader batches them into one read.
    const [regions, articles] = await Promise.all([
      ctx.loaders.node.loadMany(hits.map((h) => h.regionId)),
      Promise.all(hits.map((h) => ctx.loaders.article.loadMany(h.articleIds))),
    ]);
    return hits.flatMap((hit, i) => {
      const row = regions[i];
      if (!row || row instanceof Error) return [];
      return [{ region: toEntity(row), articles: articles[i]!.filter((a) => a && !(a instanceof Error)), evidence: hit.evidence }];
    });
  }
}
