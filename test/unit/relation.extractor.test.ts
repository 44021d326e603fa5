import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType, ExtractedEntity, ExtractedRelation } from '@/extract/extraction.types';
import { sentenceRelations } from '@/extract/relation/relation.extractor';
import { splitSentences } from '@/extract/text/sentence.splitter';

/**
 * The sentence rules on hand-placed entities, so each rule is tested apart from the entity finders:
 * `e(type, name, ...forms, attrs?)` places a mention at every occurrence of each form (the name by default).
 */
function e(type: EntityType, name: string, ...rest: Array<string | Record<string, string>>): { type: EntityType; name: string; forms: string[]; attrs?: Record<string, string> } {
  const forms = rest.filter((r): r is string => typeof r === 'string');
  const attrs = rest.find((r): r is Record<string, string> => typeof r !== 'string');
  return { type, name, forms: forms.length > 0 ? forms : [name], ...(attrs ? { attrs } : {}) };
}

function relations(body: string, specs: ReturnType<typeof e>[]): ExtractedRelation[] {
  const entities: ExtractedEntity[] = specs.map(({ type, name, forms, attrs }) => {
    const mentions = forms.flatMap((form) => {
      const out = [];
      for (let at = body.indexOf(form); at >= 0; at = body.indexOf(form, at + form.length)) out.push({ text: form, start: at, end: at + form.length });
      return out;
    });
    assert.ok(mentions.length > 0, `${name} is not in the body`);
    return { type, name, aliases: forms.filter((f) => f !== name), mentions, ...(attrs ? { attrs } : {}) };
  });
  const out = sentenceRelations(body, splitSentences(body), entities);
  for (const r of out) assert.equal(body.slice(r.evidence.start, r.evidence.end), r.evidence.text);
  return out;
}

const of = (rs: ExtractedRelation[], type: string) => rs.filter((r) => r.type === type).map((r) => `${r.from.name}>${r.to.name}`).sort();

describe('references back', () => {
  test('a clause opening with a bare 平台 stands for the first platform of the story, not the last one named', () => {
    const body = '泉州市上线“泉政通”平台。平台通过全市数据交换平台汇聚部门数据。平台还运用人工智能技术识别风险。';
    const rs = relations(body, [e('System', '泉政通', '泉政通', '泉政通平台'), e('System', '泉州市数据交换平台', '全市数据交换平台'), e('Technology', '人工智能')]);
    assert.deepEqual(of(rs, 'USES'), ['泉政通>人工智能']);
    assert.deepEqual(of(rs, 'CONNECTS_TO'), ['泉政通>泉州市数据交换平台']);
  });

  test('a shortened name opening a clause (政务云 for 某省政务云) counts as the system', () => {
    const body = '记者从甲省大数据局获悉，甲省政务云完成扩容。政务云采用多芯架构，运用云计算技术，由该局统一运维。';
    const rs = relations(body, [e('Agency', '甲省大数据局'), e('System', '甲省政务云'), e('Technology', '云计算')]);
    assert.deepEqual(of(rs, 'USES'), ['甲省政务云>云计算']);
    assert.deepEqual(of(rs, 'OPERATES'), ['甲省大数据局>甲省政务云']);
  });

  test('该中心 / 该局 stand for the latest organ with that ending, as operator and as employer', () => {
    const body = '乙市不动产登记中心主任李明介绍了情况。该中心建设的“乙市登记平台”已上线。乙市自然资源局发布通知，该局副局长王强表示将加快推广。';
    const rs = relations(body, [e('Agency', '乙市不动产登记中心'), e('Agency', '乙市自然资源局'), e('System', '乙市登记平台'), e('Person', '王强', { role: '副局长' })]);
    assert.deepEqual(of(rs, 'OPERATES'), ['乙市不动产登记中心>乙市登记平台']);
    assert.deepEqual(of(rs, 'WORKS_AT'), ['王强>乙市自然资源局']);
  });

  test('a demonstrative that is part of another word is not a reference (该办法, 应该, 因此)', () => {
    const body = '丁市政务服务办公室印发《丁市数据管理办法》。该办法要求各部门建设统一的丁市数据平台，因此应该尽快开通。';
    const rs = relations(body, [e('Agency', '丁市政务服务办公室'), e('Policy', '丁市数据管理办法'), e('System', '丁市数据平台')]);
    assert.deepEqual(of(rs, 'OPERATES'), []);
    assert.deepEqual(of(rs, 'ISSUED_BY'), ['丁市数据管理办法>丁市政务服务办公室']);
  });
});

describe('OPERATES', () => {
  test('由 organ … 运维 after a clause the system ends, and organ 的 system', () => {
    const body = '戊市建成统一的戊市政务云平台，由戊市大数据中心负责运维。平台已与税务总局的金税系统对接。';
    const rs = relations(body, [e('System', '戊市政务云平台'), e('Agency', '戊市大数据中心'), e('Agency', '国家税务总局', '税务总局'), e('System', '金税系统')]);
    assert.deepEqual(of(rs, 'OPERATES'), ['国家税务总局>金税系统', '戊市大数据中心>戊市政务云平台']);
  });

  test('a system that is the object of a use verb is not built by the contractor of the sentence', () => {
    const body = '该系统采用了地理信息系统和卫星定位系统等技术，由某软件公司承建。';
    const rs = relations(body, [e('System', '地理信息系统'), e('System', '卫星定位系统'), e('Organization', '某软件公司')]);
    assert.deepEqual(of(rs, 'OPERATES'), []);
  });

  test('a verb inside an organ name (住房城乡建设部门) and a locative verb (部署在) govern nothing', () => {
    const body = '己市登记中心建设的己市登记平台打通了与住房城乡建设部门房屋网签系统的接口，平台部署在己市政务云上。';
    const rs = relations(body, [e('Agency', '己市登记中心'), e('System', '己市登记平台'), e('System', '房屋网签系统'), e('System', '己市政务云')]);
    assert.deepEqual(of(rs, 'OPERATES'), ['己市登记中心>己市登记平台']);
  });

  test('an organ inside a longer organ name is not the operator (市政府 in 市政府新闻办公室)', () => {
    const body = '庚市人民政府新闻办公室开设的政务微博“庚市发布”正式上线。';
    const rs = relations(body, [e('Agency', '庚市人民政府'), e('Agency', '庚市人民政府新闻办公室'), e('System', '庚市发布')]);
    assert.deepEqual(of(rs, 'OPERATES'), ['庚市人民政府新闻办公室>庚市发布']);
  });
});

describe('CONNECTS_TO', () => {
  test('a system 与 a list of systems with a link word in the clause: the subject to each one', () => {
    const body = '目前，辛省信用平台已与市场监管总局的企业公示系统、法院的执行人名单库以及银行的征信数据库实现互联互通。';
    const rs = relations(body, [e('System', '辛省信用平台'), e('System', '企业公示系统'), e('System', '执行人名单库'), e('System', '征信数据库')]);
    assert.deepEqual(of(rs, 'CONNECTS_TO'), ['辛省信用平台>执行人名单库', '辛省信用平台>企业公示系统', '辛省信用平台>征信数据库'].sort());
  });

  test('把A与B打通 and A打通了与B的接口', () => {
    const body = '壬市把“壬事通”与本地“壬医保”小程序打通。壬市登记平台打通了与壬市税务系统的数据接口。';
    const rs = relations(body, [e('System', '壬事通'), e('System', '壬医保'), e('System', '壬市登记平台'), e('System', '壬市税务系统')]);
    assert.deepEqual(of(rs, 'CONNECTS_TO'), ['壬事通>壬医保', '壬市登记平台>壬市税务系统']);
  });

  test('the sentence subject to a system reached 通过 in a later clause', () => {
    const body = '癸市一网统管平台依托癸市政务云部署，通过癸市数据交换平台打通了部门业务系统。';
    const rs = relations(body, [e('System', '癸市一网统管平台'), e('System', '癸市政务云'), e('System', '癸市数据交换平台')]);
    assert.deepEqual(of(rs, 'CONNECTS_TO'), ['癸市一网统管平台>癸市数据交换平台']);
  });
});

describe('USES', () => {
  test('the subject of the sentence uses the technology, not the platform it relies on', () => {
    const body = '子市健康码依托子市政务数据平台，汇聚各部门数据，通过大数据比对自动赋码。';
    const rs = relations(body, [e('System', '子市健康码'), e('System', '子市政务数据平台'), e('Technology', '大数据')]);
    assert.deepEqual(of(rs, 'USES'), ['子市健康码>大数据']);
  });

  test('a technology after a list of systems belongs to none of them; a system is never its own technology', () => {
    const body = '丑区将建立人口库、法人库和地理库，运用大数据技术提升治理水平。该系统采用地理信息系统技术。';
    const rs = relations(body, [e('System', '人口库'), e('System', '法人库'), e('System', '地理库'), e('Technology', '大数据'), e('System', '地理信息系统'), e('Technology', '地理信息系统')]);
    assert.deepEqual(of(rs, 'USES'), []);
  });
});

describe('PARTNERS_WITH', () => {
  test('the party joined by 与 wins over the official quoted in the sentence', () => {
    const body = '寅州自然资源局副局长表示，寅州已与某银行寅州分行签订合作协议。';
    const rs = relations(body, [e('Agency', '寅州自然资源局'), e('Region', '寅州', '寅州'), e('Organization', '某银行寅州分行')]);
    assert.deepEqual(of(rs, 'PARTNERS_WITH'), ['某银行寅州分行>寅州']);
  });

  test('a company founded by the partners is not a partner; a place not joined by 与 is only where', () => {
    const body = '卯省人民政府与某科技公司合作成立卯省数字公司。某通信公司负责人在卯省表示将联合高校培养人才。';
    const rs = relations(body, [e('Agency', '卯省人民政府'), e('Organization', '某科技公司'), e('Organization', '卯省数字公司'), e('Organization', '某通信公司'), e('Region', '卯省')]);
    assert.deepEqual(of(rs, 'PARTNERS_WITH'), ['某科技公司>卯省人民政府']);
  });

  test('a contractor (承担…服务) partners with the organ that runs the system', () => {
    const body = '辰省政务云由辰省大数据局统一运维，某电信辰省分公司承担基础设施运营服务。';
    const rs = relations(body, [e('System', '辰省政务云'), e('Agency', '辰省大数据局'), e('Organization', '某电信辰省分公司')]);
    assert.deepEqual(of(rs, 'PARTNERS_WITH'), ['某电信辰省分公司>辰省大数据局']);
    assert.deepEqual(of(rs, 'OPERATES'), ['辰省大数据局>辰省政务云']);
  });
});

describe('ISSUED_BY', () => {
  test('a report published by a place', () => {
    const body = '巳市巳区日前发布《巳区热线工作报告》。';
    const rs = relations(body, [e('Region', '巳区'), e('Region', '巳市'), e('Publication', '巳区热线工作报告')]);
    assert.deepEqual(of(rs, 'ISSUED_BY'), ['巳区热线工作报告>巳区']);
  });
});

describe('long articles', () => {
  test('an article with more mentions than the short-list sort handles states the same relations', () => {
    const sentence = '市大数据局建设政务云平台，平台采用云计算技术，并与市信用平台互联互通。';
    const specs = [e('Agency', '市大数据局'), e('System', '政务云平台'), e('System', '市信用平台'), e('Technology', '云计算')];
    const short = relations(sentence, specs);
    const long = sentence.repeat(20); // 100 mentions
    const rs = relations(long, specs);
    for (const type of ['OPERATES', 'USES', 'CONNECTS_TO']) assert.deepEqual(of(rs, type), of(short, type), type);
    assert.ok(of(rs, 'OPERATES').includes('市大数据局>政务云平台'), of(rs, 'OPERATES').join(','));
  });
});
