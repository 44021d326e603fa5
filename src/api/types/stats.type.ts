import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType()
export class TypeCount {
  @Field(() => String)
  type!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'What the graph holds. Every type of the model is listed, with 0 when absent.' })
export class Stats {
  @Field(() => Int)
  articles!: number;

  @Field(() => Int, { description: 'All nodes, of every label.' })
  nodes!: number;

  @Field(() => Int, { description: 'All relationships.' })
  relationshipCount!: number;

  @Field(() => [TypeCount], { description: 'Named entities per type (Region, Agency …).' })
  entities!: TypeCount[];

  @Field(() => [TypeCount], { description: 'Relationships per type.' })
  relationships!: TypeCount[];

  @Field(() => [TypeCount], { description: 'Nodes per label, articles, themes, metrics and bulletins included.' })
  nodeTypes!: TypeCount[];
}
