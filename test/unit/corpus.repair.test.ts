import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePlainArticle } from '@/corpus/article.parser';
import { findIsoDate, dateLine } from '@/corpus/date.parser';
import { standaloneArticleId } from '@/shared/ids';

const body = (...paragraphs: string[]) => parsePlainArticle(['标题', ...paragraphs].join('\n\n'), 't.txt').body;

describe('page-break repair', () => {
  test('joins a line that stops mid-sentence with its continuation', () => {
    assert.equal(body('以院领导权限进入信访中心，全市各个法院信访', '量、运行态势一目了然。'), '以院领导权限进入信访中心，全市各个法院信访量、运行态势一目了然。');
    assert.equal(body('提供个人参保缴费信息、社保专', '题、服务网点查询。'), '提供个人参保缴费信息、社保专题、服务网点查询。');
  });

  test('joins after a comma or an enumeration mark', () => {
    assert.equal(body('数据统筹局，', '重点在打通壁垒。'), '数据统筹局，重点在打通壁垒。');
    assert.equal(body('通过窗口、“易站通”自助机和手机平台、', '武汉交管官网处理。'), '通过窗口、“易站通”自助机和手机平台、武汉交管官网处理。');
  });

  test('joins when the next line starts with punctuation that cannot begin a paragraph', () => {
    assert.equal(body('关注服务号“北京社保中心”', '，实时查询。'), '关注服务号“北京社保中心”，实时查询。');
  });

  test('keeps real paragraphs apart', () => {
    assert.equal(body('第一段结束。', '第二段开始。'), '第一段结束。\n第二段开始。');
    assert.equal(body('他说：“好。”', '随后离开。'), '他说：“好。”\n随后离开。');
  });

  // A short line without punctuation standing alone reads as an unmarked sub-heading (web copies
  // have those; page-break fragments are rarely that short), so it is not joined.
  test('keeps list items and short unmarked sub-headings apart', () => {
    assert.equal(body('主要措施如下', '1. 整合窗口', '2. 打通系统'), '主要措施如下\n1. 整合窗口\n2. 打通系统');
    assert.equal(body('打通各部门壁垒', '南海全区各部门的信息化业务系统达到 157 个。'), '打通各部门壁垒\n南海全区各部门的信息化业务系统达到 157 个。');
    // …unless it ends in a function word no heading ends with.
    assert.equal(body('首批接入20个部门的', '100余项服务事项。'), '首批接入20个部门的100余项服务事项。');
  });

  test('a marked sub-heading is never joined to the next paragraph', () => {
    assert.equal(body('### **推进网上办事服务**', '开通便民服务大厅。'), '推进网上办事服务\n开通便民服务大厅。');
  });

  test('Latin words split by a line break get their space back; CJK gets nothing', () => {
    assert.equal(body('平台在建设过程中采用了分布式存储和 Big', 'Data 技术。'), '平台在建设过程中采用了分布式存储和 Big Data 技术。');
    assert.equal(body('网络问政实现常态化，2010年以来共组织上', '线近 2000 次。'), '网络问政实现常态化，2010年以来共组织上线近 2000 次。');
  });

  test('lines of a hard-wrapped paragraph are joined too', () => {
    assert.equal(body('　　遵循同一标准的原则，\n　　重庆法院开通系统。'), '遵循同一标准的原则，重庆法院开通系统。');
  });
});

describe('source publication', () => {
  const parse = (...paragraphs: string[]) => parsePlainArticle(['标题', ...paragraphs].join('\n\n'), 't.txt');

  test('full-width and ASCII parentheses after the last sentence', () => {
    assert.deepEqual([parse('正文。（人民法院报）').source, parse('正文。（人民法院报）').body], ['人民法院报', '正文。']);
    assert.deepEqual([parse('审批。(中国新闻网)').source, parse('审批。(中国新闻网)').body], ['中国新闻网', '审批。']);
    assert.equal(parse('节省30%以上。（企业网 D1Net）').source, '企业网 D1Net');
  });

  test('on a line of its own, or labelled 来源：', () => {
    assert.deepEqual([parse('正文。', '（人民网）').source, parse('正文。', '（人民网）').body], ['人民网', '正文。']);
    assert.deepEqual([parse('正文。', '来源：《新京报》').source, parse('正文。', '来源：《新京报》').body], ['新京报', '正文。']);
  });

  test('a parenthesis inside a sentence is not a source', () => {
    const a = parse('居住地（联系）地址等服务');
    assert.equal(a.source, null);
    assert.equal(a.body, '居住地（联系）地址等服务');
  });
});

describe('plain article', () => {
  test('title, body, ids and a date line under the title', () => {
    const text = '# 国家政务服务平台开展试运行\n\n2016年3月15日\n\n记者获悉，首批接入20个部门的\n\n100余项服务事项。（人民网）\n';
    const a = parsePlainArticle(text, 'p.txt');
    assert.equal(a.title, '国家政务服务平台开展试运行');
    assert.equal(a.body, '记者获悉，首批接入20个部门的100余项服务事项。');
    assert.equal(a.date, '2016-03-15');
    assert.equal(a.source, '人民网');
    assert.equal(a.number, null);
    assert.equal(a.bulletinId, null);
    assert.equal(a.id, standaloneArticleId(a.title, a.body));
    assert.deepEqual(parsePlainArticle(text, 'p.txt'), a);
  });

  test('opts.date overrides and is normalised; null means undated', () => {
    assert.equal(parsePlainArticle('标题\n\n正文。', 'p.txt', { date: '2015年12月1日' }).date, '2015-12-01');
    assert.equal(parsePlainArticle('标题\n\n2016-03-15\n\n正文。', 'p.txt', { date: null }).date, null);
    assert.equal(parsePlainArticle('标题\n\n正文。', 'p.txt').date, null);
  });

  test('an article with only a title is a ParseError naming the file', () => {
    assert.throws(() => parsePlainArticle('只有标题\n\n', 'only-title.txt'), { name: 'ParseError', message: /^only-title\.txt: .*empty body/ });
    assert.throws(() => parsePlainArticle('标题\n\n（人民网）', 'src-only.txt'), { name: 'ParseError', message: /^src-only\.txt: / });
  });

  test('an invalid date option is rejected', () => {
    assert.throws(() => parsePlainArticle('标题\n\n正文。', 'p.txt', { date: 'yesterday' }), { name: 'ParseError' });
  });
});

describe('dates', () => {
  test('the formats bulletins use', () => {
    assert.equal(findIsoDate('2014年6月6日'), '2014-06-06');
    assert.equal(findIsoDate('2015-12-01'), '2015-12-01');
    assert.equal(findIsoDate('2015/12/1'), '2015-12-01');
    assert.equal(findIsoDate('２０１５年１２月１日'), '2015-12-01');
    assert.equal(findIsoDate('二〇一四年六月六日'), '2014-06-06');
    assert.equal(findIsoDate('二〇一五年十二月三十一日'), '2015-12-31');
  });

  test('impossible dates and partial dates are not dates', () => {
    assert.equal(findIsoDate('2015年2月30日'), null);
    assert.equal(findIsoDate('2015年12月'), null);
    assert.equal(findIsoDate('六月第一期'), null);
  });

  test('a date line is only a date (label and weekday allowed), not prose', () => {
    assert.equal(dateLine('日期：2015-12-01 星期二'), '2015-12-01');
    assert.equal(dateLine('2014年6月6日，重庆法院开通系统。'), null);
  });
});
