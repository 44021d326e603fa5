import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Article } from '@/api/types/article.type';
import { EntityType } from '@/api/types/entity.type';
import { Span } from '@/api/types/mention.type';

@InputType({ description: 'A standalone article, parsed like a plain-article file of `egov-kg ingest`.' })
export class ArticleInput {
  @Field(() => String, { description: 'One line.' })
  title!: string;

  @Field(() => String)
  body!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; relative dates in the text (今年, 6日) resolve against it.' })
  date?: string | null;

  @Field(() => String, { nullable: true, description: 'Source publication; by default read from a closing parenthesis of the body.' })
  source?: string | null;
}

@ObjectType()
export class ExtractedEntityRef {
  @Field(() => EntityType)
  type!: EntityType;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  code?: string | null;
}

@ObjectType({ description: 'An entity as extraction found it in the text.' })
export class ExtractedEntity {
  @Field(() => EntityType)
  type!: EntityType;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Regions: GB/T 2260 code.' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'Regions: province, prefecture, county or zone.' })
  level?: string | null;

  @Field(() => [String])
  aliases!: string[];

  @Field(() => [Span])
  mentions!: Span[];
}

@ObjectType()
export class ExtractedRelation {
  @Field(() => String)
  type!: string;

  @Field(() => ExtractedEntityRef)
  from!: ExtractedEntityRef;

  @Field(() => ExtractedEntityRef)
  to!: ExtractedEntityRef;

  @Field(() => Span)
  evidence!: Span;
}

@ObjectType()
export class ExtractedTheme {
  @Field(() => String)
  key!: string;

  @Field(() => Float)
  score!: number;

  @Field(() => [Span])
  evidence!: Span[];
}

@ObjectType()
export class ExtractedMetric {
  @Field(() => String)
  name!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => String)
  unit!: string;

  @Field(() => String)
  text!: string;

  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;

  @Field(() => String, { nullable: true })
  date?: string | null;
}

@ObjectType()
export class ExtractedDate {
  @Field(() => String)
  text!: string;

  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;

  @Field(() => String, { description: 'YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY.' })
  value!: string;
}

@ObjectType({ description: 'What extraction finds in one article; offsets index into the parsed body.' })
export class Extraction {
  @Field(() => [ExtractedEntity])
  entities!: ExtractedEntity[];

  @Field(() => [ExtractedRelation])
  relations!: ExtractedRelation[];

  @Field(() => [ExtractedTheme])
  themes!: ExtractedTheme[];

  @Field(() => [ExtractedMetric])
  metrics!: ExtractedMetric[];

  @Field(() => [ExtractedDate])
  dates!: ExtractedDate[];

  @Field(() => [String], { description: 'Codes (or zone names) of the regions the article is mainly about.' })
  about!: string[];
}

@ObjectType()
export class IngestResult {
  @Field(() => ID)
  articleId!: string;

  @Field(() => Boolean, { description: 'False for a dry run: nothing was stored.' })
  written!: boolean;

  @Field(() => String, { description: 'The title as parsed.' })
  title!: string;

  @Field(() => String, { description: 'The body as parsed; extraction offsets index into it.' })
  body!: string;

  @Field(() => String, { nullable: true })
  date!: string | null;

  @Field(() => String, { nullable: true })
  source!: string | null;

  @Field(() => Int, { description: 'Nodes the write upserts (or would).' })
  nodes!: number;

  @Field(() => Int, { description: 'Relationships the write merges (or would).' })
  edges!: number;

  @Field(() => Extraction)
  extraction!: Extraction;

  @Field(() => Article, { nullable: true, description: 'The stored article, null on a dry run.' })
  article!: Article | null;
}
