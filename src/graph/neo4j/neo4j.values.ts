import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPathSegment,
  isPoint,
  isRelationship,
  isTime,
  isUnboundRelationship,
  type Integer,
} from 'neo4j-driver';
import { NODE_PROPS, REL_PROPS } from '@/graph/graph.model';
import type { Params } from '@/graph/store.port';

/**
 * The boundary between neo4j-driver values and the plain JSON-like values the rest of the code
 * sees (the same shapes the Kùzu adapter returns). Pure: no driver, no session.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return integerToPlain(value as Integer);
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (isDateTime(value)) return isoDateTime(value.toString(), value.timeZoneOffsetSeconds !== undefined);
  if (isDate(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (isPoint(value)) {
    const point: Record<string, unknown> = { srid: toPlain(value.srid), x: value.x, y: value.y };
    if (value.z !== undefined) point.z = value.z;
    return point;
  }
  if (isNode(value)) return { ...plainMap(value.properties), labels: [...value.labels] };
  if (isRelationship(value) || isUnboundRelationship(value)) return { ...plainMap(value.properties), type: value.type };
  if (isPath(value)) {
    return {
      nodes: [value.start, ...value.segments.map((s) => s.end)].map(toPlain),
      relationships: value.segments.map((s) => toPlain(s.relationship)),
    };
  }
  if (isPathSegment(value)) {
    return { start: toPlain(value.start), relationship: toPlain(value.relationship), end: toPlain(value.end) };
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') return plainMap(value as Record<string, unknown>);
  return value;
}

/** Integers beyond 2^53 would silently lose digits as numbers; a string keeps them exact. */
function integerToPlain(value: Integer): number | string {
  return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
}

/**
 * A zoned DateTime prints as `…+08:00[Asia/Shanghai]`; the bracketed zone id is not ISO 8601, and
 * the offset already pins the instant, so it goes. Without an offset the id is all there is.
 */
function isoDateTime(text: string, hasOffset: boolean): string {
  return hasOffset ? text.replace(/\[[^\]]+\]$/, '') : text;
}

function plainMap(map: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(map)) out[k] = toPlain(v);
  return out;
}

/**
 * Parameter rule: every integral JS number becomes a Neo4j Integer, at any depth (`rows` of a
 * batch included). JavaScript has one number type and the driver sends it as a FLOAT, which
 * Neo4j rejects for SKIP/LIMIT and would store as 3.0 for INT64 properties (Article.number,
 * offsets, counts). The exception is keys the model types DOUBLE (`value`, `score`): those stay
 * floats even when whole, so a metric of 3 is stored as 3.0 like its neighbours and one property
 * never mixes two types.
 */
export const FLOAT_KEYS: ReadonlySet<string> = new Set(
  [...Object.values(NODE_PROPS).flatMap((props) => Object.entries(props)), ...Object.entries(REL_PROPS)]
    .filter(([, type]) => type === 'DOUBLE')
    .map(([key]) => key),
);

export function toNeo4jParams(params: Params): Record<string, unknown> {
  return toNeo4jValue(params, false) as Record<string, unknown>;
}

function toNeo4jValue(value: unknown, float: boolean): unknown {
  if (typeof value === 'number') return !float && Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map((v) => toNeo4jValue(v, float));
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toNeo4jValue(v, FLOAT_KEYS.has(k));
    return out;
  }
  return value;
}
