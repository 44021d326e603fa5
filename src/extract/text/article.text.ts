import type { Span } from '@/extract/extraction.types';
import { splitSentences } from '@/extract/text/sentence.splitter';
import { cutWords } from '@/extract/text/word.segmenter';
import { bookTitleSpans, quotedSpans, type QuotedSpan } from '@/extract/text/quote.finder';

/**
 * One segmented text (an article body or title), shared by every extractor so jieba runs once.
 * Word k is `words[k]`, covering [wordStart[k], wordEnd[k]) of `text`: parallel arrays rather than
 * one object per word, as a body has hundreds of words, every finder walks them, and the objects
 * were a tenth of all the memory an extraction allocates.
 * `startsAt[i]` / `endsAt[i]` say whether a word starts / ends at character offset i: names are only
 * accepted on word boundaries, which keeps 江北 out of 长江北岸 and 中山 out of 中山大学.
 */
export interface SegmentedText {
  text: string;
  words: readonly string[];
  wordStart: Int32Array;
  wordEnd: Int32Array;
  /** Index of the word covering each character. */
  wordAt: Int32Array;
  startsAt: Uint8Array;
  endsAt: Uint8Array;
  sentences: Span[];
  quotes: QuotedSpan[];
  bookTitles: QuotedSpan[];
}

const SURROGATE = /[\uD800-\uDFFF]/;

export function segmentText(text: string): SegmentedText {
  const cut = cutWords(text);
  const n = text.length;
  // jieba returns the input partitioned, through UTF-8: only a lone surrogate comes back changed
  // (as U+FFFD). Text without surrogates whose words add up to its length is partitioned; other
  // text has each word re-anchored. (A join to prove it cost a quarter of this function.)
  let length = 0;
  for (let k = 0; k < cut.length; k++) length += cut[k]!.length;
  const partitioned = length === n && !SURROGATE.test(text);
  // one buffer for the five per-text tables: a body is read by a dozen finders, then dropped
  const buffer = new ArrayBuffer(4 * (2 * cut.length + n) + 2 * (n + 1));
  const wordStart = new Int32Array(buffer, 0, cut.length);
  const wordEnd = new Int32Array(buffer, 4 * cut.length, cut.length);
  const wordAt = new Int32Array(buffer, 8 * cut.length, n);
  const startsAt = new Uint8Array(buffer, 4 * (2 * cut.length + n), n + 1);
  const endsAt = new Uint8Array(buffer, 4 * (2 * cut.length + n) + n + 1, n + 1);
  const words = partitioned ? cut : ([] as string[]);
  let count = 0;
  let at = 0;
  for (let k = 0; k < cut.length; k++) {
    const w = cut[k]!;
    const start = partitioned || text.startsWith(w, at) ? at : text.indexOf(w, at);
    if (start < 0) continue;
    const end = start + w.length;
    // a plain loop: words are one or two units long, too short for fill()'s call to pay off
    for (let i = start; i < end; i++) wordAt[i] = count;
    startsAt[start] = 1;
    endsAt[end] = 1;
    wordStart[count] = start;
    wordEnd[count] = end;
    if (!partitioned) words.push(w);
    count++;
    at = end;
  }
  return {
    text,
    words,
    // a re-anchored text may have dropped words: the tables end where the words do
    wordStart: count === cut.length ? wordStart : wordStart.subarray(0, count),
    wordEnd: count === cut.length ? wordEnd : wordEnd.subarray(0, count),
    wordAt,
    startsAt,
    endsAt,
    sentences: splitSentences(text),
    quotes: quotedSpans(text),
    bookTitles: bookTitleSpans(text),
  };
}
