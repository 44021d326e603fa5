import type { SegmentedText } from '@/extract/text/article.text';
import { scanLeft } from '@/extract/text/name.scanner';
import { isNameText } from '@/extract/text/name.boundaries';
import { endsWithAny } from '@/extract/text/affix.match';
import type { RegionInfo } from '@/extract/region/region.gazetteer';
import type { RegionMention } from '@/extract/region/region.extractor';
import { placeForLevel, type HomeRegions } from '@/extract/region/home.region';
import { getAgencyLexicon, type AgencyLexicon } from '@/extract/agency/agency.lexicon';
import { getPersonLexicon } from '@/extract/entity/person.lexicon';

/** One written reference to an organ, already given its canonical name. */
export interface AgencyHit {
  start: number;
  end: number;
  text: string;
  name: string;
  aliases: string[];
  region?: RegionInfo;
  /** The name between place and suffix (数据统筹 in 南海区数据统筹局), for abbreviation matching. */
  body: string;
  suffix: string;
  national: boolean;
  /** Written with neither place nor level word (数据统筹局): kept only if it matches a placed organ. */
  bare: boolean;
  /** The organ this name was defined to abbreviate: 省审改办 in 省…领导组办公室（以下简称省审改办）. */
  defines?: AgencyHit;
}

const BU = '部'.charCodeAt(0);
const MEN = '门'.charCodeAt(0);

/**
 * Organs by structure: [place | level word] body suffix, scanning leftwards from a suffix
 * (局, 委员会, 法院 …) over name-like words. A place is a region mention (重庆市, 两江新区) or a bare
 * level word (市, 省) standing for the article's own city or province. A unit written right after
 * its parent organ joins it (重庆市公安局两江新区警务办).
 */
export function findAgencies(seg: SegmentedText, regions: readonly RegionMention[], home: HomeRegions): AgencyHit[] {
  const lex = getAgencyLexicon();
  const regionEndingAt = new Map(regions.map((r) => [r.end, r]));
  const hits: AgencyHit[] = [];
  const hitEndingAt = new Map<number, AgencyHit>();
  const push = (h: AgencyHit) => {
    const prev = hitEndingAt.get(h.end);
    if (prev && prev.start <= h.start) return;
    if (prev) hits.splice(hits.indexOf(prev), 1);
    hits.push(h);
    hitEndingAt.set(h.end, h);
  };
  const nationalSpans = lex.nationalMatcher.scan(seg, true);
  const nationalAt = new Map(nationalSpans.map((m) => [m.end, m]));
  const titles = getPersonLexicon().titles;
  const { text, words, wordEnd } = seg;
  for (let k = 0; k < words.length; k++) {
    const wordEndsAt = wordEnd[k]!;
    const last = text.charCodeAt(wordEndsAt - 1);
    // 市委书记 is 市委 + a title, never an organ named …书记
    const title = titles.mayEndWith(last) ? titles.endOf(words[k]!) : undefined;
    const end = title && title.length < words[k]!.length ? wordEndsAt - title.length : wordEndsAt;
    // most words end in no organ suffix and no national name: one table read rejects them
    if (end === wordEndsAt && !lex.suffixes.mayEndWith(last) && (nationalAt.size === 0 || !nationalAt.has(end))) continue;
    // jieba may cut 建设部门 as 建设部/门: no organ runs into 门, a 部门 is any department
    if (seg.text.charCodeAt(end - 1) === BU && seg.text.charCodeAt(end) === MEN) continue;
    const hit = scanAgency(seg, end, lex, regionEndingAt, hitEndingAt, home);
    if (hit && !hit.bare) {
      // 福建省人民政府办公厅: the general office is the organ named; its government is not mentioned
      const owner = hitEndingAt.get(hit.end - hit.suffix.length);
      if (owner && owner.start === hit.start && lex.generalOffice.has(hit.suffix) && lex.generalOfficeOf.has(owner.suffix)) {
        hits.splice(hits.indexOf(owner), 1);
        hitEndingAt.delete(owner.end);
      }
      push(hit);
    } else {
      // names without an organ suffix: 国务院, 中共中央, 央行
      const national = nationalAt.get(end);
      if (national && !regionEndingAt.has(national.start)) push(nationalHit(national.start, end, seg.text, national.values[0]!));
      else if (hit) push(hit);
    }
  }
  hits.sort((a, b) => a.start - b.start);
  placeListedOrgans(seg, hits, home, lex);
  linkDefinedAbbreviations(seg.text, hits);
  return hits;
}

/**
 * 新区发展改革委、经济和信息化委、建设交通局等: organs listed after a placed one share its place, even
 * written without it (otherwise they would be dropped as generic references), and each item runs
 * from the 、 before it: the words a name scan stops at (和, 建设) are inside an item.
 */
function placeListedOrgans(seg: SegmentedText, hits: AgencyHit[], home: HomeRegions, lex: AgencyLexicon): void {
  const { text } = seg;
  for (let i = 1; i < hits.length; i++) {
    const h = hits[i]!;
    const prev = hits[i - 1]!;
    if (!h.bare || prev.bare || prev.national || !prev.region || text[prev.end] !== '、') continue;
    const start = prev.end + 1;
    const lead = text.slice(start, h.start);
    if (lead.length > MAX_LIST_LEAD || (lead !== '' && !isNameText(lead)) || NOT_ONE_ORGAN.test(text.slice(start, h.end))) continue;
    const region: RegionMention = { region: prev.region, start, end: start, text: '', form: 'full' };
    const body = lead + h.body;
    const placed = nameAgency({ seg, start, end: h.end, body, suffix: h.suffix, region, level: undefined, parent: undefined, home, lex });
    if (placed) hits[i] = placed;
  }
}

/** How official text introduces its own short form of a name: …办公室（以下简称省审改办）. */
const DEFINES = /^[（(](?:以下简称|以下称|下称|简称)[：:“"]?/;

/** A name right after a definition marker is the defined short form of the organ right before it. */
function linkDefinedAbbreviations(text: string, hits: AgencyHit[]): void {
  for (let i = 0; i + 1 < hits.length; i++) {
    const full = hits[i]!;
    const marker = DEFINES.exec(text.slice(full.end, full.end + 8));
    const short = hits[i + 1]!;
    if (marker && short.start === full.end + marker[0].length) short.defines = full;
  }
}

/** 市级部门, 各级政府, 2个部门, 城市的局, …有限公司签署: a level, a count or a company, not an organ's body. */
const NOT_AN_ORGAN_BODY = /^[\d０-９]|[的了]|级$|公司|集团|银行|大学|医院|协会/;

/** Words of a listed organ's name that its own scan left out (经济和, 建设): a few at most. */
const MAX_LIST_LEAD = 6;
/** 、各街道办事处, 、有关部门: a kind of organ, not one more organ of the list's place. */
const NOT_ONE_ORGAN = /^(?:各|全|多|其他|其它|有关|相关|所有|部分|等)/;

function nationalHit(start: number, end: number, text: string, name: string): AgencyHit {
  const surface = text.slice(start, end);
  return { start, end, text: surface, name, aliases: surface === name ? [] : [surface], body: surface, suffix: '', national: true, bare: false };
}

function scanAgency(
  seg: SegmentedText,
  end: number,
  lex: AgencyLexicon,
  regionEndingAt: ReadonlyMap<number, RegionMention>,
  hitEndingAt: ReadonlyMap<number, AgencyHit>,
  home: HomeRegions,
): AgencyHit | undefined {
  const { text } = seg;
  // the suffix test first: it rejects almost every word with one table read
  const suffix = lex.suffixes.longestInWordsEndingAt(seg, end);
  if (!suffix) return undefined;
  const lastWord = seg.wordAt[end - 1]!;
  if (end === seg.wordEnd[lastWord] && lex.nonAgency.endOf(seg.words[lastWord]!)) return undefined;
  const suffixStart = end - suffix.length;
  const scan = scanLeft(seg, suffixStart, { regionEndingAt, ownerEndingAt: hitEndingAt, levelPrefixes: lex.levelPrefixes });
  // a unit joins the organ written right before it; otherwise the organ only bounds the scan (市委市政府)
  const joins = scan.owner && (lex.subunit.has(suffix) || (scan.owner.suffix === lex.partyCommittee && scan.bodyStart < suffixStart));
  const parent = joins ? scan.owner : undefined;
  const region = scan.region;
  const level = scan.level;
  const body = text.slice(scan.bodyStart, suffixStart);
  let start = parent ? parent.start : scan.owner && !region ? scan.bodyStart : region ? region.start : scan.start;
  if (!parent && region && text.startsWith('中共', start - 2)) start -= 2;
  return nameAgency({ seg, start, end, body, suffix, region, level, parent, home, lex });
}

interface Parts {
  seg: SegmentedText;
  start: number;
  end: number;
  body: string;
  suffix: string;
  region: RegionMention | undefined;
  level: string | undefined;
  parent: AgencyHit | undefined;
  home: HomeRegions;
  lex: AgencyLexicon;
}

function nameAgency(p: Parts): AgencyHit | undefined {
  const { body, suffix, lex } = p;
  if (NOT_AN_ORGAN_BODY.test(body)) return undefined;
  const surface = p.seg.text.slice(p.start, p.end);
  const bodySuffix = body + suffix;
  if (lex.ideaNames.has(bodySuffix)) return undefined;
  const placed = p.region !== undefined || p.level !== undefined || p.parent !== undefined;
  const organBody = placed && lex.organBodies.has(body);
  if (suffix === '中心' && !organBody && endsWithAny(body, lex.systemBodies)) return undefined;
  const place = p.region?.region ?? (p.level ? placeForLevel(p.level, p.home) : undefined);
  if (!placed) {
    const national = lex.national.get(surface) ?? lex.national.get(bodySuffix);
    if (national) return { ...base(p, surface, national), national: true };
    // a lone 局 or 中心, or a two-character word ending in one, is no name
    if (body.length < 2 || /^(部|署|总局|部门)$/.test(suffix)) return undefined;
    return { ...base(p, surface, bodySuffix), bare: true };
  }
  if (body === '' && !p.parent && !lex.standalone.has(suffix)) return undefined;
  // 重庆法院 = all courts of a province-level place, not one organ
  if (body === '' && /^(法院|检察院)$/.test(suffix) && p.region?.region.level === 'province') return undefined;
  const placeName = place?.name ?? p.level ?? '';
  const expansion = lex.localAbbreviations.get(bodySuffix);
  let name: string;
  if (p.parent) name = p.parent.name + (p.region ? p.region.region.name : '') + bodySuffix;
  else if (suffix === lex.partyCommittee && body === '') {
    if (place?.level === 'zone') return undefined;
    name = `中共${placeName}委员会`;
  } else if (expansion && lex.canonicalExpansions.has(bodySuffix)) name = placeName + expansion;
  else name = placeName + bodySuffix;
  const hit = base(p, surface, name);
  hit.region = p.region?.region ?? p.parent?.region ?? place;
  const aliases = new Set([surface, placeName + bodySuffix]);
  if (expansion) aliases.add(placeName + expansion);
  if (p.level) aliases.add(p.level + bodySuffix);
  if (suffix === lex.partyCommittee && body === '') aliases.add(`${placeName}委`);
  aliases.delete(name);
  hit.aliases = [...aliases];
  return hit;
}

function base(p: Parts, surface: string, name: string): AgencyHit {
  return {
    start: p.start,
    end: p.end,
    text: surface,
    name,
    aliases: surface === name ? [] : [surface],
    body: p.body,
    suffix: p.suffix,
    national: false,
    bare: false,
  };
}
