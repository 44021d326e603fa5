import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '@/api/context';
import { toEntity } from '@/api/mappers';
import { Node } from '@/api/types/node.type';
import { ENTITY_LABELS } from '@/graph/graph.model';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any node by its global id.' })
  async node(@Ctx() ctx: ApiContext, @Arg('id', () => ID) id: string) {
    const row = await ctx.loaders.node.load(id);
    if (!row) return null;
    if (row.kind === 'Article') return { ...(await ctx.loaders.article.load(id)), kind: 'Article' };
    if (row.kind === 'Theme') {
      const theme = (await ctx.loaders.themeList.load('all')).find((t) => t.key === row.key);
      return theme ? { id, kind: 'Theme', ...theme } : null;
    }
    return (ENTITY_LABELS as readonly string[]).includes(row.kind) ? toEntity(row) : null;
  }
}
