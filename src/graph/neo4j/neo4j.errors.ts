import { Neo4jError, error as driverErrors } from 'neo4j-driver';
import { BadUserInputError, StoreUnavailableError } from '@/shared/errors';

/** Where an error happened, for its one-line message. */
export interface Neo4jErrorContext {
  uri: string;
  user?: string;
  database?: string;
  /** The catalogue statement that was running, if any. */
  statement?: string;
}

const AUTH_CODES = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
  'Neo.ClientError.Security.TokenExpired',
]);

/** Retrying cannot help with these: the configuration is wrong, not the network. */
export function isPermanentConnectError(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  return AUTH_CODES.has(error.code) || error.code === 'Neo.ClientError.Database.DatabaseNotFound';
}

/**
 * Neo4j errors → the project's typed errors, each with a one-line message. What a user can cause
 * (a constraint violation) is BadUserInputError; what an operator must fix (unreachable server,
 * wrong credentials, missing database) is StoreUnavailableError; a statement Neo4j rejects is a bug
 * in the catalogue, so it stays a plain Error naming the statement.
 */
export function mapNeo4jError(error: unknown, ctx: Neo4jErrorContext): Error {
  if (!(error instanceof Neo4jError)) return error instanceof Error ? error : new Error(String(error));
  const code = error.code;
  const reason = oneLine(error.message);
  const where = `Neo4j at ${ctx.uri}`;
  const stmt = ctx.statement ? `statement "${ctx.statement}"` : 'a statement';
  let mapped: Error;
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    mapped = new BadUserInputError(`${stmt} violates a constraint: ${reason}`, { neo4jCode: code });
  } else if (AUTH_CODES.has(code)) {
    const user = ctx.user ? ` for user "${ctx.user}"` : '';
    mapped = new StoreUnavailableError(
      `${where} rejected the credentials${user} (${code}): check NEO4J_USER and NEO4J_PASSWORD`,
      { neo4jCode: code },
    );
  } else if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    mapped = new StoreUnavailableError(
      `${where} has no database "${ctx.database ?? '(default)'}": check NEO4J_DATABASE (${reason})`,
      { neo4jCode: code },
    );
  } else if (code === driverErrors.SERVICE_UNAVAILABLE || code === driverErrors.SESSION_EXPIRED) {
    mapped = new StoreUnavailableError(`${where} is unavailable: ${reason}`, { neo4jCode: code });
  } else if (code.startsWith('Neo.TransientError.')) {
    // The managed transaction already retried these; what is left is load or a cluster in flux.
    mapped = new StoreUnavailableError(`${where} could not run ${stmt} after retries (${code}): ${reason}`, {
      neo4jCode: code,
    });
  } else {
    mapped = new Error(`${stmt} failed on Neo4j (${code}): ${reason}`);
  }
  mapped.cause = error;
  return mapped;
}

/**
 * Driver messages span lines ("Failed to connect to server. Please ensure … Caused by: connect
 * ECONNREFUSED …"); the cause is the informative part.
 */
export function oneLine(message: string): string {
  const caused = /Caused by:\s*(.+)$/s.exec(message);
  const text = caused ? caused[1]! : message;
  // Routing failures append a dump of the (empty) routing table: noise on a one-line message.
  return text.replace(/\s+/g, ' ').replace(/ Known routing table: .*$/, '').trim();
}
