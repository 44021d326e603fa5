import { createHash } from 'node:crypto';

/**
 * Deterministic ids: re-ingesting the same text yields the same ids, so writes are idempotent.
 * Ids are readable (`agency:国家发展和改革委员会`) because researchers paste them into queries.
 */
export function sha1Hex(text: string, length = 16): string {
  return createHash('sha1').update(text, 'utf8').digest('hex').slice(0, length);
}

export function bulletinId(title: string, date: string | null, issue: string | null): string {
  return `bulletin:${[title, date ?? '', issue ?? ''].join('|')}`;
}

export function bulletinArticleId(bulletin: string, number: number): string {
  return `article:${sha1Hex(bulletin, 12)}:${number}`;
}

export function standaloneArticleId(title: string, body: string): string {
  return `article:${sha1Hex(`${title}\n${body}`)}`;
}

/** Regions in GB/T 2260 use their 6-digit code as id; curated zones (两江新区) get `region:<name>`. */
export function regionId(code: string | null | undefined, name: string): string {
  return code ? code : `region:${name}`;
}

export function entityId(type: string, canonicalName: string): string {
  return `${type.toLowerCase()}:${canonicalName}`;
}

export function themeId(key: string): string {
  return `theme:${key}`;
}

export function metricId(articleId: string, start: number): string {
  return `metric:${articleId}:${start}`;
}
