import type { AgencyHit } from '@/extract/agency/agency.extractor';

/** A name split into body and suffix (数据统筹 + 局, 信访管理 + 系统). */
export interface NameParts {
  body: string;
  suffix: string;
}

export interface AgencyGroup {
  name: string;
  hits: AgencyHit[];
  aliases: Set<string>;
}

const SUFFIX_SHORT: Record<string, string[]> = {
  办: ['办公室', '办公厅'],
  委: ['委员会'],
  高院: ['高级人民法院'],
  中院: ['中级人民法院'],
  检察院: ['人民检察院'],
  政府: ['人民政府'],
};

/**
 * Groups the references to one organ: identical canonical names; short forms the text defines
 * (以下简称省审改办); abbreviations of a fuller name
 * written in the same article (市社保中心 → 北京市社会保险基金管理中心: same place, 社保 is an
 * in-order subsequence of 社会保险基金管理, 中心 = 中心); shared aliases (重庆市环保局 =
 * 重庆市环境保护局). A bare name (数据统筹局) joins a placed organ it abbreviates or equals, and is
 * dropped otherwise: 计生局 with no place is a generic reference.
 */
export function groupAgencies(hits: readonly AgencyHit[]): AgencyGroup[] {
  const placed = hits.filter((h) => !h.bare);
  const canonical = new Map<AgencyHit, string>();
  const byLength = [...placed].sort((a, b) => b.name.length - a.name.length);
  const names = new Map(placed.map((h) => [h, new Set([h.name, ...h.aliases])]));
  const shareAlias = (a: AgencyHit, b: AgencyHit) => names.get(b)!.has(a.name) || a.aliases.some((x) => names.get(b)!.has(x));
  // a short form the text defines (…办公室（以下简称省审改办）) stands for its organ wherever it recurs
  const defined = new Map<string, AgencyHit>();
  for (const h of hits) if (h.defines) defined.set(h.name, h.defines);
  for (const h of placed) {
    const fuller =
      defined.get(h.name) ??
      byLength.find((g) => g !== h && g.name.length > h.name.length && samePlace(g, h) && (abbreviates(h, g) || shareAlias(h, g)));
    canonical.set(h, fuller ? resolve(fuller, canonical) : h.name);
  }
  for (const h of hits) {
    if (!h.bare) continue;
    const owner = defined.get(h.name) ?? byLength.find((g) => g.body + g.suffix === h.body + h.suffix || abbreviates(h, g));
    if (owner) canonical.set(h, resolve(owner, canonical));
  }
  const groups = new Map<string, AgencyGroup>();
  for (const h of hits) {
    const name = canonical.get(h);
    if (!name) continue;
    const g = groups.get(name) ?? { name, hits: [], aliases: new Set<string>() };
    g.hits.push(h);
    for (const a of [h.name, ...h.aliases]) if (a !== name) g.aliases.add(a);
    groups.set(name, g);
  }
  return [...groups.values()];
}

function resolve(h: AgencyHit, canonical: ReadonlyMap<AgencyHit, string>): string {
  return canonical.get(h) ?? h.name;
}

function samePlace(a: AgencyHit, b: AgencyHit): boolean {
  return a.national === b.national && (a.region?.code ?? a.region?.name) === (b.region?.code ?? b.region?.name);
}

/**
 * `short` abbreviates `long`: its suffix (or the suffix it shortens: 办 → 办公室) ends the long name and
 * its body is an in-order subsequence of the rest, from the same first character (社保 ⊂ 社会保险基金管理).
 */
export function abbreviates(short: NameParts, long: NameParts): boolean {
  if (short.body.length === 0) return false;
  // the long name's first character opens its body (or its suffix): most pairs differ right there
  if (short.body.charCodeAt(0) !== (long.body.length > 0 ? long.body : long.suffix).charCodeAt(0)) return false;
  const longFull = long.body + long.suffix;
  const suffix = longFull.endsWith(short.suffix) ? short.suffix : SUFFIX_SHORT[short.suffix]?.find((x) => longFull.endsWith(x));
  if (suffix === undefined) return false;
  const longBody = longFull.slice(0, longFull.length - suffix.length);
  if (longBody.length <= short.body.length || short.body[0] !== longBody[0]) return false;
  let i = 0;
  for (const ch of longBody) if (ch === short.body[i]) i++;
  return i === short.body.length;
}
