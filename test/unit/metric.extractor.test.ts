import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractMetrics, roundToPrecision } from '@/extract/metric/metric.extractor';
import { splitSentences } from '@/extract/text/sentence.splitter';

const run = (text: string, ref: string | null = '2014-06-06') => extractMetrics(text, splitSentences(text), ref);
const vu = (text: string, ref?: string | null) => run(text, ref).map((m) => [m.value, m.unit]);

describe('extractMetrics', () => {
  test('the unit is the measure word: 个 for 5个工作日, 3个月 and 2个百分点', () => {
    assert.deepEqual(vu('申请人可在5个工作日内拿到证照，试运行3个月，满意度提高2个百分点。'), [
      [5, '个'],
      [3, '个'],
      [2, '个'],
    ]);
  });

  test('measure words of cases, letters, cores and video channels count too', () => {
    assert.deepEqual(vu('平台开展远程会诊1.8万例，收到群众来信380封，接入视频监控16000路，新增算力2000核。'), [
      [18000, '例'],
      [380, '封'],
      [16000, '路'],
      [2000, '核'],
    ]);
  });

  test('a count with a measure word takes its name from the noun after it, or before it', () => {
    const [after] = run('59个部门面向社会发布2212项审批服务事项目录和办事指南信息。').slice(1);
    assert.deepEqual([after!.name, after!.value, after!.unit], ['审批服务事项', 2212, '项']);
    const [before] = run('南海全区各部门的信息化业务系统达到 157 个，数据分散。');
    assert.deepEqual([before!.name, before!.value, before!.unit], ['信息化业务系统', 157, '个']);
  });

  test('a percentage is named by the words before it', () => {
    const [m] = run('建成后主要业务信息化支撑率将达到85%。');
    assert.deepEqual([m!.name, m!.value, m!.unit], ['主要业务信息化支撑率', 85, '%']);
  });

  test('万/亿 magnitudes and money units normalise to the base unit', () => {
    assert.deepEqual(vu('市场在 2012 年已经达到 18.6 亿元，总数达 2.4 万亿元人民币。'), [
      [1.86e9, '元'],
      [2.4e12, '元'],
    ]);
    assert.deepEqual(vu('累计发布10万余条，投资 500 万元。'), [
      [100000, '条'],
      [5e6, '元'],
    ]);
    assert.deepEqual(vu('到 2017 年将突破百亿元人民币。'), [[1e10, '元']]);
  });

  test('thousands separators, decimals and long digit strings read as numbers', () => {
    assert.deepEqual(vu('全年办理 1,234,567 件，增长 12.5%，平台累计注册 123456789012345678 人。'), [
      [1234567, '件'],
      [12.5, '%'],
      [123456789012000000, '人'],
    ]);
  });

  test('a bare magnitude counting people gets unit 人; 多/余/近 are dropped from the value', () => {
    assert.deepEqual(vu('北京1000多万在职职工可通过下载社保APP查询。'), [[1e7, '人']]);
    assert.deepEqual(vu('中国移动互联网用户已经达到 8.5 亿。'), [[8.5e8, '人']]);
    assert.deepEqual(vu('共组织上线近 2000 次，参与网民 60 万人次。'), [
      [2000, '次'],
      [600000, '人次'],
    ]);
  });

  test('a range gives one metric per bound', () => {
    assert.deepEqual(vu('患者要承担医疗费用的 35%到50%。'), [
      [35, '%'],
      [50, '%'],
    ]);
  });

  test('small Chinese numerals, dates, ages, ordinals and numbers that are names are not metrics', () => {
    assert.deepEqual(vu('建立内外网两大交互平台，打通五级审批系统，支持三个项目。'), []);
    assert.deepEqual(vu('2014年6月6日，5 月 30 日，第十一次党代会，65 岁以上老年人。'), []);
    assert.deepEqual(vu('乌鲁木齐 12345 热线；企业网 D1Net；4G 网络；万家灯火。'), []);
    assert.deepEqual(vu('第 3 批试点于上午 8 时 30 分启动，已有 10 余年历史。'), []);
  });

  test('the date the figure refers to comes from the same sentence', () => {
    const [m] = run('截至今年一季度，中国移动互联网用户已经达到 8.5 亿。');
    assert.equal(m!.date, '2014-Q1');
    const [n] = run('各部门的信息化业务系统达到 157 个。');
    assert.equal(n!.date, undefined);
  });

  test('a name read before the number runs on across quote marks and spaces, and a date ends its clause', () => {
    const [m] = run('全市“最多跑一次”事项比例，在2017年底已经达到 87.9%。');
    assert.deepEqual([m!.name, m!.value, m!.unit, m!.date], ['全市最多跑一次事项比例', 87.9, '%', '2017']);
    const [n] = run('市场在 2012 年已经达到 18.6 亿元。');
    assert.equal(n!.name, '市场');
  });

  test('decimals with magnitudes are exact in the base unit', () => {
    assert.deepEqual(vu('项目投资 0.35 万元，惠及 1.1 万人，满意度 99.99%，投入 1.25 亿元。'), [
      [3500, '元'],
      [11000, '人'],
      [99.99, '%'],
      [125000000, '元'],
    ]);
  });

  test('spans index into the body', () => {
    const text = '整合公安、司法等 7 个部门 26 项 1625 条数据。网上可办率达到 86%。';
    const ms = run(text);
    assert.deepEqual(ms.map((m) => m.value), [7, 26, 1625, 86]);
    for (const m of ms) assert.equal(text.slice(m.start, m.end), m.text);
  });
});

describe('roundToPrecision', () => {
  test('rounds to 12 significant digits, and leaves integers of up to 12 digits exact', () => {
    assert.equal(roundToPrecision(18.6 * 1e8), 1860000000);
    assert.equal(roundToPrecision(0.1 + 0.2), 0.3);
    assert.equal(roundToPrecision(2212), 2212);
    assert.equal(roundToPrecision(999999999999), 999999999999);
    assert.equal(roundToPrecision(1234567890123), 1234567890120);
    assert.equal(roundToPrecision(2.4e12), 2.4e12);
    // the shortcut agrees with the string round trip on every integer it takes
    for (let v = 0; v < 1e12; v = v * 7 + 13) assert.equal(roundToPrecision(v), Number(v.toPrecision(12)));
  });
});
