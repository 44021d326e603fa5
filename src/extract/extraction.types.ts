/**
 * The extraction of one article: what it mentions, how those things relate, its themes and metrics.
 * Field names follow the `egov-kg extract` JSON contract (seeds/extract-contract.md) so the CLI
 * prints an Extraction almost as is.
 */
export const ENTITY_TYPES = [
  'Region',
  'Agency',
  'System',
  'Technology',
  'Organization',
  'Person',
  'Publication',
  'Policy',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = [
  'LOCATED_IN', // Agency → Region
  'OPERATES', // Agency → System
  'USES', // System → Technology
  'CONNECTS_TO', // System → System
  'WORKS_AT', // Person → Agency | Organization
  'PARTNERS_WITH', // Organization → Agency | Region
  'PART_OF', // Region → Region
  'ISSUED_BY', // Policy → Agency | Region
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export type RegionLevel = 'province' | 'prefecture' | 'county' | 'zone';

/** A stretch of the article body: `body.slice(start, end) === text`. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface ExtractedEntity {
  type: EntityType;
  /** Canonical name, e.g. 国家发展和改革委员会 for 发改委, 佛山市南海区 is NOT used: 南海区 + code. */
  name: string;
  /** Region only: 6-digit GB/T 2260 code; curated zones (两江新区) have none. */
  code?: string;
  /** Region only. */
  level?: RegionLevel;
  /** Region only: GB/T 2260 code of the parent division, or of the region a zone belongs to. */
  parentCode?: string | null;
  aliases: string[];
  mentions: Span[];
  /** Type-specific facts: `role` for a Person, `regionCode` for an Agency, … */
  attrs?: Record<string, string>;
}

export interface EntityRef {
  type: EntityType;
  name: string;
  code?: string;
}

export interface ExtractedRelation {
  type: RelationType;
  from: EntityRef;
  to: EntityRef;
  /** The sentence that supports the relation. */
  evidence: Span;
}

export interface ThemeHit {
  /** A key of seeds/themes.md. */
  key: string;
  /** 0..1. */
  score: number;
  /** Trigger sentences. */
  evidence: Span[];
}

export interface ExtractedMetric {
  /** What is counted, e.g. 信息化业务系统. */
  name: string;
  value: number;
  unit: string;
  text: string;
  start: number;
  end: number;
  /** ISO date, YYYY-MM, YYYY or YYYY-Qn the figure refers to, when the text says. */
  date?: string;
}

export interface ResolvedDate {
  text: string;
  start: number;
  end: number;
  /** YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY. */
  value: string;
}

export interface Extraction {
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
  themes: ThemeHit[];
  metrics: ExtractedMetric[];
  dates: ResolvedDate[];
  /** Codes (or names of curated zones) of the region(s) the article is primarily about. */
  about: string[];
}
