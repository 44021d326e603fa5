import type { SegmentedText } from '@/extract/text/article.text';
import { isNameText } from '@/extract/text/name.boundaries';
import { scanLeft, type NamedSpan } from '@/extract/text/name.scanner';
import type { RegionInfo } from '@/extract/region/region.gazetteer';
import type { RegionMention } from '@/extract/region/region.extractor';
import { placeForLevel, type HomeRegions } from '@/extract/region/home.region';
import { abbreviates } from '@/extract/agency/agency.merge';
import { getAgencyLexicon } from '@/extract/agency/agency.lexicon';
import { isTechnologyTerm } from '@/extract/entity/technology.extractor';
import { FlagBuffer } from '@/extract/text/flag.buffer';
import { affixAt, endsWithAny } from '@/extract/text/affix.match';
import { getSystemLexicon, type SystemLexicon } from '@/extract/entity/system.lexicon';

const TAKEN = new FlagBuffer();

export interface SystemHit {
  start: number;
  end: number;
  text: string;
  name: string;
  aliases: string[];
  body: string;
  suffix: string;
  region?: RegionInfo;
  /** Where the written name ends, words after the quotes included (“武汉交警”微信平台). */
  claimEnd?: number;
}

/**
 * Quoted system names: a quoted name that ends like a system or that a system word follows or
 * precedes (“武汉交警”微信平台, 服务号“北京社保中心”, “城市大脑”上线). Found before organs, which
 * must not claim “鼓楼e办”APP.
 */
export function findQuotedSystems(seg: SegmentedText): SystemHit[] {
  const lex = getSystemLexicon();
  const out: SystemHit[] = [];
  for (const q of seg.quotes) {
    const hit = quotedSystem(seg.text, q.start, q.end, lex);
    if (hit) out.push(hit);
  }
  // once a quoted name is a system, every quoted use of it is a mention (“渝快办”已接入…)
  const known = new Set(out.map((h) => h.name));
  for (const q of seg.quotes) {
    const name = seg.text.slice(q.start, q.end);
    if (known.has(name) && !out.some((h) => h.start === q.start)) {
      out.push({ start: q.start, end: q.end, text: name, name, aliases: [], body: name, suffix: '', claimEnd: q.end + 1 });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The words after a closing quote that describe what the quoted name is (“渝快办”移动政务服务平台). */
function describingFollower(text: string, end: number, lex: SystemLexicon): string | undefined {
  const listed = affixAt(text, lex.followers, end + 1);
  if (listed) return listed;
  const run = /^[\u4e00-\u9fffA-Za-z]{2,12}/.exec(text.slice(end + 1, end + 13))?.[0];
  if (!run) return undefined;
  for (let k = run.length; k >= 2; k--) {
    const suffix = lex.suffixes.endOf(run.slice(0, k));
    // generic words are expected here: “数字重庆”云平台 is a cloud platform called 数字重庆
    if (suffix && suffix.length >= 2 && !/[的了和与]/.test(run.slice(0, k))) return run.slice(0, k);
  }
  return undefined;
}

/** An organ or organisation already found, which a system name may follow (市政府门户网站). */
export interface ClaimedName extends NamedSpan {
  name: string;
}

/**
 * Unquoted system names scanned leftwards from a system suffix (网上申诉信访平台, 青岛政务网,
 * 电子证照库), around the spans already claimed by quoted systems, organs and organisations.
 */
export function findSystems(
  seg: SegmentedText,
  regions: readonly RegionMention[],
  home: HomeRegions,
  quoted: readonly SystemHit[],
  claimed: readonly ClaimedName[],
): SystemHit[] {
  const lex = getSystemLexicon();
  const hits: SystemHit[] = [...quoted];
  const taken = TAKEN.take(seg.text.length + 1);
  for (const c of claimed) taken.fill(1, c.start, c.end);
  for (const q of quoted) taken.fill(1, q.start, q.claimEnd ?? q.end);
  const regionEndingAt = new Map(regions.map((r) => [r.end, r]));
  const ownerEndingAt = new Map(claimed.map((c) => [c.end, c]));
  const levelPrefixes = systemLevelWords();
  for (let k = 0; k < seg.words.length; k++) {
    const tokEnd = seg.wordEnd[k]!;
    if (taken[tokEnd - 1]) continue;
    const tokText = seg.words[k]!;
    const suffix = lex.suffixes.longestInWordsEndingAt(seg, tokEnd);
    if (!suffix || lex.nonSystem.has(tokText)) continue;
    // a lone 云 is a modifier (采购云服务); 政务云 or 市民云 name a cloud
    if (suffix.length === 1 && tokText === suffix && suffix === '云') continue;
    const next = seg.words[seg.wordAt[tokEnd] ?? -1];
    if (next !== undefined && tokEnd < seg.text.length && lex.nextWordBlock.has(next)) continue;
    // 政务服务网上网下: 网上/网下 (online/offline), not a site called 政务服务网
    if (suffix.endsWith('网') && /^[上下]/.test(seg.text.slice(tokEnd, tokEnd + 1))) continue;
    const suffixStart = tokEnd - suffix.length;
    const scan = scanLeft(seg, suffixStart, { regionEndingAt, ownerEndingAt, levelPrefixes, maxBody: 12, noConjunction: true });
    let start = scan.owner && !scan.region ? scan.bodyStart : scan.start;
    if (taken[start]) continue;
    let body = seg.text.slice(scan.bodyStart, suffixStart);
    // 重庆法院信访系统: the organ word names the operator, the system is 信访系统
    const opening = affixAt(body, ORGAN_WORDS);
    const organ = opening && body.length > opening.length ? opening : undefined;
    if (organ && scan.region) {
      body = body.slice(organ.length);
      start = scan.bodyStart + organ.length;
    }
    const place = organ ? undefined : (scan.region?.region ?? placeForLevel(scan.level, home));
    const owner = scan.owner && !scan.region ? scan.owner : undefined;
    // 新华区政府门户网站“新华政务网”: the quoted name that follows is the portal's name
    const named = owner ? quotedAt(quoted, tokEnd + 1) : undefined;
    if (named) {
      named.aliases.push(seg.text.slice(owner!.start, tokEnd));
      continue;
    }
    const hit = unquotedSystem(seg.text, { start, end: tokEnd, body, suffix, place, level: scan.level }, lex) ?? (owner && ownSite(seg.text, owner, body, suffix, tokEnd, lex));
    if (!hit) continue;
    hits.push(hit);
    taken.fill(1, hit.start, hit.end);
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * The quoted system opening at `start`. A loop, not find() with an arrow function: a closure over the
 * word loop's variables made V8 allocate their context on every word, 4 MB per bench round.
 */
function quotedAt(quoted: readonly SystemHit[], start: number): SystemHit | undefined {
  for (const q of quoted) if (q.start === start) return q;
  return undefined;
}

let levelWords: readonly string[] | undefined;

/** 全国 opens the names of national systems (全国信用信息共享平台); 全市 stands for the article's city. */
function systemLevelWords(): readonly string[] {
  levelWords ??= [...getAgencyLexicon().levelPrefixes, '全国', '全市', '全省', '全区', '全县'];
  return levelWords;
}

/** Words between a quoted name and the verb that launches it (“X”服务已正式上线). */
const LAUNCH_LEAD = /^(服务)?(已|正式|今起|将|于|已经|启动)?/;

function quotedSystem(text: string, start: number, end: number, lex: SystemLexicon): SystemHit | undefined {
  const name = text.slice(start, end);
  if (name.length < 2 || name.length > 20 || !isNameText(name)) return undefined;
  const after = text.slice(end + 1, end + 12);
  const before = text.slice(Math.max(0, start - 8), start - 1);
  const follower = describingFollower(text, end, lex);
  const suffix = lex.suffixes.endOf(name);
  const named =
    (suffix !== undefined && !lex.generic.has(name)) ||
    follower !== undefined ||
    endsWithAny(before, lex.leaders) ||
    // “随身移动”服务启动试运行: a service going live; “私人定制”服务 alone is a slogan
    affixAt(after.replace(LAUNCH_LEAD, ''), lex.launch) !== undefined ||
    affixAt(after, lex.usage) !== undefined;
  if (!named) return undefined;
  const aliases = follower ? [name + follower] : [];
  const body = suffix ? name.slice(0, -suffix.length) : name;
  return { start, end, text: name, name, aliases, body, suffix: suffix ?? '', claimEnd: end + 1 + (follower?.length ?? 0) };
}

interface UnquotedParts {
  start: number;
  end: number;
  body: string;
  suffix: string;
  place: RegionInfo | undefined;
  level: string | undefined;
}

/** Named as written; a level word becomes the place it stands for (市审批系统 → 温州市审批系统). */
function unquotedSystem(text: string, p: UnquotedParts, lex: SystemLexicon): SystemHit | undefined {
  const surface = text.slice(p.start, p.end);
  const bodySuffix = p.body + p.suffix;
  // a place plus a specific suffix is a name (青岛政务网); otherwise the body must say which system
  const placedName = p.place !== undefined && p.suffix.length >= 3;
  // a hotline is named by its number (12345热线); elsewhere a number is a count (3个平台 → 3)
  const digits = /^[\d０-９]+$/.test(p.body);
  if (digits ? !NUMBERED_SUFFIXES.has(p.suffix) : p.body.length < 2 && !placedName) return undefined;
  if (!p.place && (lex.generic.has(bodySuffix) || lex.generic.has(surface))) return undefined;
  // 28个省级信用网站, 回传省级平台: a counted rank, or a rank and nothing else, is a kind of system;
  // 负责省级政务云平台 names the province's one
  const rank = p.place ? null : RANKED.exec(surface);
  if (rank && (COUNTED.test(text.slice(Math.max(0, p.start - 4), p.start)) || p.body.length <= rank[0].length)) return undefined;
  if (!p.place && CATEGORY_SUFFIXES.has(p.suffix) && isCategory(p.body, lex)) return undefined;
  const name = p.level && p.place ? p.place.name + bodySuffix : surface;
  const aliases = name === surface ? [] : [surface];
  return { start: p.start, end: p.end, text: surface, name, aliases, body: p.body, suffix: p.suffix, region: p.place };
}

/**
 * 浏阳市政府门户网站: a portal written right after its organ is that organ's portal, named by
 * the organ's canonical name (the written form stays an alias).
 */
function ownSite(text: string, owner: ClaimedName, body: string, suffix: string, end: number, lex: SystemLexicon): SystemHit | undefined {
  if (!SITE_SUFFIXES.has(suffix) || !lex.generic.has(body + suffix)) return undefined;
  const surface = text.slice(owner.start, end);
  const name = owner.name + body + suffix;
  return { start: owner.start, end, text: surface, name, aliases: name === surface ? [] : [surface], body: owner.name + body, suffix };
}

const SITE_SUFFIXES = new Set(['门户网站', '门户']);
const CATEGORY_SUFFIXES = new Set(['平台', '系统', '中心']);
const NUMBERED_SUFFIXES = new Set(['热线', '公开电话']);
const RANKED = /^(?:国家级|省级|市级|县级|区级|乡级|村级|部级)/;
const COUNTED = /(?:[\d０-９]+[个家套]|各|多个|所有|全部|等)$/;

/** A technology dressed in generic words (公共云计算服务, 大数据处理) names a kind of system, not one. */
function isCategory(body: string, lex: SystemLexicon): boolean {
  const core = body.replace(lex.genericModifiers, '');
  return core === '' || isTechnologyTerm(core);
}

const ORGAN_WORDS = ['法院', '检察院', '政府', '公安', '交警', '交管'];

export interface SystemGroup {
  name: string;
  hits: SystemHit[];
  aliases: Set<string>;
}

/**
 * One group per system: same name, an abbreviation of a fuller name in the article (信访系统 →
 * 信访管理系统), or the tail of one (审批系统 → 网上审批系统).
 */
export function groupSystems(hits: readonly SystemHit[]): SystemGroup[] {
  const fuller = new Map<SystemHit, SystemHit>();
  for (const h of hits) {
    const f = h.suffix === '' ? undefined : hits.find((g) => g !== h && (abbreviates(h, g) || tailOf(h, g) || placedForm(h, g)));
    if (f) fuller.set(h, f);
  }
  const root = (h: SystemHit): SystemHit => {
    // each step lengthens the body, so the chain ends
    let r = h;
    for (let next = fuller.get(r); next; next = fuller.get(r)) r = next;
    return r;
  };
  const groups = new Map<string, SystemGroup>();
  for (const h of hits) {
    const name = root(h).name;
    const g = groups.get(name) ?? { name, hits: [], aliases: new Set<string>() };
    g.hits.push(h);
    for (const a of [h.name, ...h.aliases]) if (a !== name) g.aliases.add(a);
    groups.set(name, g);
  }
  return [...groups.values()];
}

/** 政务云平台 is 深圳市政务云平台 written without its place. */
function placedForm(short: SystemHit, long: SystemHit): boolean {
  return long.region !== undefined && short.region === undefined && long.name.length > short.name.length && long.name.endsWith(short.name);
}

function tailOf(short: SystemHit, long: SystemHit): boolean {
  return short.suffix === long.suffix && short.body.length >= 2 && long.body.length > short.body.length && long.body.endsWith(short.body);
}
