import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OrderDirection } from '@/api/resolvers/article.resolver';
import { PageInfo } from '@/api/types/article.type';
import { Entity } from '@/api/types/entity.type';
import { ENTITY_ORDER_FIELDS } from '@/graph/read.assembler';

export enum EntityOrderField {
  NAME = 'NAME',
  ARTICLE_COUNT = 'ARTICLE_COUNT',
  MENTION_COUNT = 'MENTION_COUNT',
}
registerEnumType(EntityOrderField, { name: 'EntityOrderField', description: 'Sort keys; counts are computed in the database.' });
// The enum and the statement whitelist must not drift apart.
for (const f of Object.keys(EntityOrderField)) if (!(f in ENTITY_ORDER_FIELDS)) throw new Error(`no ORDER BY for ${f}`);

@InputType({ description: 'All given conditions must hold.' })
export class EntityFilter {
  @Field(() => String, { nullable: true, description: 'Substring of the name.' })
  text?: string | null;
}

@InputType()
export class EntityOrder {
  @Field(() => EntityOrderField)
  field!: EntityOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction!: OrderDirection;
}

@ObjectType()
export class EntityEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Entity)
  node!: Entity;
}

@ObjectType({ description: 'A Relay connection of entities.' })
export class EntityConnection {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => [EntityEdge])
  edges!: EntityEdge[];
}
