import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentText } from '@/extract/text/article.text';

/** Every word is the text at its offsets, in order, and the per-offset tables agree with the words. */
function assertAnchored(text: string): void {
  const seg = segmentText(text);
  assert.equal(seg.wordStart.length, seg.words.length);
  assert.equal(seg.wordEnd.length, seg.words.length);
  let at = 0;
  seg.words.forEach((word, k) => {
    const start = seg.wordStart[k]!;
    const end = seg.wordEnd[k]!;
    assert.equal(text.slice(start, end), word, `word ${k} "${word}"`);
    assert.ok(start >= at, `word ${k} starts before the previous one ends`);
    assert.equal(seg.startsAt[start], 1);
    assert.equal(seg.endsAt[end], 1);
    for (let i = start; i < end; i++) assert.equal(seg.wordAt[i], k);
    at = end;
  });
}

describe('segmentText', () => {
  test('plain Chinese text is partitioned into words covering every character', () => {
    const text = '重庆市政务数据共享平台上线，市民可在网上办理2212项审批服务事项。';
    const seg = segmentText(text);
    assert.equal(seg.words.join(''), text);
    assertAnchored(text);
  });

  test('a surrogate pair (emoji) keeps every word anchored', () => {
    assertAnchored('“渝快办”上线😀，群众办事更方便');
  });

  test('a lone surrogate, which jieba returns as U+FFFD, drops only that character', () => {
    const text = '数据共享\uD800平台建设';
    const seg = segmentText(text);
    assertAnchored(text);
    assert.equal(seg.words.join(''), '数据共享平台建设');
  });
});
