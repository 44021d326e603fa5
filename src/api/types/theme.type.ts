import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Evidence } from '@/api/types/evidence.type';
import { Node } from '@/api/types/node.type';

@ObjectType({ implements: Node, description: 'An e-government theme of the taxonomy (seeds/themes.md).' })
export class Theme extends Node {
  @Field(() => ID)
  declare id: string;

  @Field(() => String, { description: 'Stable key, e.g. data-sharing.' })
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => String, { description: 'Closest dimension of the OECD Digital Government Policy Framework.' })
  dimension!: string;

  @Field(() => Int)
  articleCount!: number;
}

@ObjectType({ description: 'A theme as one article carries it: score and trigger sentences.' })
export class ArticleTheme {
  @Field(() => Theme)
  theme!: Theme;

  @Field(() => Float)
  score!: number;

  @Field(() => [Evidence])
  evidence!: Evidence[];
}
