import type { RegionLevel } from '@/extract/extraction.types';

export interface RegionNameRules {
  ethnicNames: string[];
  ignoredNames: string[];
  contextOnlyShortNames: string[];
  contextOnlyFullNames: string[];
  formerNames: { name: string; code: string }[];
  localNameEndings: string[];
}

const AUTONOMOUS = /(自治区|自治州|自治县|自治旗)$/;
const SUFFIXES: Record<Exclude<RegionLevel, 'zone'>, RegExp> = {
  province: /(特别行政区|省|市)$/,
  prefecture: /(地区|市|盟)$/,
  county: /(新区|林区|特区|区|县|市|旗)$/,
};

/**
 * The usual short forms of a division name: 佛山市 → 佛山, 宁夏回族自治区 → 宁夏,
 * 延边朝鲜族自治州 → 延边 and 延边州, 浦东新区 → 浦东. A short form needs at least two characters; single
 * characters (京, 沪) are far too ambiguous in running text.
 */
export function shortNamesOf(name: string, level: RegionLevel, rules: Pick<RegionNameRules, 'ethnicNames'>): string[] {
  if (level === 'zone') return [];
  const autonomous = AUTONOMOUS.exec(name);
  if (autonomous) {
    const stem = name.slice(0, autonomous.index);
    // An ethnic name at index < 2 belongs to the place name itself (内蒙古 holds 蒙古).
    const cut = Math.min(...rules.ethnicNames.map((e) => stem.indexOf(e, 2)).filter((i) => i >= 0), stem.length);
    const base = stem.slice(0, cut);
    if (base.length < 2) return [];
    // 延边州, 长阳县, 鄂伦春旗: the base with the plain level word is as common as the base alone
    const plain = { 自治州: '州', 自治县: '县', 自治旗: '旗', 自治区: '' }[autonomous[1] as '自治州' | '自治县' | '自治旗' | '自治区'];
    return plain ? [base, base + plain] : [base];
  }
  const base = name.replace(SUFFIXES[level], '');
  return base.length >= 2 && base !== name ? [base] : [];
}
