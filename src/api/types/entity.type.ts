import { Field, ID, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '@/api/types/node.type';
import { typeNameOf } from '@/api/types/type-names';
import type { EntityLabel } from '@/graph/graph.model';

export enum EntityType {
  REGION = 'Region',
  AGENCY = 'Agency',
  SYSTEM = 'System',
  TECHNOLOGY = 'Technology',
  ORGANIZATION = 'Organization',
  PERSON = 'Person',
  PUBLICATION = 'Publication',
  POLICY = 'Policy',
}
registerEnumType(EntityType, { name: 'EntityType', description: 'Kinds of named things extraction finds in articles.' });

export const toLabel = (t: EntityType): EntityLabel => t as unknown as EntityLabel;

@ObjectType({ description: 'A type-specific fact about an entity, e.g. a person\'s role.' })
export class Attribute {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  value!: string;
}

@InterfaceType({
  implements: Node,
  description: 'A named thing articles mention: region, agency, system, technology, organisation, person, publication or policy.',
  resolveType: (value: { kind?: string }) => typeNameOf(value.kind),
})
export abstract class Entity extends Node {
  @Field(() => ID)
  declare id: string;

  @Field(() => String)
  name!: string;

  @Field(() => EntityType)
  type!: EntityType;

  @Field(() => [String], { description: 'Other names the text uses for it (发改委 for 国家发展和改革委员会).' })
  aliases!: string[];

  @Field(() => [Attribute])
  attributes!: Attribute[];
}

@ObjectType({ implements: [Node, Entity] })
export class Agency extends Entity {}

@ObjectType({ implements: [Node, Entity], description: 'An IT system, platform, portal, app or database.' })
export class System extends Entity {}

@ObjectType({ implements: [Node, Entity] })
export class Technology extends Entity {}

@ObjectType({ implements: [Node, Entity] })
export class Organization extends Entity {}

@ObjectType({ implements: [Node, Entity] })
export class Person extends Entity {}

@ObjectType({ implements: [Node, Entity], description: 'A newspaper or site an article comes from or cites.' })
export class Publication extends Entity {}

@ObjectType({ implements: [Node, Entity], description: 'A policy, plan or programme (《…》 titles, 祥云计划).' })
export class Policy extends Entity {}
