import { Field, Float, ObjectType } from 'type-graphql';
import { Entity } from '@/api/types/entity.type';

@ObjectType({
  description:
    'An entity a search found. Ranking: exact name > name prefix > name substring > alias > full pinyin > pinyin initials; shorter names first within a rank.',
})
export class SearchHit {
  @Field(() => Float, { description: 'In (0, 1]; 1 for an exact name.' })
  score!: number;

  @Field(() => String, { description: 'The name, alias, pinyin or initials the query matched.' })
  matched!: string;

  @Field(() => Entity)
  entity!: Entity;
}
