import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '@/extract/extract.service';
import { article, assertSpans, entitiesOf, names } from '@test/fixtures/extract/article.fixture';

const run = (title: string, body: string) => {
  const a = article(title, body);
  const x = extractArticle(a);
  assertSpans(x, a.body);
  return x;
};

describe('agency extraction', () => {
  test('national abbreviations resolve to the central organ', () => {
    const x = run('部委推进数据共享', '工信部、发改委和人社部联合印发通知，要求加快政务数据共享。');
    const agencies = names(x, 'Agency');
    assert.ok(agencies.includes('工业和信息化部'));
    assert.ok(agencies.includes('国家发展和改革委员会'));
    assert.ok(agencies.includes('人力资源和社会保障部'));
    const ndrc = entitiesOf(x, 'Agency').find((e) => e.name === '国家发展和改革委员会');
    assert.equal(ndrc?.attrs?.['national'], 'true');
    assert.deepEqual(ndrc?.mentions.map((m) => m.text), ['发改委']);
  });

  test('a level word stands for the article’s own city; the standard expansion becomes an alias', () => {
    const x = run('杭州推进数据共享', '杭州市近日出台新政。市发改委表示，将牵头建设城市数据平台。');
    const ndrc = entitiesOf(x, 'Agency').find((e) => e.name === '杭州市发改委');
    assert.ok(ndrc, names(x, 'Agency').join(','));
    assert.ok(ndrc.aliases.includes('杭州市发展和改革委员会'));
    assert.equal(ndrc.attrs?.['regionCode'], '330100');
    assert.ok(x.relations.some((r) => r.type === 'LOCATED_IN' && r.from.name === '杭州市发改委' && r.to.code === '330100'));
  });

  test('courts and governments take their official names', () => {
    const x = run('四川法院信息化', '四川高院与成都市政府签署协议。');
    assert.ok(names(x, 'Agency').includes('四川省高级人民法院'));
    assert.ok(names(x, 'Agency').includes('成都市人民政府'));
  });

  test('party committee and government written together are two organs', () => {
    const x = run('苏州推进改革', '苏州市委市政府高度重视数字政府建设。');
    const agencies = names(x, 'Agency');
    assert.ok(agencies.includes('中共苏州市委员会'));
    assert.ok(agencies.includes('苏州市人民政府'));
  });

  test('an abbreviation joins the fuller name written in the same article', () => {
    const x = run('深圳社保服务上线', '深圳市社会保险基金管理局发布消息。市社保局表示，参保人可在线查询。');
    const agencies = entitiesOf(x, 'Agency');
    assert.equal(agencies.length, 1);
    assert.equal(agencies[0]!.name, '深圳市社会保险基金管理局');
    assert.ok(agencies[0]!.aliases.includes('市社保局'));
    assert.equal(agencies[0]!.mentions.length, 2);
  });

  test('a unit written after its organ and a place is one organ located in that place', () => {
    const x = run('雄安政务服务', '河北省公安厅雄安新区分局正式挂牌。');
    const unit = entitiesOf(x, 'Agency').find((e) => e.name === '河北省公安厅雄安新区分局');
    assert.ok(unit, names(x, 'Agency').join(','));
    assert.equal(unit.attrs?.['zone'], '雄安新区');
    assert.ok(x.relations.some((r) => r.type === 'LOCATED_IN' && r.from.name === unit.name && r.to.name === '雄安新区'));
  });

  test('和 inside an organ name versus between two names', () => {
    const x = run('厦门电子政务', '厦门市经济和信息化局和市财政局联合发文。');
    const agencies = names(x, 'Agency');
    assert.ok(agencies.includes('厦门市经济和信息化局'), agencies.join(','));
    assert.ok(agencies.includes('厦门市财政局'));
  });

  test('generic references without a place are not organs', () => {
    const x = run('政务服务', '群众可到各部门窗口办理，也可以到行政服务中心或计生局咨询。');
    assert.deepEqual(names(x, 'Agency'), []);
  });

  test('organs listed after a placed one share its place, each item from the 、 before it', () => {
    const x = run('芜湖市推进集中审批', '芜湖市市场监管局、教育和体育局、住房保障局等部门进驻大厅，各街道办事处和有关部门配合。');
    const agencies = names(x, 'Agency');
    assert.ok(agencies.includes('芜湖市教育和体育局'), agencies.join(','));
    assert.ok(agencies.includes('芜湖市住房保障局'), agencies.join(','));
    assert.equal(entitiesOf(x, 'Agency').find((e) => e.name === '芜湖市住房保障局')?.attrs?.['regionCode'], '340200');
    assert.ok(!agencies.some((n) => n.includes('街道办事处') || n.includes('有关')), agencies.join(','));
  });

  test('a government’s general office is the organ named; the government inside its name is no mention', () => {
    const x = run('省里印发意见', '近日，湖北省人民政府办公厅印发《关于推进政务服务一网通办的实施意见》。');
    const agencies = names(x, 'Agency');
    assert.ok(agencies.includes('湖北省人民政府办公厅'), agencies.join(','));
    assert.ok(!agencies.includes('湖北省人民政府'), agencies.join(','));
  });

  test('in a county-level city’s story 市 is that city, not its prefecture', () => {
    const x = run('义乌市上线网上办事大厅', '义乌市是金华市下辖的县级市。义乌市网上办事大厅上线后，市行政服务中心的窗口减少了一半。');
    const agencies = names(x, 'Agency');
    assert.ok(agencies.includes('义乌市行政服务中心'), agencies.join(','));
    assert.ok(!agencies.includes('金华市行政服务中心'), agencies.join(','));
  });

  test('in an autonomous prefecture’s story 州 is that prefecture', () => {
    const x = run('甘孜州推进一网通办', '甘孜藏族自治州近日召开会议。州政务服务中心主任扎西说，州大数据中心将提供支撑。');
    const agencies = names(x, 'Agency');
    assert.ok(agencies.includes('甘孜藏族自治州政务服务中心'), agencies.join(','));
    assert.equal(entitiesOf(x, 'Agency').find((e) => e.name === '甘孜藏族自治州政务服务中心')?.attrs?.['regionCode'], '513300');
  });

  test('ideas of government written like an organ are no organs: 数字政府, 服务型政府', () => {
    const x = run('数字政府', '江西省加快数字政府建设，打造服务型政府和法治政府，省政府办公厅印发方案。');
    assert.deepEqual(names(x, 'Agency'), ['江西省人民政府办公厅']);
  });

  test('a short form the text defines (以下简称) is the organ it follows, wherever it recurs', () => {
    const x = run('湖州数据开放', '湖州市近日召开会议。市政务服务和大数据管理局（以下简称市数管局）牵头督查。市数管局将通报结果。');
    assert.deepEqual(names(x, 'Agency'), ['湖州市政务服务和大数据管理局']);
    const bureau = entitiesOf(x, 'Agency')[0]!;
    assert.equal(bureau.mentions.length, 3);
    assert.ok(bureau.aliases.includes('市数管局'), bureau.aliases.join(','));
  });
});
