import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '@/api/context';
import { EntityType, toLabel } from '@/api/types/entity.type';
import { Path, Subgraph } from '@/api/types/graph.type';
import { MAX_DEPTH, MAX_NODES, MAX_PATH_LENGTH } from '@/services/graph.service';

@Resolver()
export class GraphResolver {
  @Query(() => Subgraph, {
    description:
      `Nodes within \`depth\` hops (≤ ${MAX_DEPTH}) of a node and the edges among them, at most \`limit\` nodes (≤ ${MAX_NODES}). ` +
      'Walks go through named entities and articles (an article links what it mentions); `types` restricts the entities, ' +
      '`includeArticles: false` keeps typed relations only. Themes, metrics and bulletins are never entered.',
    // Nodes and edges are plain values (no per-item resolver): the cost is the walk, not the list length.
    complexity: ({ childComplexity }) => 50 + childComplexity,
  })
  async neighborhood(
    @Ctx() ctx: ApiContext,
    @Arg('id', () => ID) id: string,
    @Arg('depth', () => Int, { defaultValue: 1 }) depth: number,
    @Arg('types', () => [EntityType], { nullable: true }) types: EntityType[] | undefined,
    @Arg('limit', () => Int, { defaultValue: 100 }) limit: number,
    @Arg('includeArticles', () => Boolean, { defaultValue: true }) includeArticles: boolean,
  ) {
    return ctx.services.graph.neighborhood({ id, depth, kinds: types?.length ? types.map(toLabel) : null, includeArticles, limit });
  }

  @Query(() => [Path], {
    description: `Simple paths between two nodes, shortest first, through named entities and articles; \`maxLength\` ≤ ${MAX_PATH_LENGTH} edges.`,
    complexity: ({ childComplexity, args }) => 50 + Number(args.first ?? 5) * childComplexity,
  })
  async paths(
    @Ctx() ctx: ApiContext,
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Arg('maxLength', () => Int, { defaultValue: 4 }) maxLength: number,
    @Arg('first', () => Int, { defaultValue: 5 }) first: number,
  ) {
    return ctx.services.graph.paths({ from, to, maxLength, first });
  }
}
