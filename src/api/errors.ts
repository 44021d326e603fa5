import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { AppError } from '@/shared/errors';

export type Logger = (message: string, details?: Record<string, unknown>) => void;

/**
 * Typed errors keep their code and message. Anything else is a bug: it is logged with its stack
 * and, in production, replaced by a generic message so internals never reach clients.
 */
export function formatError(production: boolean, log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      return { ...formatted, message: original.message, extensions: { ...formatted.extensions, code: original.code, ...original.details } };
    }
    const code = formatted.extensions?.code;
    if (code && code !== 'INTERNAL_SERVER_ERROR') return formatted;
    log('unexpected error while resolving', {
      path: formatted.path,
      error: original instanceof Error ? original.stack : String(original),
    });
    if (!production) return formatted;
    return { message: 'internal error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
