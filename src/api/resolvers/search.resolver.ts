import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '@/api/context';
import { toEntity } from '@/api/mappers';
import { EntityType, toLabel } from '@/api/types/entity.type';
import { SearchHit } from '@/api/types/search.type';
import { pageSize } from '@/services/pagination';

const DEFAULT_HITS = 10;

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description: 'Entities by Chinese name or substring (数据统筹), alias (发改委), full pinyin (nanhai) or initials (nhq), best first; `first` ≤ 100 (default 10).',
  })
  async search(
    @Ctx() ctx: ApiContext,
    @Arg('query', () => String) query: string,
    @Arg('types', () => [EntityType], { nullable: true }) types?: EntityType[],
    @Arg('first', () => Int, { nullable: true }) first?: number,
  ) {
    const hits = await ctx.services.search.search(query, types?.length ? types.map(toLabel) : null, pageSize(first, DEFAULT_HITS));
    const rows = await ctx.loaders.node.loadMany(hits.map((h) => h.entityId));
    return hits.flatMap((hit, i) => {
      const row = rows[i];
      return row && !(row instanceof Error) ? [{ score: hit.score, matched: hit.matched, entity: toEntity(row) }] : [];
    });
  }
}
