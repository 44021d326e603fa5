import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadThemes } from '@/extract/theme/theme.catalog';
import { classifyThemes } from '@/extract/theme/theme.classifier';
import { splitSentences } from '@/extract/text/sentence.splitter';

/**
 * Every "typical signal" of seeds/themes.md, alone in a neutral sentence, yields its theme. The
 * signals are read from the catalogue, so a signal added there is checked here without editing
 * this file. A few signals are everyday words that mean the theme only in context; each is listed
 * in CONTEXT with the reason and a sentence giving that context, and is checked three ways: alone
 * it does not fire (else it belongs out of CONTEXT), in the context sentence it does, and the
 * context sentence without the signal does not (the signal, not its context, carries the theme).
 */
const CARRIERS = ['近年来，该市大力推进{}工作，取得明显成效。', '会上，有关负责人介绍了{}的进展情况。'];

const CONTEXT: Record<string, { why: string; sentence: string }> = {
  'data-sharing:统一平台': {
    why: 'one platform may be a service portal; it is data sharing when systems or data are brought into it',
    sentence: '将各部门业务系统整合到统一平台。',
  },
  'mobile-government:APP': {
    why: 'an app may be commercial; it is mobile government when citizens query, handle or pay through it, and one such sentence is a mention in passing',
    sentence: '市民通过APP即可查询公积金余额。APP还支持在线办理提取业务。',
  },
  'mobile-government:微信': {
    why: 'WeChat is everyday chat; it is mobile government as a service channel, and one such sentence is a mention in passing',
    sentence: '市民关注微信即可缴纳水费。微信还能预约办理户籍业务。',
  },
  'big-data-analytics:研判': {
    why: '研判 is meeting language (研判形势); it is data analytics when data does the judging',
    sentence: '依托大数据平台对社情民意进行研判。',
  },
  'big-data-analytics:决策': {
    why: 'every government text mentions 决策; it is data analytics when data informs it',
    sentence: '依托大数据平台为政府决策提供参考。',
  },
  'big-data-analytics:预测': {
    why: 'forecasts are quoted in any news (据预测); it is data analytics when the government predicts from data',
    sentence: '依托大数据平台对客流进行预测。',
  },
  'big-data-analytics:分析': {
    why: '分析 is any analysis; it is data analytics with data',
    sentence: '依托大数据平台对交通流量进行分析。',
  },
  'big-data-analytics:数据中心': {
    why: 'a data centre alone is infrastructure (cloud-platform); it is analytics when it analyses or monitors',
    sentence: '依托数据中心对全市运行情况进行监测分析。',
  },
  'digital-economy:产业链': {
    why: 'every industry has a chain; it is digital economy for data, software or cloud industries',
    sentence: '引进云计算企业，延伸产业链。',
  },
  'digital-economy:产值': {
    why: 'output value of agriculture or steel is not digital economy',
    sentence: '全市软件企业实现产值50亿元。',
  },
};

const themesOf = (body: string) => classifyThemes(body, splitSentences(body), []).map((h) => h.key);

describe('typical signals of seeds/themes.md', () => {
  const themes = loadThemes();

  test('every CONTEXT entry names a signal of its theme', () => {
    const signals = new Set(themes.flatMap((t) => t.signals.map((s) => `${t.key}:${s}`)));
    for (const k of Object.keys(CONTEXT)) assert.ok(signals.has(k), `${k} is not a signal of seeds/themes.md`);
  });

  for (const theme of themes) {
    test(`${theme.key}: each signal yields the theme`, () => {
      assert.ok(theme.signals.length > 0);
      for (const signal of theme.signals) {
        const ctx = CONTEXT[`${theme.key}:${signal}`];
        if (!ctx) {
          for (const carrier of CARRIERS) {
            const body = carrier.replace('{}', signal);
            assert.ok(themesOf(body).includes(theme.key), `"${signal}" alone: ${body}`);
          }
          continue;
        }
        assert.ok(ctx.sentence.includes(signal), `the context sentence of "${signal}" contains it`);
        for (const carrier of CARRIERS) {
          const body = carrier.replace('{}', signal);
          assert.ok(!themesOf(body).includes(theme.key), `"${signal}" fires alone, so it needs no context: ${body}`);
        }
        assert.ok(themesOf(ctx.sentence).includes(theme.key), `"${signal}" in context: ${ctx.sentence}`);
        const without = ctx.sentence.split(signal).join('');
        assert.ok(!themesOf(without).includes(theme.key), `the context alone carries the theme: ${without}`);
      }
    });
  }
});

describe('variants of the signals (general usage, not strings of one article)', () => {
  const cases: Array<[string, string]> = [
    ['remote-services', '信访局开通远程视频接访，群众在家门口就能与领导面对面交流。'],
    ['remote-services', '法院推行远程庭审，当事人无需到庭。'],
    ['remote-services', '窗口人员通过视频为企业远程核验材料。'],
    ['digital-health', '市民可通过互联网医院在线复诊、网上问诊。'],
    ['digital-health', '县医院与省级医院开展远程诊疗。'],
    ['information-disclosure', '部门对网民留言的答复全部在网上公开。'],
    ['information-disclosure', '市政府每月公布投诉件的处理结果。'],
    ['one-stop-service', '大厅实行“一个窗口受理、一站式审批、一条龙服务”。'],
    ['multi-level-linkage', '平台实现省、市、县、乡四级全覆盖。'],
    ['multi-level-linkage', '全区社保系统实现自治区、地（市）、县三级联网。'],
    ['multi-level-linkage', '便民服务体系实现市县乡村四级贯通。'],
    ['e-certificates', '三省推动户口簿、结婚证等电子证照跨省互认。'],
    ['data-sharing', '三省推动户口簿、结婚证等电子证照共享互认。'],
    ['data-sharing', '电子证照库已被各部门调用上万次，证照数据实现共享。'],
    ['big-data-analytics', '税务部门将多部门数据交叉比对，及时发现异常申报。'],
  ];
  for (const [key, body] of cases)
    test(`${key}: ${body}`, () => {
      assert.ok(themesOf(body).includes(key), themesOf(body).join(','));
    });
});

describe('over-triggering', () => {
  test('跨省通办 alone is neither one-stop service nor online services', () => {
    const k = themesOf('两地签署协议，推动更多事项跨省通办。');
    assert.ok(!k.includes('one-stop-service') && !k.includes('online-services'), k.join(','));
  });
  test('everyday senses of the signal words yield no theme', () => {
    for (const body of [
      '今年全市粮食产值增长5%。',
      '光伏电站顺利并网发电。',
      '两国加强交通基础设施互联互通。',
      '他通过微信联系了记者。',
      '全市三级医院数量达到20家。',
      '据预测，明年经济将稳步增长。',
      '该市公开招标采购一批设备。',
      '一批干部下放到基层锻炼。',
      '当地区县领导参加了会议。',
      '会议对当前形势进行了研判。',
      '公司完善了汽车产业链。',
    ])
      assert.deepEqual(themesOf(body), [], body);
  });

  test('跨省通办 with nearby handling and fewer trips is one-stop service', () => {
    assert.ok(themesOf('群众可就近办理跨省通办事项，不必来回跑。').includes('one-stop-service'));
  });
});
