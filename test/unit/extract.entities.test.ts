import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '@/extract/extract.service';
import type { Extraction } from '@/extract/extraction.types';
import { article, assertSpans, entitiesOf, names } from '@test/fixtures/extract/article.fixture';

const run = (title: string, body: string) => {
  const a = article(title, body);
  const x = extractArticle(a);
  assertSpans(x, a.body);
  return x;
};

const rel = (x: Extraction, type: string) => x.relations.filter((r) => r.type === type).map((r) => `${r.from.name}>${r.to.name}`);

describe('systems', () => {
  test('quoted names with a system word around them, and names scanned from a system suffix', () => {
    const x = run('成都上线新平台', '市民可关注“蓉城政务”微信公众号，也可登录网上申报平台办理。');
    const systems = names(x, 'System');
    assert.ok(systems.includes('蓉城政务'), systems.join(','));
    assert.ok(systems.includes('网上申报平台'));
    assert.ok(entitiesOf(x, 'System').find((e) => e.name === '蓉城政务')?.aliases.includes('蓉城政务微信公众号'));
  });

  test('slogans in quotes and generic categories are not systems', () => {
    const x = run('改革提速', '全面推行“最多跑一次”改革，建设内外网两大交互平台，各部门的信息系统陆续接入。');
    assert.deepEqual(names(x, 'System'), []);
  });

  test('a shortened name joins the fuller one in the same article', () => {
    const x = run('厦门法院信息化', '厦门法院在诉讼管理系统中开通网上立案功能。诉讼系统还可自动提取案件信息。');
    const systems = entitiesOf(x, 'System');
    assert.deepEqual(systems.map((s) => s.name), ['诉讼管理系统']);
    assert.equal(systems[0]!.mentions.length, 2);
  });

  test('hotlines are named by their number, without the verb that dials them; a 大模型 is a system', () => {
    const x = run('热线', '居民可拨打常德市12345热线反映问题。芜湖市政务服务大模型上线运行。');
    assert.deepEqual(names(x, 'System').sort(), ['常德市12345热线', '芜湖市政务服务大模型'].sort());
    assert.deepEqual(names(run('热线', '企业可致电12345政务服务便民热线咨询。'), 'System'), ['12345政务服务便民热线']);
  });

  test('a portal written right after its organ is that organ’s portal; a website cited as a source is not', () => {
    const x = run('公开', '醴陵市政府门户网站开设了政策解读专栏。据工信部网站消息，试点将扩大。');
    const portal = entitiesOf(x, 'System').find((s) => s.name === '醴陵市人民政府门户网站');
    assert.ok(portal, names(x, 'System').join(','));
    assert.ok(portal.aliases.includes('醴陵市政府门户网站'));
    assert.deepEqual(names(x, 'System'), ['醴陵市人民政府门户网站']);
    assert.ok(names(x, 'Agency').includes('醴陵市人民政府'));
    // a quoted name right after the portal is its name; the description becomes an alias
    const y = run('改版', '株洲市政府门户网站“株洲政务网”完成改版。');
    assert.deepEqual(names(y, 'System'), ['株洲政务网']);
    assert.ok(entitiesOf(y, 'System')[0]!.aliases.includes('株洲市政府门户网站'));
  });
});

describe('technologies, organisations, people, documents', () => {
  test('technologies from the lexicon on word boundaries, not inside other words', () => {
    const x = run('政务云', '平台采用云计算和区块链技术，建立人口大数据库。');
    assert.deepEqual(names(x, 'Technology').sort(), ['云计算', '区块链'].sort());
  });

  test('a kind of document is no technology: 电子证照 is what a licence library holds, 电子印章 is a technology', () => {
    const x = run('减证便民', '全市推广电子证照和电子印章，电子证照库已归集证照120类。');
    assert.deepEqual(names(x, 'Technology'), ['电子印章']);
    assert.ok(names(x, 'System').includes('电子证照库'));
  });

  test('organisations: suffixes, known short names, bank abbreviations', () => {
    const x = run('合作', '阿里云与杭州城市大脑有限公司合作，市民可用建行、招行的银行卡缴费。');
    const orgs = names(x, 'Organization');
    for (const o of ['阿里云', '杭州城市大脑有限公司', '中国建设银行', '招商银行']) assert.ok(orgs.includes(o), `${o} in ${orgs.join(',')}`);
  });

  test('a street named after an institution is no organisation; a role may span words (网格/员)', () => {
    const x = run('网格', '南湖区大学路街道网格员邓丽萍每天走访。');
    assert.deepEqual(names(x, 'Organization'), []);
    assert.deepEqual(names(x, 'Person'), ['邓丽萍']);
  });

  test('a surname-like word before a level word is no name: 向区领导', () => {
    const x = run('信箱', '群众向区领导反映问题，居民向市长写信。');
    assert.deepEqual(names(x, 'Person'), []);
  });

  test('organisations: a function word never qualifies the suffix, a verb after an organ is its predicate, a bank’s channel is no bank', () => {
    const x = run('合作', '全市二级以上医院全部接入。市数据资源中心联合复旦大学研发模型。市民可用手机银行缴费。');
    assert.deepEqual(names(x, 'Organization'), ['复旦大学']);
  });

  test('people after an organ and a title carry the role and work there', () => {
    const x = run('访谈', '南京市大数据管理局局长周鸿远表示，今年将全面推进数据共享。');
    const person = entitiesOf(x, 'Person')[0];
    assert.equal(person?.name, '周鸿远');
    assert.equal(person?.attrs?.['role'], '南京市大数据管理局局长');
    assert.deepEqual(rel(x, 'WORKS_AT'), ['周鸿远>南京市大数据管理局']);
  });

  test('systems: 全国 opens a national name; counted ranks and mis-cut 部门 name no system or organ', () => {
    const x = run(
      '信用',
      '全国信用信息共享平台上线，已有28个省级信用网站接入。不动产登记平台打通了与住房城乡建设部门房屋交易系统的连接，工作人员扫码即可核验。',
    );
    const systems = names(x, 'System');
    assert.ok(systems.includes('全国信用信息共享平台'), systems.join(','));
    assert.ok(systems.includes('房屋交易系统'), systems.join(','));
    assert.ok(!systems.some((s) => s.includes('省级') || s.includes('扫') || s.startsWith('门')), systems.join(','));
    assert.deepEqual(names(x, 'Agency'), []);
  });

  test('names without a Han surname after a title: 次仁多吉, 巴特尔, 买买提·艾力; not 助理 or 热线电话', () => {
    const x = run(
      '访谈',
      '西藏自治区卫生计生委副主任次仁多吉介绍，远程会诊已覆盖全区。呼和浩特市政务服务局局长巴特尔说，事项全部上网。新疆维吾尔自治区发展改革委主任买买提·艾力表示，数据将共享。',
    );
    assert.deepEqual(names(x, 'Person').sort(), ['买买提·艾力', '巴特尔', '次仁多吉'].sort());
    assert.ok(rel(x, 'WORKS_AT').some((r) => r.startsWith('巴特尔>')), rel(x, 'WORKS_AT').join(','));
    const none = run('热线', '市民可拨打县长热线电话。会议由院长助理，以及各科室负责人参加。');
    assert.deepEqual(names(none, 'Person'), []);
  });

  test('a dotted name whose first part starts with a Han surname is read whole: 艾力·吐尔逊, not 艾力', () => {
    const x = run('访谈', '喀什地区行政审批局局长艾力·吐尔逊介绍，窗口已全部开通。');
    assert.deepEqual(names(x, 'Person'), ['艾力·吐尔逊']);
    assert.ok(rel(x, 'WORKS_AT').some((r) => r.startsWith('艾力·吐尔逊>')), rel(x, 'WORKS_AT').join(','));
  });

  test('a compound surname that jieba cuts as a word of its own opens the whole name: 上官文静, 诸葛明远', () => {
    const x = run('访谈', '市数据局局长上官文静介绍，平台已接入部门42个。区卫健局副局长诸葛明远表示，明年全面推开。');
    assert.deepEqual(names(x, 'Person').sort(), ['上官文静', '诸葛明远'].sort());
    assert.ok(rel(x, 'WORKS_AT').some((r) => r.startsWith('上官文静>')), rel(x, 'WORKS_AT').join(','));
  });

  test('names after an everyday role or before an academic title; withheld names and common words are no people', () => {
    const x = run('群众点赞', '牧民王秀兰在手机上办好了证明。浙江大学陈海燕教授认为，数据要先治理。市民李先生说，现在方便多了。群众高度评价这项服务。');
    assert.deepEqual(names(x, 'Person').sort(), ['王秀兰', '陈海燕'].sort());
    assert.equal(entitiesOf(x, 'Person').find((p) => p.name === '陈海燕')?.attrs?.['role'], '浙江大学教授');
    assert.ok(rel(x, 'WORKS_AT').includes('陈海燕>浙江大学'), rel(x, 'WORKS_AT').join(','));
  });

  test('a mayor works at the people’s government of the city; each listed post adds an employer', () => {
    const x = run('苏州市长调研', '苏州市委副书记、市长吴庆文调研政务服务中心。');
    assert.deepEqual(rel(x, 'WORKS_AT').sort(), ['吴庆文>中共苏州市委员会', '吴庆文>苏州市人民政府']);
    assert.equal(entitiesOf(x, 'Person')[0]?.attrs?.['role'], '市长');
  });

  test('documents: 《…》 policies and proposals, quoted programmes; forms are skipped', () => {
    const x = run(
      '政策',
      '广州出台《广州市政务数据管理办法》，民盟市委会提出《关于推进数据开放的建议》。深圳“智慧鹏城”计划启动，群众凭《行政许可决定书》领证。',
    );
    assert.ok(names(x, 'Policy').includes('广州市政务数据管理办法'));
    assert.ok(names(x, 'Policy').includes('智慧鹏城计划'));
    assert.ok(names(x, 'Publication').includes('关于推进数据开放的建议'));
    assert.ok(!names(x, 'Policy').includes('行政许可决定书') && !names(x, 'Publication').includes('行政许可决定书'));
    assert.ok(names(x, 'Organization').includes('民盟广州市委会'));
    assert.ok(rel(x, 'ISSUED_BY').includes('广州市政务数据管理办法>广州市'));
    assert.ok(rel(x, 'ISSUED_BY').includes('智慧鹏城计划>深圳市'));
  });
});

describe('relations', () => {
  test('OPERATES, USES and CONNECTS_TO inside one sentence, with the sentence as evidence', () => {
    const body = '合肥市数据资源局开通“皖事通”APP，该平台运用人工智能技术。合肥市不动产登记系统与税务征管系统实现了无缝对接。';
    const x = run('合肥数据共享', body);
    assert.deepEqual(rel(x, 'OPERATES'), ['合肥市数据资源局>皖事通']);
    assert.deepEqual(rel(x, 'USES'), ['皖事通>人工智能']);
    const connects = x.relations.filter((r) => r.type === 'CONNECTS_TO');
    assert.deepEqual(connects.map((r) => `${r.from.name}>${r.to.name}`), ['合肥市不动产登记系统>税务征管系统']);
    assert.equal(connects[0]!.evidence.text, '合肥市不动产登记系统与税务征管系统实现了无缝对接。');
  });

  test('PARTNERS_WITH: a company and the government it works with', () => {
    const x = run('政企合作', '腾讯公司与武汉市政府签署合作协议，共同建设政务云。');
    assert.deepEqual(rel(x, 'PARTNERS_WITH'), ['腾讯>武汉市人民政府']);
  });

  test('a system run by an organ named after it: 由 … 建设', () => {
    const x = run('宁波政务云', '宁波市政务云平台由市大数据发展管理局统一建设和运维。');
    assert.deepEqual(rel(x, 'OPERATES'), ['宁波市大数据发展管理局>宁波市政务云平台']);
  });
});
