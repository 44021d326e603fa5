import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { ArticleResolver } from '@/api/resolvers/article.resolver';
import { EntityResolver } from '@/api/resolvers/entity.resolver';
import { NodeResolver } from '@/api/resolvers/node.resolver';
import { RegionResolver } from '@/api/resolvers/region.resolver';
import { ThemeResolver } from '@/api/resolvers/theme.resolver';
import { Agency, Organization, Person, Policy, Publication, System, Technology } from '@/api/types/entity.type';

export const RESOLVERS = [ArticleResolver, EntityResolver, RegionResolver, ThemeResolver, NodeResolver] as const;

let cached: GraphQLSchema | null = null;

/** The executable schema; built once per process (type-graphql metadata is global anyway). */
export function buildApiSchema(): GraphQLSchema {
  if (!cached) {
    cached = buildSchemaSync({
      resolvers: [...RESOLVERS],
      // Entity types reached only through interfaces must still be in the schema.
      orphanedTypes: [Agency, System, Technology, Organization, Person, Publication, Policy],
      validate: false,
    });
  }
  return cached;
}

/** The SDL committed as schema/schema.graphql: sorted, so diffs show real changes only. */
export function printApiSchema(): string {
  return `${printSchema(lexicographicSortSchema(buildApiSchema()))}\n`;
}
