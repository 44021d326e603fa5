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
    const regions = await ctx.loaders.node.loadMany(hits.map((h) => h.regionId));
    const out = [];
    for (const [i, hit] of hits.entries()) {
      const row = regions[i];
      if (!row || row instanceof Error) continue;
      const articles = (await ctx.loaders.article.loadMany(hit.articleIds)).filter((a) => a && !(a instanceof Error));
      out.push({ region: toEntity(row), articles, evidence: hit.evidence });
    }
    return out;
  }
}
