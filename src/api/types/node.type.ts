import { Field, ID, InterfaceType } from 'type-graphql';
import { typeNameOf } from '@/api/types/type-names';

@InterfaceType({
  description: 'Anything with a global id; fetch it back with `node(id:)`.',
  resolveType: (value: { kind?: string }) => typeNameOf(value.kind),
})
export abstract class Node {
  @Field(() => ID)
  id!: string;
}
