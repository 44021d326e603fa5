import { isObject, isStringArray, loadLexicon } from '@/extract/lexicon/lexicon.loader';
import type { SegmentedText } from '@/extract/text/article.text';
import { isNameText } from '@/extract/text/name.boundaries';
import { scanLeft, type NamedSpan } from '@/extract/text/name.scanner';
import type { RegionInfo } from '@/extract/region/region.gazetteer';
import type { RegionMention } from '@/extract/region/region.extractor';
import { placeForLevel, type HomeRegions } from '@/extract/region/home.region';
import { abbreviates } from '@/extract/agency/agency.merge';
import { getAgencyLexicon } from '@/extract/agency/agency.lexicon';
import { SuffixIndex } from '@/extract/text/suffix.index';

interface SystemFile {
  suffixes: string[];
  genericNames: string[];
  nonSystemWords: string[];
  quotedFollowers: string[];
  quotedLeaders: string[];
  launchVerbs: string[];
}

function isSystemFile(raw: unknown): raw is SystemFile {
  return (
    isObject(raw) &&
    ['suffixes', 'genericNames', 'nonSystemWords', 'quotedFollowers', 'quotedLeaders', 'launchVerbs'].every((k) => isStringArray(raw[k]))
  );
}

interface SystemLexicon {
  suffixes: SuffixIndex;
  generic: ReadonlySet<string>;
  nonSystem: ReadonlySet<string>;
  followers: string[];
  leaders: string[];
  launch: string[];
}

let lexicon: SystemLexicon | undefined;

function getLexicon(): SystemLexicon {
  if (lexicon) return lexicon;
  const f = loadLexicon('systems', isSystemFile);
  const longestFirst = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length);
  lexicon = {
    suffixes: new SuffixIndex(f.suffixes),
    generic: new Set(f.genericNames),
    nonSystem: new Set(f.nonSystemWords),
    followers: longestFirst(f.quotedFollowers),
    leaders: longestFirst(f.quotedLeaders),
    launch: longestFirst(f.launchVerbs),
  };
  return lexicon;
}

export interface SystemHit {
  start: number;
  end: number;
  text: string;
  name: string;
  aliases: string[];
  body: string;
  suffix: string;
  region?: RegionInfo;
}

/**
 * Named systems, platforms, portals, databases, apps and accounts. Two routes: a quoted name that
 * ends like a system or that a system word follows or precedes (“武汉交警”微信平台, 服务号“北京社保中心”,
 * “城市大脑”上线), and an unquoted name scanned leftwards from a system suffix (网上申诉信访平台,
 * 青岛政务网, 电子证照库). Spans claimed by organs are left to them.
 */
export function findSystems(
  seg: SegmentedText,
  regions: readonly RegionMention[],
  home: HomeRegions,
  claimed: readonly NamedSpan[],
): SystemHit[] {
  const lex = getLexicon();
  const hits: SystemHit[] = [];
  const taken = new Uint8Array(seg.text.length + 1);
  for (const c of claimed) taken.fill(1, c.start, c.end);
  for (const q of seg.quotes) {
    const hit = quotedSystem(seg.text, q.start, q.end, lex);
    if (hit && !taken[hit.start]) {
      hits.push(hit);
      taken.fill(1, hit.start, hit.end);
    }
  }
  const regionEndingAt = new Map(regions.map((r) => [r.end, r]));
  const ownerEndingAt = new Map(claimed.map((c) => [c.end, c]));
  const levelPrefixes = getAgencyLexicon().levelPrefixes;
  for (const tok of seg.tokens) {
    if (taken[tok.end - 1] || lex.nonSystem.has(tok.text)) continue;
    const suffix = lex.suffixes.longestInWordsEndingAt(seg, tok.end);
    if (!suffix) continue;
    const suffixStart = tok.end - suffix.length;
    const scan = scanLeft(seg, suffixStart, { regionEndingAt, ownerEndingAt, levelPrefixes, maxBody: 12, noConjunction: true });
    const start = scan.owner && !scan.region ? scan.bodyStart : scan.start;
    if (taken[start]) continue;
    const body = seg.text.slice(scan.bodyStart, suffixStart);
    const place = scan.region?.region ?? placeForLevel(scan.level, home);
    const hit = unquotedSystem(seg.text, { start, end: tok.end, body, suffix, place, level: scan.level }, lex);
    if (!hit) continue;
    hits.push(hit);
    taken.fill(1, hit.start, hit.end);
  }
  return hits.sort((a, b) => a.start - b.start);
}

function quotedSystem(text: string, start: number, end: number, lex: SystemLexicon): SystemHit | undefined {
  const name = text.slice(start, end);
  if (name.length < 2 || name.length > 20 || !isNameText(name)) return undefined;
  const after = text.slice(end + 1, end + 12);
  const before = text.slice(Math.max(0, start - 8), start - 1);
  const follower = lex.followers.find((f) => after.startsWith(f));
  const suffix = lex.suffixes.endOf(name);
  const named =
    (suffix !== undefined && !lex.generic.has(name)) ||
    follower !== undefined ||
    lex.leaders.some((l) => before.endsWith(l)) ||
    lex.launch.some((v) => after.replace(/^(已|正式|今起|将|于|已经)/, '').startsWith(v));
  if (!named) return undefined;
  const aliases = follower ? [name + follower] : [];
  return { start, end, text: name, name, aliases, body: suffix ? name.slice(0, -suffix.length) : name, suffix: suffix ?? '' };
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
  if (p.body.length < 2 || lex.generic.has(bodySuffix) || lex.generic.has(surface) || /^[\d０-９]+$/.test(p.body)) return undefined;
  const name = p.level && p.place ? p.place.name + bodySuffix : surface;
  const aliases = name === surface ? [] : [surface];
  return { start: p.start, end: p.end, text: surface, name, aliases, body: p.body, suffix: p.suffix, region: p.place };
}

export interface SystemGroup {
  name: string;
  hits: SystemHit[];
  aliases: Set<string>;
}

/** One group per system: same name, or an abbreviation of a fuller name in the article (信访系统 → 信访管理系统). */
export function groupSystems(hits: readonly SystemHit[]): SystemGroup[] {
  const byLength = [...hits].sort((a, b) => b.name.length - a.name.length);
  const groups = new Map<string, SystemGroup>();
  for (const h of hits) {
    const fuller = byLength.find((g) => g.name.length > h.name.length && h.suffix !== '' && abbreviates(h, g));
    const name = fuller ? fuller.name : h.name;
    const g = groups.get(name) ?? { name, hits: [], aliases: new Set<string>() };
    g.hits.push(h);
    for (const a of [h.name, ...h.aliases]) if (a !== name) g.aliases.add(a);
    groups.set(name, g);
  }
  return [...groups.values()];
}
