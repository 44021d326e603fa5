import type { Article } from '@/corpus/corpus.types';
import type { Extraction } from '@/extract/extraction.types';
import { buildGraphBatch, type BuildContext, type RegionFacts } from '@/graph/batch.builder';

/**
 * A tiny hand-made extraction (two articles, a county with its chain, a theme, a relation) so the
 * store contract can be checked independently of the extractor's current quality.
 */
const REGIONS: RegionFacts[] = [
  { code: '440000', name: '广东省', level: 'province', parentCode: null },
  { code: '440600', name: '佛山市', level: 'prefecture', parentCode: '440000' },
  { code: '440605', name: '南海区', level: 'county', parentCode: '440600' },
  { code: '330000', name: '浙江省', level: 'province', parentCode: null },
  { code: '330100', name: '杭州市', level: 'prefecture', parentCode: '330000' },
];

export const sampleContext: BuildContext = {
  region: (code) => REGIONS.find((r) => r.code === code),
  themes: [
    { key: 'data-sharing', name: '数据共享与打通信息孤岛', description: 'unifying data silos', dimension: 'data-driven public sector' },
    { key: 'mobile-government', name: '移动政务', description: 'services on phones', dimension: 'user-driven' },
  ],
};

const body1 = '南海区数据统筹局挂牌成立。数据统筹局将打通各部门壁垒，形成统一的大数据后台。';
const body2 = '杭州市推进跨部门信息交换共享。';

export const sampleArticles: Article[] = [
  { id: 'article:t:1', bulletinId: null, number: 1, title: '南海建库', body: body1, date: '2014-06-06', source: '南方都市报', file: 'a.txt' },
  { id: 'article:t:2', bulletinId: null, number: 2, title: '杭州共享', body: body2, date: '2014-05-30', source: null, file: 'b.txt' },
];

const span = (body: string, text: string, from = 0) => {
  const start = body.indexOf(text, from);
  return { text, start, end: start + text.length };
};

export const sampleExtractions: Extraction[] = [
  {
    entities: [
      { type: 'Region', name: '南海区', code: '440605', level: 'county', parentCode: '440600', aliases: ['南海'], mentions: [span(body1, '南海区')] },
      { type: 'Agency', name: '南海区数据统筹局', aliases: ['数据统筹局'], mentions: [span(body1, '南海区数据统筹局'), span(body1, '数据统筹局', 12)] },
      { type: 'Technology', name: '大数据', aliases: [], mentions: [span(body1, '大数据')] },
    ],
    relations: [
      { type: 'LOCATED_IN', from: { type: 'Agency', name: '南海区数据统筹局' }, to: { type: 'Region', name: '南海区', code: '440605' }, evidence: span(body1, '南海区数据统筹局挂牌成立。') },
    ],
    themes: [{ key: 'data-sharing', score: 0.9, evidence: [span(body1, '数据统筹局将打通各部门壁垒，形成统一的大数据后台。')] }],
    metrics: [],
    dates: [],
    about: ['440605'],
  },
  {
    entities: [{ type: 'Region', name: '杭州市', code: '330100', level: 'prefecture', parentCode: '330000', aliases: ['杭州'], mentions: [span(body2, '杭州市')] }],
    relations: [],
    themes: [{ key: 'data-sharing', score: 0.8, evidence: [span(body2, body2)] }],
    metrics: [{ name: '部门', value: 2, unit: '个', text: '杭州', start: 0, end: 2 }],
    dates: [],
    about: ['330100'],
  },
];

export function sampleBatch() {
  return buildGraphBatch(
    [{ items: sampleArticles.map((article, i) => ({ article, extraction: sampleExtractions[i]! })) }],
    sampleContext,
  );
}
