import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PhraseMatcher } from '@/extract/text/phrase.matcher';
import { segmentText } from '@/extract/text/article.text';

const found = (m: PhraseMatcher<string>, text: string, wholeWords = false) =>
  m.scan(segmentText(text), wholeWords).map((x) => `${x.text}@${x.start}:${x.values.join('/')}`);

describe('PhraseMatcher', () => {
  test('every phrase from a word start, nested ones too, with their values', () => {
    const m = new PhraseMatcher<string>([
      ['中山', ['a']],
      ['中山市', ['b']],
      ['云计算', ['c']],
    ]);
    assert.deepEqual(found(m, '中山市推进云计算'), ['中山@0:a', '中山市@0:b', '云计算@5:c']);
  });

  test('a one-character phrase is found although no second character follows it in the list', () => {
    const m = new PhraseMatcher<string>([
      ['云', ['cloud']],
      ['云南', ['yn']],
    ]);
    assert.deepEqual(found(m, '上云'), ['云@1:cloud']);
    assert.deepEqual(found(m, '云，云南'), ['云@0:cloud', '云@2:cloud', '云南@2:yn']);
  });

  test('a phrase at the very end of the text, and none past it', () => {
    const m = new PhraseMatcher<string>([['大数据', ['bd']]]);
    assert.deepEqual(found(m, '发展大数据'), ['大数据@2:bd']);
    assert.deepEqual(found(m, '发展大数'), []);
  });

  test('wholeWords keeps only phrases ending on a word end', () => {
    const m = new PhraseMatcher<string>([['公安', ['ga']]]);
    // jieba keeps 公安局 whole: 公安 opens the word but does not end one
    assert.deepEqual(segmentText('市公安局').words, ['市', '公安局']);
    assert.deepEqual(found(m, '市公安局'), ['公安@1:ga']);
    assert.deepEqual(found(m, '市公安局', true), []);
  });
});
