import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isFunctionWord, isNameText, isNumeral, stopKind } from '@/extract/text/name.boundaries';

describe('name boundaries', () => {
  test('name text is CJK, Latin letters and digits (half and full width) and the middle dot, nothing else', () => {
    for (const w of ['局', '㐀', '鿿', '12345热线', '5G', 'APP', 'ＡＰＰ', 'ｚ', '５Ｇ', '艾力·吐尔逊']) assert.ok(isNameText(w), w);
    for (const w of ['', '，', ' ', '、', '（', '－', '-', '。', '局，', 'A B', '𠀀']) assert.ok(!isNameText(w), JSON.stringify(w));
  });

  test('function words and governing verbs stop a scan; only function words never qualify a name', () => {
    assert.equal(stopKind('以上'), 'hard');
    assert.equal(stopKind('拨打'), 'hard');
    assert.equal(stopKind('可拨打'), 'hard', "jieba's adverb + verb word governs like its verb");
    assert.equal(stopKind('联合'), 'nominal');
    assert.equal(stopKind('政务'), undefined);
    assert.ok(isFunctionWord('以上'));
    assert.ok(!isFunctionWord('建设'));
  });

  test('counted and ranked words are numerals; 数 only before a magnitude', () => {
    assert.ok(isNumeral('两大'));
    assert.ok(isNumeral('数十'));
    assert.ok(!isNumeral('数据'));
  });
});
