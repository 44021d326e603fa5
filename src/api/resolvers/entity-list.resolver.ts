import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '@/api/context';
import { toConnection } from '@/api/connection';
import { toEntity } from '@/api/mappers';
import { EntityConnection, EntityFilter, EntityOrder, EntityOrderField } from '@/api/types/entity-connection.type';
import { EntityType, toLabel } from '@/api/types/entity.type';
import { OrderDirection } from '@/api/resolvers/article.resolver';
import { decodeCursor, pageSize } from '@/services/pagination';

@Resolver()
export class EntityListResolver {
  @Query(() => EntityConnection, {
    description: 'Named entities, most-mentioned first unless ordered otherwise (ARTICLE_COUNT/MENTION_COUNT sort in the database); `first` ≤ 100.',
  })
  async entities(
    @Ctx() ctx: ApiContext,
    @Arg('type', () => EntityType, { nullable: true }) type?: EntityType,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => EntityFilter, { nullable: true }) filter?: EntityFilter,
    @Arg('orderBy', () => EntityOrder, { nullable: true }) orderBy?: EntityOrder,
  ) {
    const page = await ctx.services.entities.page({
      kinds: type ? [toLabel(type)] : null,
      text: filter?.text?.trim() || null,
      offset: decodeCursor(after),
      limit: pageSize(first),
      order: orderBy ?? { field: EntityOrderField.ARTICLE_COUNT, direction: OrderDirection.DESC },
    });
    return toConnection(page, async (id) => {
      const row = await ctx.loaders.node.load(id);
      return row ? toEntity(row) : null;
    });
  }
}
