import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { affixAt, endingOf, endsWithAny } from '@/extract/text/affix.match';

describe('affix matching', () => {
  test('endingOf gives the first listed ending, in list order', () => {
    assert.equal(endingOf('组织实施', ['实施', '组织实施']), '实施');
    assert.equal(endingOf('组织实施', ['组织实施', '实施']), '组织实施');
    assert.equal(endingOf('推进', ['实施']), undefined);
    assert.equal(endsWithAny('行动计划', ['规划', '计划']), true);
    assert.equal(endsWithAny('计划', []), false);
  });

  test('affixAt reads at an offset, and past the end finds nothing', () => {
    assert.equal(affixAt('重庆法院信访系统', ['政府', '法院']), undefined);
    assert.equal(affixAt('重庆法院信访系统', ['政府', '法院'], 2), '法院');
    assert.equal(affixAt('平台', ['平台'], 5), undefined);
  });
});
