import { ENTITY_TYPES, type EntityType } from '@/extract/extraction.types';

/**
 * The one graph model both engines share. Labels, relationship types, their endpoints and every
 * property are whitelisted here: statements that must be assembled (DDL, upserts) are built only
 * from these lists, never from user input.
 */
export const NODE_LABELS = [
  'Bulletin',
  'Article',
  'Theme',
  'Metric',
  ...ENTITY_TYPES,
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];
export type EntityLabel = EntityType;
export const ENTITY_LABELS: readonly EntityLabel[] = ENTITY_TYPES;

export type PropType = 'STRING' | 'INT64' | 'DOUBLE' | 'STRING[]';

/** Columns every named entity has; `kind` repeats the label so engine-neutral queries can return it. */
const ENTITY_PROPS = {
  id: 'STRING',
  kind: 'STRING',
  name: 'STRING',
  aliases: 'STRING[]',
  /** Full pinyin without tones and spaces (nanhaiqu), for search. */
  pinyin: 'STRING',
  /** Pinyin initials (nhq), for search. */
  initials: 'STRING',
  /** Type-specific facts as a JSON object (a Person's role, an Agency's region code …). */
  attrs: 'STRING',
} as const satisfies Record<string, PropType>;

export const NODE_PROPS: Record<NodeLabel, Record<string, PropType>> = {
  Bulletin: { id: 'STRING', kind: 'STRING', name: 'STRING', publisher: 'STRING', date: 'STRING', issue: 'STRING', file: 'STRING' },
  Article: {
    id: 'STRING',
    kind: 'STRING',
    title: 'STRING',
    body: 'STRING',
    /** ISO dates are kept as strings in both engines: same ordering, no temporal conversion. */
    date: 'STRING',
    month: 'STRING',
    number: 'INT64',
    source: 'STRING',
    bulletinId: 'STRING',
    file: 'STRING',
  },
  Theme: { id: 'STRING', kind: 'STRING', key: 'STRING', name: 'STRING', description: 'STRING', dimension: 'STRING' },
  Metric: {
    id: 'STRING',
    kind: 'STRING',
    name: 'STRING',
    value: 'DOUBLE',
    unit: 'STRING',
    text: 'STRING',
    articleId: 'STRING',
    startOffset: 'INT64',
    endOffset: 'INT64',
    date: 'STRING',
  },
  Region: { ...ENTITY_PROPS, code: 'STRING', level: 'STRING', parentCode: 'STRING' },
  Agency: ENTITY_PROPS,
  System: ENTITY_PROPS,
  Technology: ENTITY_PROPS,
  Organization: ENTITY_PROPS,
  Person: ENTITY_PROPS,
  Publication: ENTITY_PROPS,
  Policy: ENTITY_PROPS,
};

/**
 * Relationship properties are uniform across types so one statement shape serves all of them.
 * Text-derived relationships carry their evidence: the article, the quote and its offsets.
 */
export const REL_PROPS = {
  articleId: 'STRING',
  quote: 'STRING',
  startOffset: 'INT64',
  endOffset: 'INT64',
  /** HAS_THEME score; 1 elsewhere. */
  score: 'DOUBLE',
  /** MENTIONS: how many times the entity is mentioned. */
  count: 'INT64',
  /** JSON list of {text,start,end}: every mention (MENTIONS) or trigger sentence (HAS_THEME). */
  spans: 'STRING',
  /** Where a non-textual fact comes from, e.g. `GB/T 2260` for PART_OF. */
  source: 'STRING',
} as const satisfies Record<string, PropType>;
export type RelProps = { [K in keyof typeof REL_PROPS]?: string | number | null };

const ALL_ENTITIES = ENTITY_LABELS.map((l) => ['Article', l] as const);

export const REL_ENDPOINTS = {
  CONTAINS: [['Bulletin', 'Article']],
  PUBLISHED_IN: [['Article', 'Publication']],
  MENTIONS: ALL_ENTITIES,
  ABOUT: [['Article', 'Region']],
  HAS_THEME: [['Article', 'Theme']],
  REPORTS: [['Article', 'Metric']],
  PART_OF: [['Region', 'Region']],
  LOCATED_IN: [
    ['Agency', 'Region'],
    ['Organization', 'Region'],
    ['System', 'Region'],
  ],
  OPERATES: [
    ['Agency', 'System'],
    ['Organization', 'System'],
  ],
  USES: [
    ['System', 'Technology'],
    ['Agency', 'Technology'],
    ['Organization', 'Technology'],
  ],
  CONNECTS_TO: [['System', 'System']],
  WORKS_AT: [
    ['Person', 'Agency'],
    ['Person', 'Organization'],
  ],
  PARTNERS_WITH: [
    ['Organization', 'Agency'],
    ['Organization', 'Region'],
    ['Organization', 'Organization'],
  ],
  ISSUED_BY: [
    ['Policy', 'Agency'],
    ['Policy', 'Region'],
  ],
} as const satisfies Record<string, ReadonlyArray<readonly [NodeLabel, NodeLabel]>>;
export type RelType = keyof typeof REL_ENDPOINTS;
export const REL_TYPES = Object.keys(REL_ENDPOINTS) as RelType[];

export function isNodeLabel(value: string): value is NodeLabel {
  return (NODE_LABELS as readonly string[]).includes(value);
}

export function isRelType(value: string): value is RelType {
  return Object.prototype.hasOwnProperty.call(REL_ENDPOINTS, value);
}

export function allowsEndpoints(type: RelType, from: NodeLabel, to: NodeLabel): boolean {
  return (REL_ENDPOINTS[type] as ReadonlyArray<readonly [string, string]>).some(([f, t]) => f === from && t === to);
}

export type Scalar = string | number | null;
export type PropValue = Scalar | string[];

export interface NodeRecord {
  label: NodeLabel;
  id: string;
  props: Record<string, PropValue>;
}

export interface EdgeRecord {
  type: RelType;
  fromLabel: NodeLabel;
  from: string;
  toLabel: NodeLabel;
  to: string;
  props: RelProps;
}

/**
 * Everything one ingest writes. `articleIds` are replaced whole: their old edges, metrics and
 * evidence are removed first, so re-ingesting an article is idempotent and an edited article
 * leaves nothing stale behind.
 */
export interface GraphBatch {
  articleIds: string[];
  nodes: NodeRecord[];
  edges: EdgeRecord[];
}
