import { type Line, type NumberedTitle, numberedTitle } from '@/corpus/line.classifier';
import { titleKey, trimSpaces } from '@/corpus/text.normaliser';
import { ParseError } from '@/shared/errors';

/** One entry of the table of contents (`1. 重庆打造涉诉信访信息化综合平台 .....\t2`). */
export type TocEntry = NumberedTitle;

export interface Toc {
  entries: TocEntry[];
  /** Index of the first line after the last entry. */
  end: number;
}

/** Dot leaders (`.....`, `……`, `·····`) or a tab, then an optional page number. */
const LEADER_AND_PAGE = /(?:\s*[.．…·⋯_—-]{2,}\s*|\t+\s*)[0-9０-９]*\s*$/;

function tocEntry(text: string): TocEntry | null {
  const entry = numberedTitle(text);
  if (!entry) return null;
  const title = trimSpaces(entry.title.replace(LEADER_AND_PAGE, ''));
  return title ? { number: entry.number, title } : null;
}

/**
 * Reads the entries that follow the 目录 line at `tocLine`: plain numbered lines, blank lines
 * allowed between them; the first heading or other text ends the table.
 */
export function readToc(lines: Line[], tocLine: number, file: string): Toc {
  const entries: TocEntry[] = [];
  let end = tocLine + 1;
  for (let i = tocLine + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === 'blank') continue;
    const entry = line.kind === 'text' ? tocEntry(line.text) : null;
    if (!entry) break;
    entries.push(entry);
    end = i + 1;
  }
  if (entries.length === 0) {
    throw new ParseError(file, `table of contents (line ${tocLine + 1}) has no entries like "1. title ..... 2"`);
  }
  return { entries, end };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The articles found must be exactly those the table of contents lists, in order, with titles
 * equal after normalisation; otherwise the parse is wrong (or the file is), and nothing is returned.
 */
export function crossCheckToc(entries: TocEntry[], found: NumberedTitle[], file: string): void {
  const same = (a: NumberedTitle, b: NumberedTitle) => a.number === b.number && titleKey(a.title) === titleKey(b.title);
  if (entries.length !== found.length) {
    const missing = entries.find((e) => !found.some((f) => same(e, f)));
    const detail = missing ? `; first missing: ${missing.number}. ${missing.title}` : '';
    throw new ParseError(
      file,
      `table of contents lists ${plural(entries.length, 'article')} but ${found.length} ${found.length === 1 ? 'was' : 'were'} found${detail}`,
    );
  }
  entries.forEach((entry, i) => {
    const article = found[i]!;
    if (!same(entry, article)) {
      throw new ParseError(
        file,
        `article heading "${article.number}. ${article.title}" does not match table of contents entry "${entry.number}. ${entry.title}"`,
      );
    }
  });
}
