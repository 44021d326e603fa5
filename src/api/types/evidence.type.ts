import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A sentence of an article that supports a link; offsets index into the article body.' })
export class Evidence {
  @Field(() => String)
  text!: string;

  @Field(() => ID)
  articleId!: string;

  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;
}
