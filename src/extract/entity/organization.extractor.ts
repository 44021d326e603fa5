import { isObject, isStringArray, loadLexicon } from '@/extract/lexicon/lexicon.loader';
import type { SegmentedText } from '@/extract/text/article.text';
import { PhraseMatcher } from '@/extract/text/phrase.matcher';
import { scanLeft, type NamedSpan } from '@/extract/text/name.scanner';
import { registerUserWords } from '@/extract/text/word.segmenter';
import { SuffixIndex } from '@/extract/text/suffix.index';
import { getGazetteer } from '@/extract/region/region.gazetteer';
import type { RegionMention } from '@/extract/region/region.extractor';
import { placeForLevel, type HomeRegions } from '@/extract/region/home.region';
import { FlagBuffer } from '@/extract/text/flag.buffer';

const TAKEN = new FlagBuffer();

interface OrgFile {
  known: { name: string; aliases: string[] }[];
  suffixes: string[];
  democraticParties: string[];
  subunitSuffixes: string[];
  genericNames: string[];
}

function isOrgFile(raw: unknown): raw is OrgFile {
  return (
    isObject(raw) &&
    Array.isArray(raw['known']) &&
    raw['known'].every((k) => isObject(k) && typeof k['name'] === 'string' && isStringArray(k['aliases'])) &&
    ['suffixes', 'democraticParties', 'subunitSuffixes', 'genericNames'].every((k) => isStringArray(raw[k]))
  );
}

interface OrgLexicon {
  known: PhraseMatcher<string>;
  suffixes: SuffixIndex;
  parties: RegExp;
  partyNames: string[];
  subunits: ReadonlySet<string>;
  generic: ReadonlySet<string>;
  names: string[];
}

let lexicon: OrgLexicon | undefined;

function getLexicon(): OrgLexicon {
  if (lexicon) return lexicon;
  const f = loadLexicon('organizations', isOrgFile);
  const entries: [string, string[]][] = f.known.flatMap((k) => [k.name, ...k.aliases].map((s) => [s, [k.name]] as [string, string[]]));
  lexicon = {
    known: new PhraseMatcher(entries),
    suffixes: new SuffixIndex(f.suffixes),
    // a party, then a place or level word, then its committee: 民革市委会, 民建杭州市委员会
    parties: new RegExp(`(${f.democraticParties.join('|')})([\\u4e00-\\u9fff]{0,8}?)(委员会|委会|支部|总支)`, 'g'),
    partyNames: f.democraticParties,
    subunits: new Set(f.subunitSuffixes),
    generic: new Set(f.genericNames),
    names: entries.map(([s]) => s),
  };
  return lexicon;
}

registerUserWords(() => getLexicon().names);

export interface OrgHit {
  start: number;
  end: number;
  text: string;
  name: string;
  aliases: string[];
  /** A unit written right after its organisation (…电信研究院标准研究所): part of a role, not an entity. */
  unitOf?: OrgHit;
}

/**
 * Organisations: known short names (工行, 腾讯), names ending in an organisation suffix (…集团,
 * …有限公司, …大学, …研究院), scanned leftwards through places (数字广东网络建设有限公司) and after
 * an organ (工业和信息化部电信研究院), and democratic parties' local committees (民革市委会 →
 * 民革杭州市委会).
 */
export function findOrganizations(
  seg: SegmentedText,
  regions: readonly RegionMention[],
  home: HomeRegions,
  organs: readonly NamedSpan[],
): OrgHit[] {
  const lex = getLexicon();
  const hits: OrgHit[] = [];
  const taken = TAKEN.take(seg.text.length + 1);
  // organs and organisations a following name may attach to (…部电信研究院, 中国电信贵州分公司)
  const owners = new Map<number, NamedSpan>(organs.map((o) => [o.end, o]));
  const claim = (h: OrgHit) => {
    hits.push(h);
    taken.fill(1, h.start, h.end);
    owners.set(h.end, h);
  };
  for (const h of partyCommittees(seg.text, home, lex)) claim(h);
  for (const m of lex.known.scan(seg, true)) {
    if (!taken[m.start]) claim({ start: m.start, end: m.end, text: m.text, name: m.values[0]!, aliases: [] });
  }
  const regionEndingAt = new Map(regions.map((r) => [r.end, r]));
  const gaz = getGazetteer();
  const organEnds = new Set(organs.map((o) => o.end));
  for (const tokEnd of seg.wordEnd) {
    if (taken[tokEnd - 1]) continue;
    const suffix = lex.suffixes.longestInWordsEndingAt(seg, tokEnd);
    if (!suffix || suffix === '委会') continue;
    // 学院街道, 大学路: a street or road named after an institution, not the institution
    if (gaz.endsLocalName(seg.text, tokEnd)) continue;
    const suffixStart = tokEnd - suffix.length;
    const scan = scanLeft(seg, suffixStart, { regionEndingAt, ownerEndingAt: owners, throughRegions: true, maxBody: 16, noConjunction: true, verbBeforeSuffix: true });
    const body = seg.text.slice(scan.bodyStart, suffixStart);
    const ownerOrg = scan.owner ? hitEndingAt(hits, scan.owner.end) : undefined;
    const unitOf = ownerOrg && lex.subunits.has(suffix) ? ownerOrg : undefined;
    // a branch, subsidiary or institute keeps its organisation's name (中国电信贵州分公司,
    // 中国移动通信集团广东有限公司, 腾讯研究院); an organ before a name is part of it
    // only for institutes under it (工业和信息化部电信研究院)
    const branch = ownerOrg && !unitOf ? ownerOrg : undefined;
    const start = scan.owner && !unitOf && !branch && !organEnds.has(scan.owner.end) ? scan.bodyStart : scan.start;
    const text = seg.text.slice(start, tokEnd);
    if (taken[start] && !unitOf && !branch) continue;
    if (body.length < 2 && !(scan.region && /^(警备区|军分区|军区)$/.test(suffix)) && !scan.owner) continue;
    if (!branch && (lex.generic.has(text) || lex.generic.has(body + suffix))) continue;
    // 县级医院, 三级医院: a grade of organisation, not one
    if (/^[\d０-９]/.test(body) || (!scan.owner && /级$/.test(body))) continue;
    const name = branch ? branch.name + seg.text.slice(branch.end, tokEnd) : text;
    claim({ start, end: tokEnd, text, name, aliases: name === text ? [] : [text], unitOf });
  }
  // 中国电信 inside 中国电信贵州分公司 is the branch's name, not a second mention
  const outer = hits.filter((h) => !hits.some((o) => o !== h && o.start <= h.start && h.end <= o.end && o.end - o.start > h.end - h.start));
  return outer.sort((a, b) => a.start - b.start);
}

/** A loop, not find() with an arrow: a closure over the word loop's variables costs a context per word. */
function hitEndingAt(hits: readonly OrgHit[], end: number): OrgHit | undefined {
  for (const h of hits) if (h.end === end) return h;
  return undefined;
}

function partyCommittees(text: string, home: HomeRegions, lex: OrgLexicon): OrgHit[] {
  const out: OrgHit[] = [];
  if (!lex.partyNames.some((p) => text.includes(p))) return out;
  for (const m of text.matchAll(lex.parties)) {
    const [surface, party, middle, committee] = m as unknown as [string, string, string, string];
    const place = middle === '' ? undefined : (placeForLevel(middle.replace(/委$/, '') || undefined, home) ?? getGazetteer().lookup(middle.replace(/委$/, ''))[0]);
    if (middle !== '' && !place) continue;
    const unit = committee === '委员会' || committee === '委会' ? '委会' : committee;
    const name = `${party}${place?.name ?? ''}${unit}`;
    out.push({ start: m.index!, end: m.index! + surface.length, text: surface, name, aliases: name === surface ? [] : [surface] });
  }
  return out;
}
