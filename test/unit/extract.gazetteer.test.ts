import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getGazetteer } from '@/extract/region/region.gazetteer';

describe('region gazetteer', () => {
  const gaz = getGazetteer();

  test('levels and parents follow the GB/T 2260 code structure', () => {
    assert.deepEqual(gaz.byCode('440605'), { code: '440605', name: '南海区', level: 'county', parentCode: '440600', shortNames: ['南海'] });
    assert.equal(gaz.byCode('440600')?.level, 'prefecture');
    assert.equal(gaz.byCode('440000')?.level, 'province');
    assert.deepEqual(gaz.ancestors('440605').map((r) => r.code), ['440600', '440000']);
  });

  test('districts of municipalities and province-administered counties hang off the province', () => {
    assert.equal(gaz.byCode('110105')?.parentCode, '110000');
    assert.equal(gaz.byCode('500112')?.parentCode, '500000');
    assert.equal(gaz.byCode('429004')?.name, '仙桃市');
    assert.equal(gaz.byCode('429004')?.parentCode, '420000');
    assert.ok(gaz.children('110000').some((r) => r.code === '110105'));
    assert.ok(gaz.children('440600').every((r) => r.code?.startsWith('4406')));
  });

  test('no synthetic 市辖区 divisions', () => {
    assert.equal(gaz.lookup('市辖区').length, 0);
    assert.equal(gaz.byCode('440601'), undefined);
  });

  test('short forms of provinces, autonomous regions and prefectures', () => {
    assert.deepEqual(gaz.lookup('宁夏').map((r) => r.code), ['640000']);
    assert.deepEqual(gaz.lookup('内蒙古').map((r) => r.code), ['150000']);
    assert.deepEqual(gaz.lookup('新疆').map((r) => r.code), ['650000']);
    assert.deepEqual(gaz.lookup('广西').map((r) => r.code), ['450000']);
    assert.deepEqual(gaz.lookup('延边').map((r) => r.code), ['222400']);
    assert.deepEqual(gaz.lookup('延边州').map((r) => r.code), ['222400']);
    assert.ok(gaz.lookup('杭州').some((r) => r.code === '330100'));
  });

  test('one name, several divisions', () => {
    const codes = gaz.lookup('鼓楼区').map((r) => r.code).sort();
    assert.deepEqual(codes, ['320106', '320302', '350102', '410204']);
  });

  test('浦东新区 is a division; 两江新区 and 雄安新区 are curated zones without a code', () => {
    assert.equal(gaz.lookup('浦东新区')[0]?.code, '310115');
    const liangjiang = gaz.zone('两江新区');
    assert.deepEqual(liangjiang, { name: '两江新区', level: 'zone', parentCode: '500000', shortNames: [] });
    assert.equal(gaz.lookup('雄安新区')[0]?.parentCode, '130000');
    assert.deepEqual(gaz.ancestorsOf(liangjiang!).map((r) => r.code), ['500000']);
  });

  test('a former county-level city name reaches today’s district', () => {
    assert.ok(gaz.lookup('南海市').some((r) => r.code === '440605'));
  });
});
