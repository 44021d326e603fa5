import type { NodeLabel } from '@/graph/graph.model';

/** Plain records the services hand to the API and CLI; engine values are already converted. */
export interface ArticleRecord {
  id: string;
  title: string;
  body: string;
  date: string | null;
  number: number | null;
  source: string | null;
  bulletinId: string | null;
  file: string | null;
}

export interface NodeRow {
  id: string;
  kind: NodeLabel;
  name: string | null;
  aliases: string[];
  attrs: Record<string, string>;
  code: string | null;
  level: string | null;
  parentCode: string | null;
  title: string | null;
  key: string | null;
}

export interface EvidenceRecord {
  text: string;
  articleId: string;
  start: number;
  end: number;
}

export interface MetricRecord {
  name: string;
  value: number;
  unit: string;
  date: string | null;
  evidence: EvidenceRecord;
}

export interface ThemeRecord {
  key: string;
  name: string;
  description: string;
  dimension: string;
  articleCount: number;
}

export interface ArticleThemeRecord {
  articleId: string;
  key: string;
  score: number;
  evidence: EvidenceRecord[];
}

export interface MentionRecord {
  articleId: string;
  entityId: string;
  kind: NodeLabel;
  count: number;
  spans: Array<{ text: string; start: number; end: number }>;
  evidence: EvidenceRecord | null;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
  offset: number;
}

/** Kùzu hands back an empty alias list as null; blank strings are no alias either. */
export function cleanAliases(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((a): a is string => typeof a === 'string' && a.trim() !== '') : [];
}

export function toNodeRow(row: Record<string, unknown>): NodeRow {
  return {
    id: String(row.id),
    kind: row.kind as NodeLabel,
    name: (row.name as string | null) ?? null,
    aliases: cleanAliases(row.aliases),
    attrs: parseJson<Record<string, string>>(row.attrs, {}),
    code: (row.code as string | null) ?? null,
    level: (row.level as string | null) ?? null,
    parentCode: (row.parentCode as string | null) ?? null,
    title: (row.title as string | null) ?? null,
    key: (row.key as string | null) ?? null,
  };
}

export function toArticle(row: Record<string, unknown>): ArticleRecord {
  return {
    id: String(row.id),
    title: String(row.title ?? ''),
    body: String(row.body ?? ''),
    date: (row.date as string | null) ?? null,
    number: row.number === null || row.number === undefined ? null : Number(row.number),
    source: (row.source as string | null) ?? null,
    bulletinId: (row.bulletinId as string | null) ?? null,
    file: (row.file as string | null) ?? null,
  };
}

/** JSON columns (spans, attrs) are written by us; a broken one is a bug, surfaced as the fallback. */
export function parseJson<T>(value: unknown, fallback: T): T {
  if (typeof value !== 'string' || value === '') return fallback;
  try {
    return JSON.parse(value) as T;
  } catch {
    return fallback;
  }
}
