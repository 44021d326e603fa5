import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Evidence } from '@/api/types/evidence.type';
import { Node } from '@/api/types/node.type';

@ObjectType({ implements: Node, description: 'One news item of a bulletin, or a standalone article.' })
export class Article extends Node {
  @Field(() => ID)
  declare id: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'Evidence offsets index into this text (JavaScript string indices).' })
  body!: string;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD).' })
  date!: string | null;

  @Field(() => Int, { nullable: true, description: 'Position in its bulletin.' })
  number!: number | null;
}

@ObjectType({ description: 'A number the article reports, with what it counts.' })
export class Metric {
  @Field(() => String)
  name!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => String)
  unit!: string;

  @Field(() => String, { nullable: true, description: 'The date the figure refers to (YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY).' })
  date!: string | null;

  @Field(() => Evidence)
  evidence!: Evidence;
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType()
export class ArticleEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Article)
  node!: Article;
}

@ObjectType({ description: 'A Relay connection of articles.' })
export class ArticleConnection {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => [ArticleEdge])
  edges!: ArticleEdge[];
}

