import { parsePlainArticle, type PlainArticleOptions } from '@/corpus/article.parser';
import { parseBulletin } from '@/corpus/bulletin.parser';
import type { CorpusDocument } from '@/corpus/corpus.types';
import { classifyLines, isTocTitle, numberedTitle } from '@/corpus/line.classifier';
import { normaliseLayout, normaliseText } from '@/corpus/text.normaliser';

export type CorpusFormat = 'bulletin' | 'article';

/**
 * A bulletin has a 目录, or a `# ` title plus at least two numbered headings in sequence (1., 2.);
 * one numbered heading is too weak a sign: a plain article may number its own sections.
 * Anything else is a plain article.
 */
export function detectFormat(text: string): CorpusFormat {
  const lines = classifyLines(normaliseLayout(text));
  if (lines.some(isTocTitle)) return 'bulletin';
  const hasTitle = lines.some((l) => l.kind === 'heading' && l.level === 1);
  if (!hasTitle) return 'article';
  let next = 1;
  for (const line of lines) {
    if (line.kind === 'heading' && numberedTitle(line.text)?.number === next) next++;
  }
  return next > 2 ? 'bulletin' : 'article';
}

/** Parses one corpus file's text; `opts.date` dates a plain article (bulletins carry their own). */
export function parseDocument(text: string, file: string, opts: PlainArticleOptions = {}): CorpusDocument {
  const normalised = normaliseText(text, file);
  return detectFormat(normalised) === 'bulletin'
    ? { kind: 'bulletin', bulletin: parseBulletin(normalised, file) }
    : { kind: 'article', article: parsePlainArticle(normalised, file, opts) };
}
