import type { ApolloServerPlugin } from '@apollo/server';
import depthLimit from 'graphql-depth-limit';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/** Deeply nested queries are rejected at validation, before any store query runs. */
export function depthRule(maxDepth: number) {
  return depthLimit(maxDepth);
}

/**
 * Every field costs 1, list fields cost their `first`/`limit` argument times their children, so
 * a wide query is refused before it runs.
 */
export function complexityPlugin(schema: GraphQLSchema, maxComplexity: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const complexity = getComplexity({
            schema,
            operationName: request.operationName,
            query: document,
            variables: request.variables,
            estimators: [
              fieldExtensionsEstimator(),
              ({ args, childComplexity }) => {
                const n = Number(args.first ?? args.limit ?? 1);
                return Number.isFinite(n) && n > 1 ? n * (childComplexity || 1) : childComplexity + 1;
              },
              simpleEstimator({ defaultComplexity: 1 }),
            ],
          });
          if (complexity > maxComplexity) {
            throw new GraphQLError(`query complexity ${complexity} exceeds the limit of ${maxComplexity}`, {
              extensions: { code: 'BAD_USER_INPUT', complexity, maxComplexity },
            });
          }
        },
      };
    },
  };
}
