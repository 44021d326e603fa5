import { Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '@/api/context';
import { Stats } from '@/api/types/stats.type';

@Resolver()
export class StatsResolver {
  @Query(() => Stats, { description: 'Counts of articles, entities per type and relationships per type.' })
  async stats(@Ctx() ctx: ApiContext) {
    return ctx.services.stats.stats();
  }
}
