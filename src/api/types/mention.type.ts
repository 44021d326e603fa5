import { Field, Int, ObjectType } from 'type-graphql';
import { Entity } from '@/api/types/entity.type';
import { Evidence } from '@/api/types/evidence.type';

@ObjectType({ description: 'Where an article mentions an entity.' })
export class Span {
  @Field(() => String)
  text!: string;

  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;
}

@ObjectType({ description: 'An entity as one article mentions it: how often, where, and the sentence that shows it.' })
export class Mention {
  @Field(() => Entity)
  entity!: Entity;

  @Field(() => Int)
  count!: number;

  @Field(() => [Span])
  spans!: Span[];

  @Field(() => Evidence, { nullable: true })
  evidence!: Evidence | null;
}
