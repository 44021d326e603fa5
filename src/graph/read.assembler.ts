import fs from 'node:fs';
import path from 'node:path';
import { stripComments } from '@/graph/cypher.text';
import { CYPHER_DIR } from '@/shared/paths';

/**
 * Read statements with a whitelisted ORDER BY. The sort key comes from these tables only; the
 * API's enums map onto them, and a test enumerates every variant.
 */
export const ARTICLE_ORDER_FIELDS = {
  DATE: 'a.date',
  TITLE: 'a.title',
  NUMBER: 'a.number',
} as const;
export type ArticleOrderField = keyof typeof ARTICLE_ORDER_FIELDS;

export const ENTITY_ORDER_FIELDS = {
  NAME: 'name',
  ARTICLE_COUNT: 'articleCount',
  MENTION_COUNT: 'mentionCount',
} as const;
export type EntityOrderField = keyof typeof ENTITY_ORDER_FIELDS;

export const DIRECTIONS = ['ASC', 'DESC'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const articlesPageName = (field: ArticleOrderField, dir: Direction) => `articles-page.${field}.${dir}`;
export const entitiesPageName = (field: EntityOrderField, dir: Direction) => `entities-page.${field}.${dir}`;

function articleFilter(): string {
  return stripComments(fs.readFileSync(path.join(CYPHER_DIR, 'fragments', 'article-filter.cypher'), 'utf8'));
}

function entityPage(field: EntityOrderField, dir: Direction): string {
  const key = ENTITY_ORDER_FIELDS[field];
  // Ties always break by name then id so pages are stable and disjoint.
  const tail = key === 'name' ? `name ${dir}, id ASC` : `${key} ${dir}, name ASC, id ASC`;
  return stripComments(fs.readFileSync(path.join(CYPHER_DIR, 'fragments', 'entity-page.cypher'), 'utf8')) +
    `\nORDER BY ${tail}\nSKIP $skip\nLIMIT $limit`;
}

export function assembledReads(): Map<string, string> {
  const filter = articleFilter();
  const out = new Map<string, string>();
  for (const field of Object.keys(ARTICLE_ORDER_FIELDS) as ArticleOrderField[]) {
    for (const dir of DIRECTIONS) {
      out.set(
        articlesPageName(field, dir),
        `${filter}\nRETURN a.id AS id\nORDER BY ${ARTICLE_ORDER_FIELDS[field]} ${dir}, a.number ASC, a.id ASC\nSKIP $skip\nLIMIT $limit`,
      );
    }
  }
  out.set('articles-count', `${filter}\nRETURN count(a) AS total`);
  out.set('articles-ids', `${filter}\nRETURN a.id AS id`);
  for (const field of Object.keys(ENTITY_ORDER_FIELDS) as EntityOrderField[]) {
    for (const dir of DIRECTIONS) out.set(entitiesPageName(field, dir), entityPage(field, dir));
  }
  return out;
}
