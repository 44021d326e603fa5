import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { classifyThemes } from '@/extract/theme/theme.classifier';
import { splitSentences } from '@/extract/text/sentence.splitter';
import { readCorpusFile } from '@/corpus/corpus.reader';
import { SEEDS_DIR } from '@/shared/paths';
import type { ExtractedEntity } from '@/extract/extraction.types';

const classify = (body: string, entities: ExtractedEntity[] = []) => classifyThemes(body, splitSentences(body), entities);
const keys = (body: string, entities: ExtractedEntity[] = []) => classify(body, entities).map((h) => h.key);

describe('classifyThemes', () => {
  test('one medium trigger is the topic of a one-line brief but a passing mention in an article', () => {
    const mention = '市民也可以登录政务服务网查询。';
    assert.deepEqual(keys(mention), ['online-services']);
    const article = ['区行政服务中心今年新增了二十个窗口。', '中心还延长了周末的开放时间。', '窗口人员统一培训后上岗。', mention, '中心负责人表示，下一步将继续优化服务。'];
    assert.deepEqual(keys(article.join('')), []);
    // a strong trigger still carries the article
    article[3] = '部分事项可以网上审批。';
    assert.deepEqual(keys(article.join('')), ['online-services']);
  });

  test('cross-department data exchange is data-sharing, with the trigger sentences as evidence', () => {
    const body = '会议强调要加快建设。市政府建设全市统一的政务信息资源共享交换平台，打破部门之间的信息孤岛。天气晴好。';
    const hits = classify(body);
    const ds = hits.find((h) => h.key === 'data-sharing');
    assert.ok(ds, 'data-sharing found');
    assert.ok(ds.score > 0.6 && ds.score <= 1);
    assert.deepEqual(ds.evidence.map((e) => e.text), ['市政府建设全市统一的政务信息资源共享交换平台，打破部门之间的信息孤岛。']);
    for (const e of ds.evidence) assert.equal(body.slice(e.start, e.end), e.text);
  });

  test('a WeChat or app service is mobile-government, not data-sharing', () => {
    const body = '即日起，市民关注“某市公积金”微信公众号，即可查询个人缴存信息、办理提取业务，还可以通过手机APP预约办事。';
    const k = keys(body);
    assert.ok(k.includes('mobile-government'));
    assert.ok(!k.includes('data-sharing'));
  });

  test('an article can carry several themes, sorted by score', () => {
    const body =
      '该区推行“一窗受理、集成服务”，群众办事只进一扇门。全区审批事项全部实现网上办理，企业可在政务服务网全程网办。同时公布权力清单，取消和下放审批事项 30 项。';
    const hits = classify(body);
    const k = hits.map((h) => h.key);
    for (const want of ['one-stop-service', 'online-services', 'administrative-reform']) assert.ok(k.includes(want), want);
    for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1]!.score >= hits[i]!.score);
  });

  test('guards: shared bikes are not data sharing; a passing word is not a theme', () => {
    assert.deepEqual(keys('城管部门加强共享单车管理，整治共享单车乱停乱放，实现数据实时交换。'), []);
    assert.ok(!keys('记者来到市民中心采访。').includes('one-stop-service'));
  });

  test('a trigger inside an enumeration weighs less than the same trigger as the topic', () => {
    const listed = keys('人口、法人、信用、电子证照等基础数据库已经建成。');
    const topical = keys('全市推广电子证照，群众办事不再提交纸质证件。');
    assert.ok(!listed.includes('e-certificates'));
    assert.ok(topical.includes('e-certificates'));
  });

  test('only the items next to a 、 are list items: not the head noun after 等, not a trigger further on', () => {
    assert.ok(keys('推动营业执照、社保卡、不动产登记证明等电子证照跨地区使用。').includes('e-certificates'), 'head noun after 等');
    assert.ok(keys('法院在各乡镇、社区设置的诉讼服务站开通了远程视频接访。').includes('remote-services'), 'trigger far from the list');
    assert.ok(!keys('依托人口、法人、电子证照、信用等基础数据库开展工作。').includes('e-certificates'), 'an item among others');
  });

  test('two items of one list carrying the same theme keep their full weight', () => {
    const score = (body: string) => classify(body).find((h) => h.key === 'one-stop-service')?.score ?? 0;
    const mixed = score('大厅推行一站式、预约、延时等服务。');
    const same = score('大厅推行一站式、综合受理等服务。');
    assert.ok(same > mixed, `${same} > ${mixed}`);
  });

  test('a short parenthesis (地（市）, 县（区）) does not end a clause', () => {
    assert.ok(keys('全省医保信息系统实现省、市（州）、县三级联网。').includes('multi-level-linkage'));
  });

  test('names of organisations are masked before scoring', () => {
    const body = '据电子政务云计算中心介绍，该中心今年将招聘技术人员。';
    const at = body.indexOf('电子政务云计算中心');
    const org: ExtractedEntity = {
      type: 'Organization',
      name: '电子政务云计算中心',
      aliases: [],
      mentions: [{ text: '电子政务云计算中心', start: at, end: at + 9 }],
    };
    assert.ok(keys(body).includes('cloud-platform'));
    assert.ok(!keys(body, [org]).includes('cloud-platform'));
  });

  test('a trigger qualifying a system name weighs less than one ending it; rules ignore words inside names', () => {
    const system = (body: string, name: string): ExtractedEntity => {
      const at = body.indexOf(name);
      return { type: 'System', name, aliases: [], mentions: [{ text: name, start: at, end: at + name.length }] };
    };
    const passing = '该中心将承载人口库和信用信息共享平台。';
    assert.ok(keys(passing).includes('data-sharing'), 'as running text the words are data sharing');
    assert.ok(!keys(passing, [system(passing, '信用信息共享平台')]).includes('data-sharing'), 'as a name mentioned once they are not');
    const head = '企业登录省政务服务网即可完成申报。';
    assert.ok(keys(head, [system(head, '省政务服务网')]).includes('online-services'), 'the head of a name says what the system is');
  });

  test("a clause rule's exclusions apply to its clause only", () => {
    assert.ok(keys('推进大数据产业发展，用大数据辅助政府决策。').includes('big-data-analytics'));
    assert.ok(!keys('推进大数据产业分析研判。').includes('big-data-analytics'));
  });

  test('an empty body has no themes', () => {
    assert.deepEqual(classify(''), []);
  });
});

describe('seed sanity check (expectations of the brief, not tuning targets)', () => {
  test('data-sharing for articles 1, 5, 8, 9, 10; mobile-government and not data-sharing for 2 and 6', async () => {
    const doc = await readCorpusFile(path.join(SEEDS_DIR, 'bulletin-2014-06-06-june-1.txt'));
    assert.equal(doc.kind, 'bulletin');
    if (doc.kind !== 'bulletin') return;
    const themesOf = (n: number) => keys(doc.bulletin.articles.find((a) => a.number === n)!.body);
    for (const n of [1, 5, 8, 9, 10]) assert.ok(themesOf(n).includes('data-sharing'), `article ${n}`);
    for (const n of [2, 6]) {
      assert.ok(!themesOf(n).includes('data-sharing'), `article ${n}`);
      assert.ok(themesOf(n).includes('mobile-government'), `article ${n}`);
    }
  });
});
