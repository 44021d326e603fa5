import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { ApiContext } from '@/api/context';
import { toEntity } from '@/api/mappers';
import { Entity } from '@/api/types/entity.type';
import { ArticleInput, IngestResult } from '@/api/types/ingest.type';
import { UnauthenticatedError } from '@/shared/errors';

/** Every mutation needs `Authorization: Bearer <EGOV_API_KEY>`; without a configured key there are none. */
function requireKey(ctx: ApiContext): void {
  if (!ctx.apiKeyConfigured) throw new UnauthenticatedError('mutations are disabled: the server has no EGOV_API_KEY');
  if (!ctx.authenticated) throw new UnauthenticatedError();
}

@Resolver()
export class MutationResolver {
  @Mutation(() => IngestResult, { description: 'Extracts and stores one article (replacing it if already stored); `dryRun: true` only returns the extraction.' })
  async ingestArticle(
    @Ctx() ctx: ApiContext,
    @Arg('input', () => ArticleInput) input: ArticleInput,
    @Arg('dryRun', () => Boolean, { defaultValue: false }) dryRun: boolean,
  ) {
    requireKey(ctx);
    const outcome = await ctx.services.mutations.ingestArticle(input, dryRun);
    const { title, body, date, source } = outcome.parsed;
    return { ...outcome, title, body, date, source };
  }

  @Mutation(() => Boolean, { description: 'Deletes an article with its mentions, themes and metrics; entities no article mentions any more go too.' })
  async deleteArticle(@Ctx() ctx: ApiContext, @Arg('id', () => ID) id: string) {
    requireKey(ctx);
    return ctx.services.mutations.deleteArticle(id);
  }

  @Mutation(() => Entity, { description: 'Records another name of an entity; search finds it from then on.' })
  async addAlias(@Ctx() ctx: ApiContext, @Arg('entityId', () => ID) entityId: string, @Arg('alias', () => String) alias: string) {
    requireKey(ctx);
    return toEntity(await ctx.services.mutations.addAlias(entityId, alias));
  }

  @Mutation(() => Entity, {
    description: 'Merges duplicates of one type into `keepId`: their relationships move to it, their names become its aliases, they are deleted.',
  })
  async mergeEntities(
    @Ctx() ctx: ApiContext,
    @Arg('keepId', () => ID) keepId: string,
    @Arg('mergeIds', () => [ID]) mergeIds: string[],
  ) {
    requireKey(ctx);
    return toEntity(await ctx.services.mutations.mergeEntities(keepId, mergeIds));
  }
}
