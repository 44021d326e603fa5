import { Field, ObjectType } from 'type-graphql';
import { Article } from '@/api/types/article.type';
import { Evidence } from '@/api/types/evidence.type';
import { Region } from '@/api/types/region.type';

@ObjectType({ description: 'A region showing a theme: the articles and the sentences that show it.' })
export class RegionThemeHit {
  @Field(() => Region)
  region!: Region;

  @Field(() => [Article])
  articles!: Article[];

  @Field(() => [Evidence])
  evidence!: Evidence[];
}
