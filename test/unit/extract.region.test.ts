import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '@/extract/extract.service';
import { article, assertSpans, entitiesOf, regionCodes } from '@test/fixtures/extract/article.fixture';

const regions = (title: string, body: string) => {
  const a = article(title, body);
  const x = extractArticle(a);
  assertSpans(x, a.body);
  return x;
};

describe('region extraction', () => {
  test('a district resolves by the city written before it: 南京市鼓楼区 vs 福州市鼓楼区', () => {
    const x = regions('两地推进政务服务', '南京市鼓楼区上线自助服务终端。福州市鼓楼区也开通了网上办事大厅。');
    const codes = regionCodes(x);
    assert.ok(codes.includes('320106'));
    assert.ok(codes.includes('350102'));
    assert.ok(!codes.includes('320302') && !codes.includes('410204'));
  });

  test('a bare duplicate name follows the city named elsewhere in the article', () => {
    const x = regions('福州推进数字政府建设', '今年以来，鼓楼区建成区级政务数据共享平台，实现部门数据实时交换。');
    assert.ok(regionCodes(x).includes('350102'));
    assert.ok(regionCodes(x).includes('350100'));
  });

  test('a division named like an ordinary word (老城区, 城关区) needs its city nearby', () => {
    const plain = regions('南昌市改造老城区政务网点', '南昌市对老城区的三个政务服务网点进行改造。');
    assert.deepEqual(regionCodes(plain), ['360100']);
    const placed = regions('洛阳推进政务服务', '洛阳市老城区开通24小时自助服务厅。');
    assert.ok(regionCodes(placed).includes('410302'));
  });

  test('multi-province areas (京津冀, 珠三角) are not regions and hide no division inside', () => {
    const x = regions('区域协同', '京津冀三地和珠江三角洲九市推进政务服务跨省通办，天津市率先上线专区。');
    assert.deepEqual(regionCodes(x), ['120000']);
    assert.deepEqual(entitiesOf(x, 'Region').map((e) => e.name), ['天津市']);
  });

  test('pilot free-trade zones by their province: 上海自贸试验区, 中国（河南）自由贸易试验区', () => {
    const x = regions('自贸区改革', '上海自贸试验区推行证照分离，中国（河南）自由贸易试验区随后跟进。');
    const zones = entitiesOf(x, 'Region').filter((e) => e.level === 'zone');
    assert.deepEqual(zones.map((z) => [z.name, z.parentCode]).sort(), [['上海自贸试验区', '310000'], ['河南自贸试验区', '410000']]);
  });

  test('names are the official full names with codes and parents', () => {
    const x = regions('成都锦江区试点', '成都市锦江区与杭州市西湖区签署政务服务合作协议。');
    const jinjiang = entitiesOf(x, 'Region').find((e) => e.code === '510104');
    assert.equal(jinjiang?.name, '锦江区');
    assert.equal(jinjiang?.parentCode, '510100');
    assert.equal(jinjiang?.level, 'county');
    assert.ok(regionCodes(x).includes('330106'));
  });

  test('no regions inside ordinary words: 长江北岸, 和平发展, 中山大学', () => {
    const x = regions('专家谈城市治理', '长江北岸的新城坚持和平发展，中山大学的专家参与了方案论证。');
    assert.deepEqual(regionCodes(x), []);
  });

  test('a two-character county short form needs its city nearby', () => {
    const plain = regions('政务数据开放', '西湖风景优美，游客络绎不绝。');
    assert.deepEqual(regionCodes(plain), []);
    const placed = regions('杭州政务数据开放', '杭州西湖推出“一码通”服务。');
    assert.ok(regionCodes(placed).includes('330106'));
  });

  test('county-level cities go by their short form; common words among them need context', () => {
    const x = regions('县域数字化', '义乌、昆山和江阴的政务服务中心实现“一窗受理”。双方合作共赢，社会安宁。');
    assert.deepEqual(regionCodes(x).sort(), ['320281', '320583', '330782']);
  });

  test('short forms of autonomous regions and prefectures', () => {
    const x = regions('西部地区政务服务', '宁夏、内蒙古和延边州的政务服务网实现互联互通。');
    assert.deepEqual(regionCodes(x).sort(), ['150000', '222400', '640000']);
    assert.equal(entitiesOf(x, 'Region').find((e) => e.code === '640000')?.name, '宁夏回族自治区');
  });

  test('浦东新区 is a division, 雄安新区 a zone under its province', () => {
    const x = regions('新区建设', '浦东新区和雄安新区分别发布了智慧城市建设方案。');
    assert.ok(regionCodes(x).includes('310115'));
    const xiongan = entitiesOf(x, 'Region').find((e) => e.name === '雄安新区');
    assert.equal(xiongan?.code, undefined);
    assert.equal(xiongan?.level, 'zone');
    assert.equal(xiongan?.parentCode, '130000');
  });

  test('regions named only in the title are listed without mentions; the body resolves through them', () => {
    const x = regions('广东佛山南海区建设政务数据库', '南海全区各部门的业务系统实现整合。');
    const byCode = new Map(entitiesOf(x, 'Region').map((e) => [e.code, e]));
    assert.equal(byCode.get('440000')?.mentions.length, 0);
    assert.equal(byCode.get('440600')?.attrs?.['titleOnly'], 'true');
    assert.equal(byCode.get('440605')?.mentions[0]?.text, '南海');
  });

  test('an organ prefixed by a place is a mention of that place', () => {
    const x = regions('法院信息化', '成都法院建成诉讼服务平台。');
    assert.ok(regionCodes(x).includes('510100'));
  });

  test('PART_OF links each region to its nearest mentioned ancestor, with evidence', () => {
    const x = regions('浙江数字政府', '浙江省温州市龙湾区推行“一窗受理”。');
    const partOf = x.relations.filter((r) => r.type === 'PART_OF').map((r) => `${r.from.code}>${r.to.code}`);
    assert.deepEqual(partOf.sort(), ['330300>330000', '330303>330300']);
  });

  test('about: the most specific title region; none for a list of example cities', () => {
    assert.deepEqual(regions('杭州西湖区试点一网通办', '西湖区政务服务中心推出新举措。').about, ['330106']);
    const national = regions('各地推进政务云建设', '北京、上海、广州、深圳等地相继建成政务云平台。');
    assert.deepEqual(national.about, []);
  });

  test('a town, village, street or road named after a place does not mention the place', () => {
    // jieba cuts 嘉兴/镇 and 衢州/街道: the short forms are whole words, yet name no prefecture here
    const x = regions('乡镇卫生院接入远程会诊', '大理州宾川县嘉兴镇卫生院、洱源县衢州街道便民中心已接入平台。');
    const codes = regionCodes(x);
    assert.ok(!codes.includes('330400') && !codes.includes('330800'), codes.join(','));
    assert.ok(codes.includes('532924') && codes.includes('532930'), codes.join(','));
    const y = regions('嘉兴推进一网通办', '嘉兴今年推进一网通办，衢州也已跟进。');
    assert.ok(regionCodes(y).includes('330400') && regionCodes(y).includes('330800'), regionCodes(y).join(','));
  });

  test('development zones by structure: a place, a name and a zone kind; later shortened forms are the same zone', () => {
    const x = regions(
      '园区数据开放',
      '合肥高新技术产业开发区与合肥市数据资源局共建平台。合肥高新区已接入企业300家，无锡经济技术开发区也在跟进，无锡经开区管委会表示。合肥市将建设高新区数据中心。',
    );
    // 无锡经济技术开发区 has no code: a zone of 无锡市; the dataset codes 合肥高新技术产业开发区 (340171)
    const zones = entitiesOf(x, 'Region').filter((e) => e.code === undefined);
    assert.deepEqual(zones.map((z) => z.name), ['无锡经济技术开发区']);
    assert.deepEqual(zones[0]!.mentions.map((m) => m.text), ['无锡经济技术开发区', '无锡经开区']);
    const hefei = entitiesOf(x, 'Region').find((z) => z.code === '340171');
    assert.equal(hefei?.name, '合肥高新技术产业开发区');
    assert.deepEqual(hefei.mentions.map((m) => m.text), ['合肥高新技术产业开发区', '合肥高新区']);
    const partOf = x.relations.filter((r) => r.type === 'PART_OF').map((r) => `${r.from.name}>${r.to.name}`);
    assert.ok(partOf.includes('合肥高新技术产业开发区>合肥市'), partOf.join(','));
    assert.ok(partOf.includes('无锡经济技术开发区>无锡市'), partOf.join(','));
    assert.ok(regionCodes(x).includes('340100'), 'the place written inside the zone name is still mentioned');
  });
});
