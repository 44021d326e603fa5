import { parsePlainArticle } from '@/corpus/article.parser';
import type { Article } from '@/corpus/corpus.types';
import type { Extraction } from '@/extract/extraction.types';
import { ENTITY_LABELS } from '@/graph/graph.model';
import type { GraphStore } from '@/graph/store.port';
import { BadUserInputError, NotFoundError, ParseError } from '@/shared/errors';
import type { ArticleService } from '@/services/article.service';
import type { EntityService } from '@/services/entity.service';
import { toNeighborRow } from '@/services/graph.traversal';
import type { IngestService } from '@/services/ingest.service';
import { planMerge, type MergeNode } from '@/services/merge.plan';
import type { ArticleRecord, NodeRow } from '@/services/records';
import { cleanAliases } from '@/services/records';

export interface ArticleInputRecord {
  title: string;
  body: string;
  date?: string | null;
  source?: string | null;
}

export interface IngestOutcome {
  articleId: string;
  written: boolean;
  nodes: number;
  edges: number;
  /** The article as parsed from the input (on a dry run it is not stored). */
  parsed: ArticleRecord;
  /** The stored article after a write; null on a dry run. */
  article: ArticleRecord | null;
  extraction: Extraction;
}

const MAX_TITLE = 300;
const MAX_BODY = 200_000;
const MAX_NAME = 100;
export const MAX_MERGE = 50;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LINE_BREAK = /[\r\n\u2028\u2029]/;

/**
 * The write side of the API. Each mutation is one `store.execute` call, so it lands whole or not
 * at all; input is checked before anything is read or written.
 */
export class MutationService {
  constructor(
    private readonly store: GraphStore,
    private readonly ingest: IngestService,
    private readonly articles: ArticleService,
    private readonly entities: EntityService,
  ) {}

  /** Parses and extracts like `egov-kg ingest` on a plain article file; a dry run writes nothing. */
  async ingestArticle(input: ArticleInputRecord, dryRun: boolean): Promise<IngestOutcome> {
    const article = toArticle(input);
    const doc = { kind: 'article' as const, article };
    const { batch, extractions } = this.ingest.prepare([doc]);
    const extraction = extractions.get(article.id)!;
    const outcome = { articleId: article.id, nodes: batch.nodes.length, edges: batch.edges.length, parsed: asRecord(article), extraction };
    if (dryRun) return { ...outcome, written: false, article: null };
    await this.ingest.ingest([doc]);
    const stored = (await this.articles.byIds([article.id])).get(article.id) ?? null;
    return { ...outcome, written: true, article: stored };
  }

  async deleteArticle(id: string): Promise<boolean> {
    await this.ingest.deleteArticle(id);
    return true;
  }

  async addAlias(entityId: string, alias: string): Promise<NodeRow> {
    const value = name('alias', alias);
    const entity = await this.entity(entityId);
    const aliases = cleanAliases(entity.aliases);
    if (value === entity.name || aliases.includes(value)) return { ...entity, aliases };
    await this.store.execute([{ name: 'set-entity-aliases', params: { id: entity.id, aliases: [...aliases, value] } }]);
    return this.entity(entity.id);
  }

  async mergeEntities(keepId: string, mergeIds: string[]): Promise<NodeRow> {
    const ids = [...new Set(mergeIds)];
    if (ids.length === 0) throw new BadUserInputError('mergeIds must name at least one entity', { argument: 'mergeIds' });
    if (ids.length > MAX_MERGE) throw new BadUserInputError(`at most ${MAX_MERGE} entities can be merged at once`, { argument: 'mergeIds' });
    if (ids.includes(keepId)) throw new BadUserInputError(`mergeIds must not contain keepId "${keepId}"`, { argument: 'mergeIds' });
    const found = await this.entities.nodesByIds([keepId, ...ids]);
    const missing = [keepId, ...ids].filter((id) => !found.has(id));
    if (missing.length > 0) throw new NotFoundError(`no entity with id ${missing.map((id) => `"${id}"`).join(', ')}`, { ids: missing });
    const keep = found.get(keepId)!;
    assertEntity(keep);
    const others = ids.map((id) => found.get(id)!);
    for (const other of others) {
      if (other.kind !== keep.kind) {
        throw new BadUserInputError(`cannot merge ${other.kind} "${other.id}" into ${keep.kind} "${keep.id}": entities must be of one type`, { argument: 'mergeIds' });
      }
    }
    const rows = (await this.store.read('neighbors-typed', { ids: [keepId, ...ids] })).map(toNeighborRow);
    const plan = planMerge(mergeNode(keep), others.map(mergeNode), rows);
    await this.store.execute(plan.statements);
    return this.entity(keepId);
  }

  private async entity(id: string): Promise<NodeRow> {
    const row = (await this.entities.nodesByIds([id])).get(id);
    if (!row) throw new NotFoundError(`no entity with id "${id}"`, { id });
    assertEntity(row);
    return { ...row, aliases: cleanAliases(row.aliases) };
  }
}

function assertEntity(row: NodeRow): void {
  if (!(ENTITY_LABELS as readonly string[]).includes(row.kind)) {
    throw new BadUserInputError(`"${row.id}" is a ${row.kind}, not a named entity`, { id: row.id });
  }
}

function mergeNode(row: NodeRow): MergeNode {
  return { id: row.id, kind: row.kind, name: row.name ?? row.id, aliases: cleanAliases(row.aliases) };
}

function name(argument: string, raw: string): string {
  const value = raw.normalize('NFKC').trim();
  if (!value) throw new BadUserInputError(`${argument} must not be empty`, { argument });
  if (value.length > MAX_NAME || LINE_BREAK.test(value)) {
    throw new BadUserInputError(`${argument} must be one line of at most ${MAX_NAME} characters`, { argument });
  }
  return value;
}

/** ArticleInput → the Article a plain-article file with that title and body would give. */
export function toArticle(input: ArticleInputRecord): Article {
  const title = input.title.trim();
  const body = input.body.trim();
  if (!title) throw new BadUserInputError('title must not be empty', { argument: 'input.title' });
  if (title.length > MAX_TITLE || LINE_BREAK.test(title)) {
    throw new BadUserInputError(`title must be one line of at most ${MAX_TITLE} characters`, { argument: 'input.title' });
  }
  if (!body) throw new BadUserInputError('body must not be empty', { argument: 'input.body' });
  if (body.length > MAX_BODY) throw new BadUserInputError(`body must be at most ${MAX_BODY} characters`, { argument: 'input.body' });
  if (input.date && (!ISO_DATE.test(input.date) || Number.isNaN(Date.parse(input.date)))) {
    throw new BadUserInputError(`date must be YYYY-MM-DD, got "${input.date}"`, { argument: 'input.date' });
  }
  const source = input.source ? name('input.source', input.source) : null;
  try {
    const article = parsePlainArticle(`${title}\n\n${body}`, 'graphql:ingestArticle', input.date ? { date: input.date } : {});
    return source ? { ...article, source } : article;
  } catch (error) {
    if (error instanceof ParseError) throw new BadUserInputError(error.message, { argument: 'input' });
    throw error;
  }
}

function asRecord(article: Article): ArticleRecord {
  return {
    id: article.id,
    title: article.title,
    body: article.body,
    date: article.date,
    number: article.number,
    source: article.source,
    bulletinId: article.bulletinId,
    file: article.file,
  };
}
