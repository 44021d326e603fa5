import type { NodeRow, ThemeRecord } from '@/services/records';
import { themeId } from '@/shared/ids';

/** Store rows → the shapes the GraphQL types declare. `kind` stays on them for resolveType. */
export function toEntity(row: NodeRow) {
  return {
    id: row.id,
    kind: row.kind,
    type: row.kind,
    name: row.name ?? row.id,
    aliases: row.aliases,
    attributes: Object.entries(row.attrs).map(([key, value]) => ({ key, value: String(value) })),
    code: row.code,
    level: row.level,
  };
}
export type EntityShape = ReturnType<typeof toEntity>;

export function toTheme(record: ThemeRecord) {
  return { id: themeId(record.key), kind: 'Theme', ...record };
}
export type ThemeShape = ReturnType<typeof toTheme>;
