import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '@/api/context';
import { toEntity, type EntityShape } from '@/api/mappers';
import { Region } from '@/api/types/region.type';

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => Region, { nullable: true, description: 'A region by GB/T 2260 code (e.g. 440605).' })
  async region(@Ctx() ctx: ApiContext, @Arg('code', () => String) code: string) {
    const id = await ctx.services.regions.idForCode(code);
    const row = id ? await ctx.loaders.node.load(id) : null;
    return row ? toEntity(row) : null;
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The division it belongs to (南海区 → 佛山市).' })
  async parent(@Root() region: EntityShape, @Ctx() ctx: ApiContext) {
    const id = await ctx.loaders.parentOfRegion.load(region.id);
    const row = id ? await ctx.loaders.node.load(id) : null;
    return row ? toEntity(row) : null;
  }

  @FieldResolver(() => [Region], { description: 'Divisions and zones inside it that the graph knows.' })
  async children(@Root() region: EntityShape, @Ctx() ctx: ApiContext) {
    const ids = await ctx.loaders.childrenOfRegion.load(region.id);
    const rows = await ctx.loaders.node.loadMany(ids);
    return rows.flatMap((row) => (row && !(row instanceof Error) ? [toEntity(row)] : []));
  }
}
