/**
 * Kùzu returns INT64 as number (or bigint beyond 2^53), nodes and rels as objects with `_label`,
 * `_id`, `_src`, `_dst`. The rest of the code sees plain JSON-like values only.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (k === '_id' || k === '_src' || k === '_dst') continue;
      out[k === '_label' ? 'label' : k] = toPlain(v);
    }
    return out;
  }
  return value;
}
