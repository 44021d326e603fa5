import { GraphQLError } from 'graphql';

/**
 * Every error a user can cause has a class and an `extensions.code`, so callers (GraphQL clients,
 * the CLI, tests) branch on the code, never on message text.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'PARSE_ERROR'
  | 'STORE_UNAVAILABLE'
  | 'CONFIG_ERROR'
  | 'TIMEOUT';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }

  toGraphQLError(): GraphQLError {
    return new GraphQLError(this.message, { extensions: { code: this.code, ...this.details } });
  }
}

export class BadUserInputError extends AppError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('BAD_USER_INPUT', message, details);
  }
}

export class NotFoundError extends AppError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('NOT_FOUND', message, details);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'a valid API key is required (Authorization: Bearer <EGOV_API_KEY>)') {
    super('UNAUTHENTICATED', message);
  }
}

/** Malformed corpus input: the message names the file and the problem, on one line. */
export class ParseError extends AppError {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super('PARSE_ERROR', `${file}: ${problem}`, { file });
  }
}

export class StoreUnavailableError extends AppError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('STORE_UNAVAILABLE', message, details);
  }
}

export class ConfigError extends AppError {
  constructor(message: string) {
    super('CONFIG_ERROR', message);
  }
}

export class TimeoutError extends AppError {
  constructor(message: string) {
    super('TIMEOUT', message);
  }
}
