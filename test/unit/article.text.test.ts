import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentText } from '@/extract/text/article.text';

/** Every token is the text at its offsets, in order, and the per-offset tables agree with the tokens. */
function assertAnchored(text: string): void {
  const seg = segmentText(text);
  let at = 0;
  seg.tokens.forEach((tok, k) => {
    assert.equal(text.slice(tok.start, tok.end), tok.text, `token ${k} "${tok.text}"`);
    assert.ok(tok.start >= at, `token ${k} starts before the previous one ends`);
    assert.equal(seg.startsAt[tok.start], 1);
    assert.equal(seg.endsAt[tok.end], 1);
    for (let i = tok.start; i < tok.end; i++) assert.equal(seg.tokenAt[i], k);
    at = tok.end;
  });
}

describe('segmentText', () => {
  test('plain Chinese text is partitioned into tokens covering every character', () => {
    const text = '重庆市政务数据共享平台上线，市民可在网上办理2212项审批服务事项。';
    const seg = segmentText(text);
    assert.equal(seg.tokens.map((t) => t.text).join(''), text);
    assertAnchored(text);
  });

  test('a surrogate pair (emoji) keeps every token anchored', () => {
    assertAnchored('“渝快办”上线😀，群众办事更方便');
  });

  test('a lone surrogate, which jieba returns as U+FFFD, drops only that character', () => {
    const text = '数据共享\uD800平台建设';
    const seg = segmentText(text);
    assertAnchored(text);
    assert.equal(seg.tokens.map((t) => t.text).join(''), '数据共享平台建设');
  });
});
