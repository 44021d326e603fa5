import { assembleBody } from '@/corpus/body.assembler';
import type { Article, Bulletin } from '@/corpus/corpus.types';
import { findIsoDate } from '@/corpus/date.parser';
import { type Line, type NumberedTitle, classifyLines, isTocTitle, numberedTitle } from '@/corpus/line.classifier';
import { normaliseText, titleKey } from '@/corpus/text.normaliser';
import { type TocEntry, crossCheckToc, readToc } from '@/corpus/toc.parser';
import { ParseError } from '@/shared/errors';
import { bulletinArticleId, bulletinId } from '@/shared/ids';

/**
 * A bulletin (电子政务信息汇编 and the like): a preamble (publisher, `# ` title, date, issue), an
 * optional 目录, then numbered article headings (`## 1. …`, `### **2. …**`, `**3、…**`; the heading
 * level varies within one file). Unnumbered headings inside an article are its sub-headings.
 */

interface ArticleHeading extends NumberedTitle {
  line: number;
}

function numberedHeadings(lines: Line[], from: number): ArticleHeading[] {
  const out: ArticleHeading[] = [];
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    const numbered = line.kind === 'heading' ? numberedTitle(line.text) : null;
    if (numbered) out.push({ ...numbered, line: i });
  }
  return out;
}

/**
 * Article headings are the numbered headings that continue the sequence 1, 2, 3 …; a numbered
 * heading out of sequence is an inner sub-heading. With a table of contents, a heading with the
 * right number but the wrong title is also a sub-heading when a later heading carries that title.
 */
function articleHeadings(candidates: ArticleHeading[], toc: TocEntry[] | null): ArticleHeading[] {
  const out: ArticleHeading[] = [];
  candidates.forEach((c, i) => {
    const expected = out.length + 1;
    if (c.number !== expected) return;
    const listed = toc?.find((e) => e.number === expected);
    if (listed && titleKey(listed.title) !== titleKey(c.title)) {
      const later = candidates.slice(i + 1).some((o) => o.number === expected && titleKey(o.title) === titleKey(listed.title));
      if (later) return;
    }
    out.push(c);
  });
  return out;
}

interface Preamble {
  title: string | null;
  publisher: string | null;
  date: string | null;
  issue: string | null;
}

const PUBLISHER_LABEL = /^(?:主办单位|主办|编印单位|编印|主编单位|编辑单位|出品|发布单位)\s*[:：]\s*(\S.*)$/;
const ISSUE =
  /(?:[0-9０-９]{4}\s*年\s*|(?:[一二三四五六七八九十]{1,2}|[0-9０-９]{1,2})\s*月\s*)?总?第\s*[0-9０-９一二三四五六七八九十百〇零]+\s*期(?:\s*[（(]\s*总第\s*[0-9０-９]+\s*期\s*[）)])?/;
/** Metadata lines are short; a longer line in the preamble is prose (an editor's note, …). */
const MAX_META_LINE = 40;

/**
 * Publisher: a labelled line (主办：…), else the first unlabelled line before the `# ` title, else
 * the first one after it. Lines after the title such as 秘书处 (the compiling office) lose to the
 * line above the title, which is where these bulletins put the issuing body.
 */
function readPreamble(lines: Line[]): Preamble {
  let title: string | null = null;
  let date: string | null = null;
  let issue: string | null = null;
  let labelled: string | null = null;
  let beforeTitle: string | null = null;
  let afterTitle: string | null = null;
  for (const line of lines) {
    if (line.kind === 'blank') continue;
    if (line.kind === 'heading' && line.level === 1 && title === null) {
      title = line.text;
      continue;
    }
    if (line.text.length > MAX_META_LINE) continue;
    const label = PUBLISHER_LABEL.exec(line.text);
    if (label) {
      labelled ??= label[1]!.trim();
      continue;
    }
    const lineDate = findIsoDate(line.text);
    const lineIssue = ISSUE.exec(line.text)?.[0].trim() ?? null;
    date ??= lineDate;
    issue ??= lineIssue;
    if (lineDate || lineIssue) continue;
    if (title === null) beforeTitle ??= line.text;
    else afterTitle ??= line.text;
  }
  // "# 电子政务信息汇编（2015年第12期）": the issue may sit in the title itself.
  issue ??= title ? (ISSUE.exec(title)?.[0] ?? null) : null;
  return { title, publisher: labelled ?? beforeTitle ?? afterTitle, date, issue };
}

export function parseBulletin(text: string, file: string): Bulletin {
  const lines = classifyLines(normaliseText(text, file));
  const firstNumbered = numberedHeadings(lines, 0)[0]?.line ?? lines.length;
  const tocLine = lines.slice(0, firstNumbered).findIndex(isTocTitle);
  const toc = tocLine >= 0 ? readToc(lines, tocLine, file) : null;
  const headings = articleHeadings(numberedHeadings(lines, toc?.end ?? 0), toc?.entries ?? null);
  if (headings.length === 0) {
    throw new ParseError(file, 'bulletin has no numbered article headings (e.g. "## 1. title")');
  }
  const meta = readPreamble(lines.slice(0, tocLine >= 0 ? tocLine : headings[0]!.line));
  if (!meta.title) throw new ParseError(file, 'bulletin has no "# title" line before its first article');
  if (toc) crossCheckToc(toc.entries, headings, file);

  const id = bulletinId(meta.title, meta.date, meta.issue);
  const articles: Article[] = headings.map((h, i) => {
    const { body, source } = assembleBody(lines.slice(h.line + 1, headings[i + 1]?.line ?? lines.length));
    if (!body) throw new ParseError(file, `article ${h.number} "${h.title}" (line ${h.line + 1}) has an empty body`);
    return {
      id: bulletinArticleId(id, h.number),
      bulletinId: id,
      number: h.number,
      title: h.title,
      body,
      date: meta.date,
      source,
      file,
    };
  });
  return { id, title: meta.title, publisher: meta.publisher, date: meta.date, issue: meta.issue, file, articles };
}
