import { assembleBody } from '@/corpus/body.assembler';
import type { Article } from '@/corpus/corpus.types';
import { dateLine, findIsoDate } from '@/corpus/date.parser';
import { classifyLines } from '@/corpus/line.classifier';
import { normaliseText } from '@/corpus/text.normaliser';
import { ParseError } from '@/shared/errors';
import { standaloneArticleId } from '@/shared/ids';

export interface PlainArticleOptions {
  /** The article's date (ISO or any form findIsoDate reads); overrides a date line under the title. */
  date?: string | null;
}

function optionDate(date: string | null, file: string): string | null {
  if (date === null) return null;
  const iso = findIsoDate(date);
  if (!iso) throw new ParseError(file, `invalid article date "${date}" (expected YYYY-MM-DD)`);
  return iso;
}

/**
 * A single news item: the first non-empty line is the title (markdown markers stripped), the rest
 * is the body, assembled like a bulletin item (see body.assembler.ts). A line holding only a date
 * right under the title is metadata: it dates the article and is not part of the body.
 */
export function parsePlainArticle(text: string, file: string, opts: PlainArticleOptions = {}): Article {
  const lines = classifyLines(normaliseText(text, file));
  const titleAt = lines.findIndex((l) => l.kind !== 'blank');
  const titleLine = lines[titleAt]!;
  if (titleLine.kind === 'blank') throw new ParseError(file, 'empty file');
  const title = titleLine.text;

  let rest = lines.slice(titleAt + 1);
  const metaAt = rest.findIndex((l) => l.kind !== 'blank');
  const metaLine = rest[metaAt];
  const lineDate = metaLine?.kind === 'text' ? dateLine(metaLine.text) : null;
  if (lineDate) rest = rest.slice(metaAt + 1);
  const date = opts.date !== undefined ? optionDate(opts.date, file) : lineDate;

  const { body, source } = assembleBody(rest);
  if (!body) throw new ParseError(file, `article "${title}" has an empty body (only a title line)`);
  return { id: standaloneArticleId(title, body), bulletinId: null, number: null, title, body, date, source, file };
}
