import type { Span } from '@/extract/extraction.types';

/**
 * Sentence boundaries for Chinese news text: 。！？；and line breaks end a sentence; a closing
 * quote or bracket right after the stop stays with it. Offsets index into the input string.
 */
const STOPS = new Set(['。', '！', '？', '!', '?', '；', ';', '\n']);
const CLOSERS = new Set(['”', '’', '"', '」', '』', '）', ')', '】']);

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && /\s/.test(text[s]!)) s++;
    let e = end;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ text: text.slice(s, e), start: s, end: e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    if (!STOPS.has(text[i]!)) continue;
    let end = i + 1;
    while (end < text.length && CLOSERS.has(text[end]!)) end++;
    push(end);
    i = end - 1;
  }
  push(text.length);
  return spans;
}

/** The sentence containing offset `at`, or a synthetic span of the whole text if none. */
export function sentenceAt(sentences: Span[], at: number): Span | undefined {
  return sentences.find((s) => at >= s.start && at < s.end);
}
