import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import type { ApiContext } from '@/api/context';
import { toConnection } from '@/api/connection';
import { toEntity, toTheme } from '@/api/mappers';
import { Article, ArticleConnection, Metric } from '@/api/types/article.type';
import { Entity, EntityType, Publication, toLabel } from '@/api/types/entity.type';
import { Mention } from '@/api/types/mention.type';
import { Region } from '@/api/types/region.type';
import { ArticleTheme, Theme } from '@/api/types/theme.type';
import { ARTICLE_ORDER_FIELDS, type ArticleOrderField } from '@/graph/read.assembler';
import { decodeCursor, pageSize } from '@/services/pagination';
import type { ArticleRecord } from '@/services/records';

export enum ArticleOrderFieldEnum {
  DATE = 'DATE',
  TITLE = 'TITLE',
  NUMBER = 'NUMBER',
}
export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(ArticleOrderFieldEnum, { name: 'ArticleOrderField' });
registerEnumType(OrderDirection, { name: 'OrderDirection' });
// The enum and the statement whitelist must not drift apart.
for (const f of Object.keys(ArticleOrderFieldEnum)) if (!(f in ARTICLE_ORDER_FIELDS)) throw new Error(`no ORDER BY for ${f}`);

@InputType({ description: 'All given conditions must hold.' })
export class ArticleFilter {
  @Field(() => String, { nullable: true, description: 'A theme key, e.g. data-sharing.' })
  theme?: string | null;

  @Field(() => String, { nullable: true, description: 'A GB/T 2260 code: articles about that region or anything inside it.' })
  regionCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Articles mentioning this entity.' })
  entityId?: string | null;

  @Field(() => String, { nullable: true, description: 'Substring of the title or body.' })
  text?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD, inclusive.' })
  dateFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD, inclusive.' })
  dateTo?: string | null;
}

@InputType()
export class ArticleOrder {
  @Field(() => ArticleOrderFieldEnum)
  field!: ArticleOrderFieldEnum;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction!: OrderDirection;
}

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => ArticleConnection, { description: 'Articles, newest first unless ordered otherwise; `first` ≤ 100.' })
  async articles(
    @Ctx() ctx: ApiContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => ArticleFilter, { nullable: true }) filter?: ArticleFilter,
    @Arg('orderBy', () => ArticleOrder, { nullable: true }) orderBy?: ArticleOrder,
  ) {
    const limit = pageSize(first);
    const offset = decodeCursor(after);
    if (filter?.theme) await ctx.services.themes.assertKnown(filter.theme);
    const page = await ctx.services.articles.page({
      offset,
      limit,
      filter: filter ?? {},
      orderBy: orderBy ? { field: orderBy.field as ArticleOrderField, direction: orderBy.direction } : null,
    });
    return toConnection(page, (id) => ctx.loaders.article.load(id));
  }

  @Query(() => Article, { nullable: true })
  async article(@Ctx() ctx: ApiContext, @Arg('id', () => ID) id: string) {
    return ctx.loaders.article.load(id);
  }

  @FieldResolver(() => Publication, { nullable: true, description: 'The publication the article comes from (人民法院报 …).' })
  async source(@Root() article: ArticleRecord, @Ctx() ctx: ApiContext) {
    const id = await ctx.loaders.publicationOfArticle.load(article.id);
    const row = id ? await ctx.loaders.node.load(id) : null;
    return row ? toEntity(row) : null;
  }

  @FieldResolver(() => [Region], { description: 'The regions the article speaks of.' })
  async regions(@Root() article: ArticleRecord, @Ctx() ctx: ApiContext) {
    return this.entitiesOf(article, ctx, [EntityType.REGION]);
  }

  @FieldResolver(() => [Theme])
  async themes(@Root() article: ArticleRecord, @Ctx() ctx: ApiContext) {
    return (await this.themeHits(article, ctx)).map((h) => h.theme);
  }

  @FieldResolver(() => [ArticleTheme], { description: 'Themes with score and trigger sentences.' })
  async themeHits(@Root() article: ArticleRecord, @Ctx() ctx: ApiContext) {
    const [hits, all] = await Promise.all([ctx.loaders.themesOfArticle.load(article.id), ctx.loaders.themeList.load('all')]);
    const byKey = new Map(all.map((t) => [t.key, toTheme(t)]));
    return hits.filter((h) => byKey.has(h.key)).map((h) => ({ theme: byKey.get(h.key)!, score: h.score, evidence: h.evidence }));
  }

  @FieldResolver(() => [Entity], { description: 'Everything the article mentions, optionally of some types.' })
  async entities(
    @Root() article: ArticleRecord,
    @Ctx() ctx: ApiContext,
    @Arg('types', () => [EntityType], { nullable: true }) types?: EntityType[],
  ) {
    return this.entitiesOf(article, ctx, types);
  }

  @FieldResolver(() => [Mention], { description: 'Mentions with their spans and supporting sentence.' })
  async mentions(
    @Root() article: ArticleRecord,
    @Ctx() ctx: ApiContext,
    @Arg('types', () => [EntityType], { nullable: true }) types?: EntityType[],
  ) {
    const wanted = types?.length ? new Set(types.map(toLabel)) : null;
    const mentions = (await ctx.loaders.mentionsOfArticle.load(article.id)).filter((m) => !wanted || wanted.has(m.kind as never));
    const rows = await ctx.loaders.node.loadMany(mentions.map((m) => m.entityId));
    return mentions.flatMap((m, i) => {
      const row = rows[i];
      return row && !(row instanceof Error) ? [{ entity: toEntity(row), count: m.count, spans: m.spans, evidence: m.evidence }] : [];
    });
  }

  @FieldResolver(() => [Metric])
  async metrics(@Root() article: ArticleRecord, @Ctx() ctx: ApiContext) {
    return ctx.loaders.metricsOfArticle.load(article.id);
  }

  private async entitiesOf(article: ArticleRecord, ctx: ApiContext, types?: EntityType[]) {
    const wanted = types?.length ? new Set<string>(types.map(toLabel)) : null;
    const mentions = (await ctx.loaders.mentionsOfArticle.load(article.id)).filter((m) => !wanted || wanted.has(m.kind));
    const rows = await ctx.loaders.node.loadMany(mentions.map((m) => m.entityId));
    return rows.flatMap((row) => (row && !(row instanceof Error) ? [toEntity(row)] : []));
  }
}
