import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveDates } from '@/extract/date/date.resolver';
import { smallNumber } from '@/extract/date/date.rules';

const REF = '2014-06-06';
const one = (text: string, ref: string | null = REF) => resolveDates(text, ref).map((d) => [d.text, d.value]);

describe('resolveDates against the bulletin date', () => {
  test('relative day, month and quarter expressions borrow the reference year and month', () => {
    assert.deepEqual(one('6日起，北京可查询'), [['6日', '2014-06-06']]);
    assert.deepEqual(one('3 日，新的分局挂牌'), [['3 日', '2014-06-03']]);
    assert.deepEqual(one('截至今年一季度，用户达到'), [['今年一季度', '2014-Q1']]);
    assert.deepEqual(one('从下月底起全面上线'), [['下月底', '2014-07']]);
    assert.deepEqual(one('微信平台今起推出'), [['今起', '2014-06-06']]);
    assert.deepEqual(one('并在6月底前实现并网'), [['6月底', '2014-06']]);
    assert.deepEqual(one('去年 12 月 3 日'), [['去年 12 月 3 日', '2013-12-03']]);
  });

  test('month and day without a year, with spaces between digits and 月/日', () => {
    assert.deepEqual(one('5 月 30 日上午，挂牌成立'), [['5 月 30 日', '2014-05-30']]);
    assert.deepEqual(one('5月30日'), [['5月30日', '2014-05-30']]);
    assert.deepEqual(one('六月三日'), [['六月三日', '2014-06-03']]);
  });

  test('absolute dates need no reference', () => {
    assert.deepEqual(one('最新的 2013 年 7 月中国互联网络信息中心发布', null), [['2013 年 7 月', '2013-07']]);
    assert.deepEqual(one('网办事率到2016年达到70%', null), [['2016年', '2016']]);
    assert.deepEqual(one('2014年6月6日', null), [['2014年6月6日', '2014-06-06']]);
    assert.deepEqual(one('2019 年第三季度', null), [['2019 年第三季度', '2019-Q3']]);
    assert.deepEqual(one('二〇一七年三月', null), [['二〇一七年三月', '2017-03']]);
  });

  test('without a reference, relative dates resolve against the first full date of the text, else not at all', () => {
    assert.deepEqual(one('2017 年 2 月 20 日召开推进会。截至 2 月底，已公布', null), [
      ['2017 年 2 月 20 日', '2017-02-20'],
      ['2 月底', '2017-02'],
    ]);
    assert.deepEqual(one('截至 2 月底，今年一季度', null), []);
  });

  test('numbers that are not dates are left alone', () => {
    assert.deepEqual(one('157 个信息化业务系统，85% 支撑率，2212 项事项'), []);
    assert.deepEqual(one('2 月 30 日'), [], 'an impossible day is not a date');
    assert.deepEqual(one('5 个月内完成'), [], '5 个月 is a duration');
    assert.deepEqual(one('地铁1号线、3号楼和5号文件'), [], 'N号 names a line, a building, a document');
    assert.deepEqual(one('6号起实施'), [['6号', '2014-06-06']]);
  });

  test('every form resolves, whichever character it starts with (rules are tried only at their start characters)', () => {
    const cases: Array<[string, string]> = [
      ['二〇一四年六月六日', '2014-06-06'], ['2014年第4季度', '2014-Q4'], ['当年第二季度', '2014-Q2'], ['本年五月', '2014-05'],
      ['明年3月', '2015-03'], ['来年上半年', '2015'], ['去年底', '2013'], ['本月初', '2014-06'], ['这个月底', '2014-06'],
      ['上个月', '2014-05'], ['当月', '2014-06'], ['三月五日', '2014-03-05'], ['12月31日', '2014-12-31'], ['十二月份', '2014-12'],
      ['2015年底', '2015'], ['昨天', '2014-06-05'], ['即日起', '2014-06-06'], ['前天', '2014-06-04'], ['明日', '2014-06-07'],
    ];
    for (const [text, value] of cases) assert.deepEqual(one(`自${text}开始`), [[text, value]], text);
  });

  test('spans index into the text', () => {
    const text = '据悉，5 月 30 日上午，今年一季度，2013 年 7 月，下月底';
    for (const d of resolveDates(text, REF)) assert.equal(text.slice(d.start, d.end), d.text);
    assert.equal(resolveDates(text, REF).length, 4);
  });

  test('smallNumber reads Chinese numerals up to 99', () => {
    assert.equal(smallNumber('三十一'), 31);
    assert.equal(smallNumber('十二'), 12);
    assert.equal(smallNumber('二十'), 20);
    assert.equal(smallNumber('7'), 7);
    assert.equal(smallNumber('月'), null);
    // 两 counts tens but not units; 〇 alone is no number, but ends one after 十
    assert.equal(smallNumber('两'), 2);
    assert.equal(smallNumber('十两'), null);
    assert.equal(smallNumber('〇'), null);
    assert.equal(smallNumber('二十〇'), 20);
    assert.equal(smallNumber('一二'), null);
  });

  test('February 29 is a day in leap years only', () => {
    assert.deepEqual(one('2016年2月29日', null), [['2016年2月29日', '2016-02-29']]);
    assert.deepEqual(one('二〇一六年二月二十九日', null), [['二〇一六年二月二十九日', '2016-02-29']]);
    assert.deepEqual(one('2015年2月29日', null), []);
  });
});
