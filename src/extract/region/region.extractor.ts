import type { SegmentedText } from '@/extract/text/article.text';
import { PhraseMatcher, type PhraseMatch } from '@/extract/text/phrase.matcher';
import { registerUserWords } from '@/extract/text/word.segmenter';
import { getGazetteer, type Gazetteer, type NameForm, type RegionInfo } from '@/extract/region/region.gazetteer';
import { findDevelopmentZones } from '@/extract/region/zone.finder';

export interface RegionMention {
  region: RegionInfo;
  start: number;
  end: number;
  text: string;
  form: NameForm['form'];
}

let matcher: PhraseMatcher<NameForm> | undefined;

function getMatcher(): PhraseMatcher<NameForm> {
  matcher ??= new PhraseMatcher(getGazetteer().forms());
  return matcher;
}

registerUserWords(function* () {
  for (const [name, forms] of getGazetteer().forms()) if (forms.some((f) => f.form === 'full' && !f.risky)) yield name;
});

const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000']);

/** Key identifying a region inside an article: its code, or `zone:<name>` for curated zones. */
export function regionKey(r: RegionInfo): string {
  return r.code ?? `zone:${r.name}`;
}

/**
 * Region mentions of one text, resolved to divisions. `context` holds regions known to be about the
 * article from elsewhere (the title when reading the body, and vice versa) so a bare 南海 or 鼓楼区
 * resolves with the help of 佛山 or 福州 mentioned there.
 */
export function findRegionMentions(seg: SegmentedText, context: readonly RegionMention[] = []): RegionMention[] {
  const gaz = getGazetteer();
  // 金华镇, 北京路: a town or a road named after a place, which is then not mentioned
  const candidates = pickSpans(seg, getMatcher().scan(seg, false)).filter(
    (c) => !(gaz.endsLocalName(seg.text, c.end) && c.values.every((f) => f.form === 'short')),
  );
  const known = new Map<string, RegionInfo>();
  for (const m of context) known.set(regionKey(m.region), m.region);
  // Pass 1: unambiguous, safe names set the scene; pass 2 resolves the rest against it.
  for (const c of candidates) {
    const only = c.values.length === 1 ? c.values[0]! : undefined;
    if (only && !only.risky) known.set(regionKey(only.region), only.region);
  }
  let previousEnd = -1;
  let previous: RegionInfo | undefined;
  const out: RegionMention[] = [];
  for (const c of candidates) {
    const only = c.values.length === 1 ? c.values[0]! : undefined;
    let form = only && !only.risky ? only : undefined;
    if (!form) {
      form = choose(c.values, known, previousEnd === c.start ? previous : undefined, gaz);
      if (form) known.set(regionKey(form.region), form.region);
    }
    if (!form) continue;
    const region = form.region;
    previousEnd = c.end;
    previous = region;
    if (region.collective) continue;
    out.push({ region, start: c.start, end: c.end, text: c.text, form: form.form });
  }
  const zones = out.length > 0 ? findDevelopmentZones(seg, out) : [];
  return zones.length === 0 ? out : [...out, ...zones].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Longest match first, no overlaps. A match may end inside a word only when it is an official full
 * name opening that word (重庆市 in the jieba word 重庆市公安局); short forms must be whole words.
 */
function pickSpans(seg: SegmentedText, matches: PhraseMatch<NameForm>[]): PhraseMatch<NameForm>[] {
  const ok = matches.filter((m) => {
    if (seg.endsAt[m.end]) return true;
    const sameWord = seg.wordAt[m.start] === seg.wordAt[m.end - 1];
    return sameWord && m.text.length >= 3 && m.values.some((f) => f.form === 'full' && !f.risky);
  });
  ok.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PhraseMatch<NameForm>[] = [];
  let until = 0;
  for (const m of ok) {
    if (m.start < until) continue;
    out.push(m);
    until = m.end;
  }
  return out;
}

const LEVEL_BONUS: Record<RegionInfo['level'], number> = { province: 15, prefecture: 10, zone: 8, county: 0 };

/**
 * Scores the readings of one name. Evidence, strongest first: an ancestor written right before it
 * (福州市鼓楼区), the region itself already named, an ancestor named anywhere, an official full name;
 * then level and prominence (a district of a municipality or provincial capital). Risky short forms
 * (南海, 西湖, 和平) need evidence; without it they are ordinary words.
 */
function choose(forms: readonly NameForm[], known: ReadonlyMap<string, RegionInfo>, adjacent: RegionInfo | undefined, gaz: Gazetteer): NameForm | undefined {
  let best: NameForm | undefined;
  let bestScore = -1;
  for (const f of forms) {
    const ancestors = gaz.ancestorsOf(f.region);
    const zoneParent = f.region.level === 'zone' && f.region.parentCode ? f.region.parentCode : undefined;
    const adjacentAncestor = adjacent !== undefined && ancestors.includes(adjacent);
    const self = known.has(regionKey(f.region));
    // a county's own prefecture named anywhere is good evidence; a bare province is weak for counties
    const near = f.region.level === 'county' ? 1 : 2;
    let ancestorKnown = zoneParent !== undefined && known.has(zoneParent);
    let nearAncestorKnown = false;
    for (let i = 0; i < ancestors.length; i++) {
      if (!known.has(regionKey(ancestors[i]!))) continue;
      ancestorKnown = true;
      if (i < near) nearAncestorKnown = true;
    }
    if (f.risky && !adjacentAncestor && !self && !nearAncestorKnown) continue;
    let score = 0;
    if (adjacentAncestor) score += 100;
    if (self) score += 60;
    if (ancestorKnown) score += 50;
    if (f.form === 'full') score += 30;
    if (f.form === 'short') score += LEVEL_BONUS[f.region.level];
    if (isProminent(f.region)) score += 3;
    if (score > bestScore) {
      best = f;
      bestScore = score;
    }
  }
  return best;
}

function isProminent(r: RegionInfo): boolean {
  if (!r.parentCode) return true;
  return MUNICIPALITIES.has(r.parentCode) || r.parentCode.endsWith('0100');
}
