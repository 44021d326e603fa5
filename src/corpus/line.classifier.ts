import { stripInlineMarkup, trimSpaces } from '@/corpus/text.normaliser';

/**
 * One source line, classified by its markdown-ish layout. Headings carry their text with the
 * markers (#, **) already stripped; `level` 0 means a whole-line bold heading (`**…**`).
 */
export type Line =
  | { kind: 'blank' }
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'text'; text: string };

const ATX_HEADING = /^(#{1,6})\s*(.*?)(?:\s+#+)?$/;
const WHOLE_BOLD = /^\*\*([^*]+)\*\*$/;
const THEMATIC_BREAK = /^([-*_])(?:\s*\1){2,}$/;
/** A whole-line bold run this long, or ending a sentence, is emphasised prose, not a heading. */
const MAX_BOLD_HEADING = 60;

export function classifyLine(raw: string): Line {
  const line = trimSpaces(raw);
  // Rules (---) and empty headings separate blocks exactly like a blank line does.
  if (line === '' || THEMATIC_BREAK.test(line)) return { kind: 'blank' };
  const atx = ATX_HEADING.exec(line);
  if (atx) {
    const text = trimSpaces(stripInlineMarkup(atx[2]!));
    return text ? { kind: 'heading', level: atx[1]!.length, text } : { kind: 'blank' };
  }
  const bold = WHOLE_BOLD.exec(line);
  if (bold) {
    const text = trimSpaces(bold[1]!);
    if (text && text.length <= MAX_BOLD_HEADING && !/[。！？!?]$/.test(text)) return { kind: 'heading', level: 0, text };
  }
  const text = trimSpaces(stripInlineMarkup(line));
  return text ? { kind: 'text', text } : { kind: 'blank' };
}

export function classifyLines(text: string): Line[] {
  return text.split('\n').map(classifyLine);
}

export interface NumberedTitle {
  number: number;
  title: string;
}

/** `1. 标题`, `1．标题`, `1、标题` (full-width digits too); a decimal such as `1.5亿` is not a number. */
const NUMBERED = /^([0-9０-９]{1,3})\s*[.．、](?![0-9０-９])\s*(\S.*)$/;

export function numberedTitle(text: string): NumberedTitle | null {
  const m = NUMBERED.exec(text);
  if (!m) return null;
  return { number: Number(m[1]!.normalize('NFKC')), title: trimSpaces(m[2]!) };
}

/** 目录, 目 录, 本期目录 as a heading or a line of its own. */
export function isTocTitle(line: Line): boolean {
  if (line.kind === 'blank') return false;
  return /^(?:本期)?目录$/.test(line.text.replace(/[\s\u3000]/g, ''));
}
