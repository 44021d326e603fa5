import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DIMENSIONS } from '@/services/dashboard.aggregate';

export enum Dimension {
  REGION = 'REGION',
  PROVINCE = 'PROVINCE',
  THEME = 'THEME',
  TECHNOLOGY = 'TECHNOLOGY',
  AGENCY = 'AGENCY',
  SYSTEM = 'SYSTEM',
  PUBLICATION = 'PUBLICATION',
  MONTH = 'MONTH',
}
registerEnumType(Dimension, {
  name: 'Dimension',
  description: 'What dashboards count articles by.',
  valuesConfig: {
    REGION: { description: 'Regions the articles mention; key: the GB/T 2260 code (region:<name> for zones).' },
    PROVINCE: { description: 'Provinces of the regions mentioned (zones via the division they belong to); key: xx0000.' },
    THEME: { description: 'Theme key, e.g. data-sharing.' },
    TECHNOLOGY: { description: 'Entity id of a mentioned technology.' },
    AGENCY: { description: 'Entity id of a mentioned agency.' },
    SYSTEM: { description: 'Entity id of a mentioned system.' },
    PUBLICATION: { description: 'Entity id of the source or cited publication.' },
    MONTH: { description: 'YYYY-MM of the article date; buckets come in calendar order.' },
  },
});
// The enum and the service's dimensions must not drift apart.
for (const d of Object.keys(Dimension)) if (!(DIMENSIONS as readonly string[]).includes(d)) throw new Error(`no dimension ${d}`);

@ObjectType({ description: 'How many distinct articles have one key of a dimension.' })
export class Bucket {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'How many distinct articles have both a row key and a column key; only non-empty cells are listed.' })
export class Cell {
  @Field(() => String)
  row!: string;

  @Field(() => String)
  rowLabel!: string;

  @Field(() => String)
  column!: string;

  @Field(() => String)
  columnLabel!: string;

  @Field(() => Int)
  count!: number;
}
