import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync, type MiddlewareFn } from 'type-graphql';
import { AppError } from '@/shared/errors';
import { ArticleResolver } from '@/api/resolvers/article.resolver';
import { DashboardResolver } from '@/api/resolvers/dashboard.resolver';
import { EntityListResolver } from '@/api/resolvers/entity-list.resolver';
import { EntityResolver } from '@/api/resolvers/entity.resolver';
import { GraphResolver } from '@/api/resolvers/graph.resolver';
import { MutationResolver } from '@/api/resolvers/mutation.resolver';
import { NodeResolver } from '@/api/resolvers/node.resolver';
import { RegionResolver } from '@/api/resolvers/region.resolver';
import { SearchResolver } from '@/api/resolvers/search.resolver';
import { StatsResolver } from '@/api/resolvers/stats.resolver';
import { ThemeResolver } from '@/api/resolvers/theme.resolver';
import { Agency, Organization, Person, Policy, Publication, System, Technology } from '@/api/types/entity.type';

export const RESOLVERS = [
  ArticleResolver,
  EntityResolver,
  RegionResolver,
  ThemeResolver,
  NodeResolver,
  EntityListResolver,
  SearchResolver,
  GraphResolver,
  DashboardResolver,
  StatsResolver,
  MutationResolver,
] as const;

/**
 * Typed errors become GraphQL errors with `extensions.code` inside the schema, so the code reaches
 * clients however the schema is executed (Apollo over HTTP, or `graphql()` directly).
 */
const typedErrors: MiddlewareFn = async (_, next) => {
  try {
    return await next();
  } catch (error) {
    throw error instanceof AppError ? error.toGraphQLError() : error;
  }
};

let cached: GraphQLSchema | null = null;

/** The executable schema; built once per process (type-graphql metadata is global anyway). */
export function buildApiSchema(): GraphQLSchema {
  if (!cached) {
    cached = buildSchemaSync({
      resolvers: [...RESOLVERS],
      // Entity types reached only through interfaces must still be in the schema.
      orphanedTypes: [Agency, System, Technology, Organization, Person, Publication, Policy],
      validate: false,
      globalMiddlewares: [typedErrors],
    });
  }
  return cached;
}

/** The SDL committed as schema/schema.graphql: sorted, so diffs show real changes only. */
export function printApiSchema(): string {
  return `${printSchema(lexicographicSortSchema(buildApiSchema()))}\n`;
}
