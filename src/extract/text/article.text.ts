import type { Span } from '@/extract/extraction.types';
import { splitSentences } from '@/extract/text/sentence.splitter';
import { cutWords } from '@/extract/text/word.segmenter';
import { bookTitleSpans, quotedSpans, type QuotedSpan } from '@/extract/text/quote.finder';

export interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * One segmented text (an article body or title), shared by every extractor so jieba runs once.
 * `startsAt[i]` / `endsAt[i]` say whether a token starts / ends at character offset i: names are only
 * accepted on word boundaries, which keeps 江北 out of 长江北岸 and 中山 out of 中山大学.
 */
export interface SegmentedText {
  text: string;
  tokens: Token[];
  /** Index of the token covering each character. */
  tokenAt: Int32Array;
  startsAt: Uint8Array;
  endsAt: Uint8Array;
  sentences: Span[];
  quotes: QuotedSpan[];
  bookTitles: QuotedSpan[];
}

const SURROGATE = /[\uD800-\uDFFF]/;

export function segmentText(text: string): SegmentedText {
  const words = cutWords(text);
  const tokens: Token[] = [];
  const tokenAt = new Int32Array(text.length);
  const startsAt = new Uint8Array(text.length + 1);
  const endsAt = new Uint8Array(text.length + 1);
  // jieba returns the input partitioned, through UTF-8: only a lone surrogate comes back changed
  // (as U+FFFD). Text without surrogates whose tokens add up to its length is partitioned; other
  // text has each token re-anchored. (A join to prove it cost a quarter of this function.)
  let length = 0;
  for (let k = 0; k < words.length; k++) length += words[k]!.length;
  const partitioned = length === text.length && !SURROGATE.test(text);
  let at = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const start = partitioned || text.startsWith(w, at) ? at : text.indexOf(w, at);
    if (start < 0) continue;
    const end = start + w.length;
    // a plain loop: tokens are one or two units long, too short for fill()'s call to pay off
    const index = tokens.length;
    for (let i = start; i < end; i++) tokenAt[i] = index;
    startsAt[start] = 1;
    endsAt[end] = 1;
    tokens.push({ text: w, start, end });
    at = end;
  }
  return { text, tokens, tokenAt, startsAt, endsAt, sentences: splitSentences(text), quotes: quotedSpans(text), bookTitles: bookTitleSpans(text) };
}
