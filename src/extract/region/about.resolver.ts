import { getGazetteer, type RegionInfo } from '@/extract/region/region.gazetteer';
import { regionKey, type RegionMention } from '@/extract/region/region.extractor';

/**
 * The region(s) an article is primarily about: those in the title (the most specific ones: 南海区
 * for 广东佛山南海区), else one region clearly dominating the body (mentions, counting organs placed
 * there, at least 3 and twice any unrelated rival). A market report or a list of example cities
 * has no dominant region and gets none.
 */
export function resolveAbout(title: readonly RegionMention[], body: readonly RegionMention[], agencyRegions: readonly RegionInfo[]): string[] {
  if (title.length > 0) {
    const regions = unique(title.map((m) => m.region));
    const ancestorKeys = new Set(regions.flatMap((r) => chainOf(r).map(regionKey)));
    return regions.filter((r) => !ancestorKeys.has(regionKey(r))).map(aboutKey);
  }
  const weight = new Map<string, { region: RegionInfo; n: number }>();
  for (const m of body) count(weight, m.region);
  for (const r of agencyRegions) count(weight, r);
  const ranked = [...weight.values()].sort((a, b) => b.n - a.n);
  const top = ranked[0];
  if (!top || top.n < 3) return [];
  const related = new Set([regionKey(top.region), ...chainOf(top.region).map(regionKey)]);
  const rival = ranked.find((r) => !related.has(regionKey(r.region)) && !chainOf(r.region).some((a) => regionKey(a) === regionKey(top.region)));
  if (rival && top.n < 2 * rival.n) return [];
  return [aboutKey(top.region)];
}

function count(weight: Map<string, { region: RegionInfo; n: number }>, r: RegionInfo): void {
  const k = regionKey(r);
  const w = weight.get(k);
  if (w) w.n++;
  else weight.set(k, { region: r, n: 1 });
}

function chainOf(r: RegionInfo): readonly RegionInfo[] {
  const gaz = getGazetteer();
  if (r.level !== 'zone') return gaz.ancestorsOf(r);
  const parent = r.parentCode ? gaz.byCode(r.parentCode) : undefined;
  return parent ? [parent, ...gaz.ancestorsOf(parent)] : [];
}

function aboutKey(r: RegionInfo): string {
  return r.code ?? r.name;
}

function unique(list: RegionInfo[]): RegionInfo[] {
  const seen = new Map<string, RegionInfo>();
  for (const r of list) seen.set(regionKey(r), r);
  return [...seen.values()];
}
