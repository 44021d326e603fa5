export interface QuotedSpan {
  /** Offset of the first character inside the marks. */
  start: number;
  /** Offset of the closing mark. */
  end: number;
}

// short quotes only: long ones are speech, not names
const QUOTED = /“([^“”\n]{1,40})”|「([^「」\n]{1,40})」|『([^『』\n]{1,40})』|"([^"\n]{1,40})"/g;
const BOOK_TITLE = /《([^《》\n]{1,80})》/g;

/** Spans inside quotation marks (“…”, 「…」, "…"). */
export function quotedSpans(text: string): QuotedSpan[] {
  return spans(text, QUOTED);
}

/** Spans inside book-title marks 《…》. */
export function bookTitleSpans(text: string): QuotedSpan[] {
  return spans(text, BOOK_TITLE);
}

function spans(text: string, re: RegExp): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index + 1, end: m.index + m[0].length - 1 });
  return out;
}
