import { Field, ObjectType } from 'type-graphql';
import { Entity } from '@/api/types/entity.type';
import { Node } from '@/api/types/node.type';

@ObjectType({ implements: [Node, Entity], description: 'A GB/T 2260 division (province, prefecture, county) or a curated zone such as 两江新区.' })
export class Region extends Entity {
  @Field(() => String, { nullable: true, description: '6-digit GB/T 2260 code; null for zones that are not divisions.' })
  code!: string | null;

  @Field(() => String, { nullable: true, description: 'province, prefecture, county or zone.' })
  level!: string | null;
}
