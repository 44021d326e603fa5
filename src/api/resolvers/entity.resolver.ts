import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '@/api/context';
import { toConnection } from '@/api/connection';
import type { EntityShape } from '@/api/mappers';
import { ArticleConnection } from '@/api/types/article.type';
import { Entity } from '@/api/types/entity.type';
import { decodeCursor, pageSize } from '@/services/pagination';

/** Fields every entity type shares; the implementing object types inherit these resolvers. */
@Resolver(() => Entity)
export class EntityResolver {
  @FieldResolver(() => Int, { description: 'How many articles mention it.' })
  async articleCount(@Root() entity: EntityShape, @Ctx() ctx: ApiContext) {
    return (await ctx.loaders.entityCounts.load(entity.id)).articleCount;
  }

  @FieldResolver(() => Int, { description: 'How many times articles mention it, in all.' })
  async mentionCount(@Root() entity: EntityShape, @Ctx() ctx: ApiContext) {
    return (await ctx.loaders.entityCounts.load(entity.id)).mentionCount;
  }

  @FieldResolver(() => ArticleConnection, { description: 'Articles mentioning it, newest first.' })
  async articles(
    @Root() entity: EntityShape,
    @Ctx() ctx: ApiContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const offset = decodeCursor(after);
    const all = await ctx.loaders.articlesOfEntity.load(entity.id);
    const page = { items: all.slice(offset, offset + pageSize(first)), totalCount: all.length, offset };
    return toConnection(page, (id) => ctx.loaders.article.load(id));
  }
}
