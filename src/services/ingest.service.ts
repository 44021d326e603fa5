import type { Article, CorpusDocument } from '@/corpus/corpus.types';
import { readCorpusDir } from '@/corpus/corpus.reader';
import { extractArticles } from '@/extract/extract.service';
import type { Extraction } from '@/extract/extraction.types';
import { buildGraphBatch, type BuildContext, type BuildInput } from '@/graph/batch.builder';
import { batchToStatements } from '@/graph/batch.writer';
import type { GraphBatch } from '@/graph/graph.model';
import type { GraphStore } from '@/graph/store.port';
import { NotFoundError } from '@/shared/errors';

export interface IngestReport {
  articles: number;
  nodes: number;
  edges: number;
}

export type ProgressListener = (done: number, total: number, title: string) => void;

/** The pure part of the pipeline: documents → extractions → one GraphBatch; no store involved. */
export function prepareBatch(
  docs: CorpusDocument[],
  ctx: BuildContext,
  onProgress?: ProgressListener,
): { batch: GraphBatch; extractions: Map<string, Extraction> } {
  const articles = docs.flatMap((d) => (d.kind === 'bulletin' ? d.bulletin.articles : [d.article]));
  const extractions = new Map<string, Extraction>();
  // each article resolves its relative dates (6日起) against its own date, the default
  extractArticles(articles, {}, (article, extraction) => {
    extractions.set(article.id, extraction);
    onProgress?.(extractions.size, articles.length, article.title);
  });
  const item = (article: Article) => ({ article, extraction: extractions.get(article.id)! });
  const inputs: BuildInput[] = docs.map((doc) =>
    doc.kind === 'bulletin' ? { bulletin: doc.bulletin, items: doc.bulletin.articles.map(item) } : { items: [item(doc.article)] },
  );
  return { batch: buildGraphBatch(inputs, ctx), extractions };
}

/**
 * Text → Article → Extraction → GraphBatch → store. Everything is parsed and extracted before
 * the first write, and the batch is written in one transaction: bad input writes nothing.
 */
export class IngestService {
  constructor(
    private readonly store: GraphStore,
    private readonly ctx: BuildContext,
  ) {}

  prepare(docs: CorpusDocument[], onProgress?: ProgressListener) {
    return prepareBatch(docs, this.ctx, onProgress);
  }

  async ingest(docs: CorpusDocument[], onProgress?: ProgressListener): Promise<IngestReport> {
    const { batch } = this.prepare(docs, onProgress);
    await this.store.execute(batchToStatements(batch));
    return { articles: batch.articleIds.length, nodes: batch.nodes.length, edges: batch.edges.length };
  }

  /** Loads seeds/ when the store holds no article yet; a later start finds them and does nothing. */
  async ensureSeeded(seedsDir: string, onProgress?: ProgressListener): Promise<IngestReport | null> {
    const [{ total }] = (await this.store.read('count-articles')) as [{ total: number }];
    if (total > 0) return null;
    return this.ingest(await readCorpusDir(seedsDir), onProgress);
  }

  async deleteArticle(id: string): Promise<void> {
    const rows = await this.store.read('articles-by-ids', { ids: [id] });
    if (rows.length === 0) throw new NotFoundError(`no article with id "${id}"`, { id });
    await this.store.execute([
      { name: 'delete-article-edges', params: { ids: [id] } },
      { name: 'delete-article-metrics', params: { ids: [id] } },
      { name: 'delete-articles', params: { ids: [id] } },
      { name: 'prune-orphan-entities' },
    ]);
  }
}
