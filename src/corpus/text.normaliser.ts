import { ParseError } from '@/shared/errors';

/** Invisible characters that word processors leave behind; they would shift offsets for nothing. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
/** C0 controls other than tab/newline/CR/form feed/vertical tab never occur in text files. */
const BINARY_CONTROL = /[\u0001-\u0008\u000E-\u001F]/;
/** Spaces (incl. the full-width U+3000 used for paragraph indents) that trail a line. */
const TRAILING_SPACE = /[ \t\u00A0\u3000]+$/gm;

/**
 * Layout-only normalisation that cannot fail: BOM and zero-width characters removed, CRLF/CR → LF,
 * form feeds (page breaks in PDF text dumps) become line breaks so the page-break repair sees them,
 * trailing spaces trimmed. Full-width punctuation is kept: extraction offsets index into this text.
 */
export function normaliseLayout(raw: string): string {
  return raw
    .replace(ZERO_WIDTH, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\f\v]/g, '\n')
    .replace(TRAILING_SPACE, '');
}

/** normaliseLayout plus the checks every corpus file must pass; throws ParseError naming `file`. */
export function normaliseText(raw: string, file: string): string {
  if (raw.includes('\u0000') || BINARY_CONTROL.test(raw)) {
    throw new ParseError(file, 'binary content (control bytes); expected UTF-8 text');
  }
  if (raw.includes('\uFFFD')) {
    throw new ParseError(file, 'not valid UTF-8 text (contains U+FFFD replacement characters)');
  }
  const text = normaliseLayout(raw);
  if (text.trim() === '') throw new ParseError(file, 'empty file');
  return text;
}

/** Removes inline emphasis (`**bold**`), which is markup, not text. */
export function stripInlineMarkup(text: string): string {
  return text.replace(/\*\*/g, '');
}

/** Trims ASCII and full-width spaces (paragraph indents are layout). */
export function trimSpaces(text: string): string {
  return text.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

/**
 * Comparison key for titles: the table of contents and the headings disagree on spacing, full/half
 * width (：vs :) and markup, so only letters and digits (NFKC-folded, lower-cased) are compared.
 */
export function titleKey(title: string): string {
  return title.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
}
