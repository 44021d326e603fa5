/**
 * Strings in UTF-16 code-unit order: the order Cypher's ORDER BY gives on both engines, and stable
 * across locales (localeCompare would sort Chinese by the machine's collation).
 */
export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
