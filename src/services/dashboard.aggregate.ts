import { compareStrings } from '@/shared/compare';

/**
 * Dashboard counting, pure: (article, key) pairs in, buckets and cross-tab cells out. Counts are
 * distinct articles, so an article mentioning two cities of one province counts once for it.
 */
export const DIMENSIONS = ['REGION', 'PROVINCE', 'THEME', 'TECHNOLOGY', 'AGENCY', 'SYSTEM', 'PUBLICATION', 'MONTH'] as const;
export type DimensionName = (typeof DIMENSIONS)[number];

export interface KeyedArticle {
  articleId: string;
  key: string;
  label: string;
}

export interface BucketRecord {
  key: string;
  label: string;
  count: number;
}

export interface CellRecord {
  row: string;
  rowLabel: string;
  column: string;
  columnLabel: string;
  count: number;
}

export interface RegionOfArticle {
  articleId: string;
  code: string | null;
  parentCode: string | null;
}

const DIVISION = /^\d{6}$/;

/**
 * The province (xx0000) of a GB/T 2260 code; a zone has no code and rolls up through the division
 * it belongs to. Codes outside the province range (11–82) have none.
 */
export function provinceOf(code: string | null, parentCode: string | null): string | null {
  const division = code && DIVISION.test(code) ? code : parentCode && DIVISION.test(parentCode) ? parentCode : null;
  if (!division) return null;
  const prefix = Number(division.slice(0, 2));
  return prefix >= 11 && prefix <= 82 ? `${division.slice(0, 2)}0000` : null;
}

/** Region mentions → (article, province) pairs; `names` labels the provinces (fallback: the code). */
export function provincePairs(regions: RegionOfArticle[], names: ReadonlyMap<string, string>): KeyedArticle[] {
  const out: KeyedArticle[] = [];
  for (const r of regions) {
    const province = provinceOf(r.code, r.parentCode);
    if (province) out.push({ articleId: r.articleId, key: province, label: names.get(province) ?? province });
  }
  return out;
}

function articlesByKey(pairs: KeyedArticle[]): Map<string, { label: string; articles: Set<string> }> {
  const out = new Map<string, { label: string; articles: Set<string> }>();
  for (const p of pairs) {
    const bucket = out.get(p.key) ?? { label: p.label, articles: new Set<string>() };
    bucket.articles.add(p.articleId);
    out.set(p.key, bucket);
  }
  return out;
}

/** Buckets by count (ties by key), or chronologically for months; the first `first`. */
export function facetBuckets(pairs: KeyedArticle[], order: 'count' | 'key', first: number): BucketRecord[] {
  const buckets = [...articlesByKey(pairs).entries()].map(([key, b]) => ({ key, label: b.label, count: b.articles.size }));
  buckets.sort((a, b) => (order === 'count' ? b.count - a.count : 0) || compareStrings(a.key, b.key));
  return buckets.slice(0, first);
}

/** Every (row key, column key) pair some article has both of, with how many articles do. */
export function crosstabCells(rows: KeyedArticle[], columns: KeyedArticle[]): CellRecord[] {
  const columnsOf = new Map<string, KeyedArticle[]>();
  for (const c of columns) {
    const list = columnsOf.get(c.articleId) ?? [];
    list.push(c);
    columnsOf.set(c.articleId, list);
  }
  const cells = new Map<string, CellRecord & { articles: Set<string> }>();
  for (const r of rows) {
    for (const c of columnsOf.get(r.articleId) ?? []) {
      const id = `${r.key}\u0000${c.key}`;
      const cell = cells.get(id) ?? { row: r.key, rowLabel: r.label, column: c.key, columnLabel: c.label, count: 0, articles: new Set<string>() };
      cell.articles.add(r.articleId);
      cells.set(id, cell);
    }
  }
  return [...cells.values()]
    .map(({ articles, ...cell }) => ({ ...cell, count: articles.size }))
    .sort((a, b) => b.count - a.count || compareStrings(a.row, b.row) || compareStrings(a.column, b.column));
}
