import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '@/api/context';
import { ArticleFilter } from '@/api/resolvers/article.resolver';
import { Bucket, Cell, Dimension } from '@/api/types/dashboard.type';
import { pageSize } from '@/services/pagination';

@Resolver()
export class DashboardResolver {
  @Query(() => [Bucket], {
    description: 'Distinct articles per key of a dimension, over the articles the filter selects; largest first (MONTH: calendar order); `first` ≤ 100.',
  })
  async facets(
    @Ctx() ctx: ApiContext,
    @Arg('dimension', () => Dimension) dimension: Dimension,
    @Arg('filter', () => ArticleFilter, { nullable: true }) filter?: ArticleFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
  ) {
    const limit = pageSize(first);
    if (filter?.theme) await ctx.services.themes.assertKnown(filter.theme);
    return ctx.services.dashboards.facets(dimension, filter ?? {}, limit);
  }

  @Query(() => [Cell], { description: 'Distinct articles per (row key, column key), e.g. THEME × PROVINCE; non-empty cells only, largest first.' })
  async crosstab(
    @Ctx() ctx: ApiContext,
    @Arg('rows', () => Dimension) rows: Dimension,
    @Arg('columns', () => Dimension) columns: Dimension,
    @Arg('filter', () => ArticleFilter, { nullable: true }) filter?: ArticleFilter,
  ) {
    if (filter?.theme) await ctx.services.themes.assertKnown(filter.theme);
    return ctx.services.dashboards.crosstab(rows, columns, filter ?? {});
  }
}
