import type { RegionInfo } from '@/extract/region/region.gazetteer';
import { regionKey, type RegionMention } from '@/extract/region/region.extractor';

const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000']);

/** The article's own province, city and county, which bare level words (市社保中心, 省政府) refer to. */
export interface HomeRegions {
  province?: RegionInfo;
  city?: RegionInfo;
  county?: RegionInfo;
  zone?: RegionInfo;
  /** A county-level city (寿光市, 瑞金市) ranked above every prefecture: what 市 means in its stories. */
  countyCity?: RegionInfo;
}

/** Title mentions weigh more than body mentions: a headline names what the article is about. */
export function rankRegions(body: readonly RegionMention[], title: readonly RegionMention[]): { region: RegionInfo; weight: number }[] {
  const weights = new Map<string, { region: RegionInfo; weight: number }>();
  const add = (m: RegionMention, w: number) => {
    const k = regionKey(m.region);
    const cur = weights.get(k) ?? { region: m.region, weight: 0 };
    cur.weight += w;
    weights.set(k, cur);
  };
  for (const m of title) add(m, 3);
  for (const m of body) add(m, 1);
  return [...weights.values()].sort((a, b) => b.weight - a.weight);
}

export function homeRegions(ranked: readonly { region: RegionInfo; weight: number }[], byCode: (c: string) => RegionInfo | undefined): HomeRegions {
  const home: HomeRegions = {};
  for (const { region } of ranked) {
    const municipality = region.code !== undefined && MUNICIPALITIES.has(region.code);
    if (!home.city && (region.level === 'prefecture' || municipality)) home.city = region;
    if (!home.province && region.level === 'province') home.province = region;
    if (!home.county && region.level === 'county') home.county = region;
    if (!home.city && !home.countyCity && region.level === 'county' && region.name.endsWith('市')) home.countyCity = region;
    if (!home.zone && region.level === 'zone') home.zone = region;
  }
  if (!home.province && home.city?.parentCode) home.province = byCode(home.city.parentCode);
  return home;
}

/** The place a bare level word stands for: 市 → the article's city, 省 → its province, 州 → its autonomous prefecture, 新区 → its zone. */
export function placeForLevel(written: string | undefined, home: HomeRegions): RegionInfo | undefined {
  const level = written?.replace(/^全/, '');
  if (level === '市') return home.countyCity ?? home.city;
  if (level === '省' || level === '自治区') return home.province;
  if (level === '区' || level === '县') return home.county ?? home.zone;
  // 州 is an autonomous prefecture's own word for itself (州政务服务中心 in a 海西州 story)
  if (level === '州') return home.city?.name.endsWith('州') ? home.city : undefined;
  // a new area is a curated zone (两江新区) or a district of its own (滨海新区, 浦东新区)
  if (level === '新区') return home.zone ?? (home.county?.name.endsWith('新区') ? home.county : undefined);
  return undefined;
}
