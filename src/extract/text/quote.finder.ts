const PAIRS: Record<string, string> = { '“': '”', '「': '」', '『': '』', '"': '"' };
const MAX_QUOTE = 40;

export interface QuotedSpan {
  /** Offset of the first character inside the quotes. */
  start: number;
  /** Offset of the closing quote. */
  end: number;
}

/** Spans inside quotation marks (“…”, 「…」, "…"), short ones only: long quotes are speech, not names. */
export function quotedSpans(text: string): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  for (let i = 0; i < text.length; i++) {
    const close = PAIRS[text[i]!];
    if (!close) continue;
    const j = text.indexOf(close, i + 1);
    if (j < 0) break;
    if (j - i - 1 <= MAX_QUOTE && !text.slice(i + 1, j).includes('\n')) out.push({ start: i + 1, end: j });
    i = j;
  }
  return out;
}

/** Spans inside book-title marks 《…》. */
export function bookTitleSpans(text: string): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  for (let i = text.indexOf('《'); i >= 0; i = text.indexOf('《', i + 1)) {
    const j = text.indexOf('》', i + 1);
    if (j < 0) break;
    if (!text.slice(i + 1, j).includes('\n')) out.push({ start: i + 1, end: j });
    i = j;
  }
  return out;
}
