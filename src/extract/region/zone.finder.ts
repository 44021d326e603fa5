import type { SegmentedText } from '@/extract/text/article.text';
import { isNameText, stopKind } from '@/extract/text/name.boundaries';
import { isObject, loadLexicon } from '@/extract/lexicon/lexicon.loader';
import { UnitSet } from '@/extract/text/unit.set';
import { getGazetteer, type RegionInfo } from '@/extract/region/region.gazetteer';
import type { RegionMention } from '@/extract/region/region.extractor';

interface ZoneKind {
  name: string;
  short: string | null;
}

function hasZoneKinds(raw: unknown): raw is { developmentZoneKinds: ZoneKind[] } {
  return (
    isObject(raw) &&
    Array.isArray(raw['developmentZoneKinds']) &&
    raw['developmentZoneKinds'].every((k) => isObject(k) && typeof k['name'] === 'string' && (k['short'] === null || typeof k['short'] === 'string'))
  );
}

let kinds: readonly ZoneKind[] | undefined;
let kindStarts: UnitSet | undefined;

/** Longest first, so 高新技术产业开发区 wins over 开发区-like shorter kinds ending the same text. */
function zoneKinds(): readonly ZoneKind[] {
  kinds ??= [...loadLexicon('zones', hasZoneKinds).developmentZoneKinds].sort((a, b) => b.name.length - a.name.length);
  return kinds;
}

/** First units of the kinds: after most places none is near, and the zone test ends there. */
function zoneKindStarts(): UnitSet {
  if (!kindStarts) {
    kindStarts = new UnitSet();
    for (const k of zoneKinds()) kindStarts.add(k.name.charCodeAt(0));
  }
  return kindStarts;
}

/** Words of a zone's own name between its place and its kind (松山湖): at most this many characters. */
const MAX_CORE = 4;

/**
 * Development zones by structure (seeds/lexicons/zones.json, developmentZoneKinds): a place, up to
 * four characters of name and a zone kind (东莞松山湖高新技术产业开发区, 沈阳经济技术开发区) make a
 * zone of that place, named as written. Later mentions may drop the place or shorten the kind
 * (松山湖高新区, 沈阳经开区). The place written inside stays a mention of its own, as in organ names.
 */
export function findDevelopmentZones(seg: SegmentedText, places: readonly RegionMention[]): RegionMention[] {
  const { text } = seg;
  const written: { place: RegionMention; end: number; name: string; forms: string[] }[] = [];
  const coded: RegionMention[] = [];
  for (const place of places) {
    if (place.region.level === 'zone' || !place.region.code) continue;
    const zone = zoneAfter(seg, place);
    if (!zone) continue;
    const name = text.slice(place.start, zone.end);
    // zones the division dataset codes (合肥高新技术产业开发区 340171), however written (合肥高新区)
    const division = codedZone(place, zone.core, zone.kind);
    if (division) {
      coded.push({ region: division, start: place.start, end: zone.end, text: name, form: division.name === name ? 'full' : 'short' });
      continue;
    }
    const forms = [name];
    if (zone.kind.short) {
      forms.push(place.text + zone.core + zone.kind.short);
      if (zone.core.length >= 2) forms.push(zone.core + zone.kind.short);
    }
    if (zone.core.length >= 2) forms.push(zone.core + zone.kind.name);
    written.push({ place, end: zone.end, name, forms });
  }
  // one zone per name; a shortened kind (沈阳经开区) is a form of the full one written elsewhere
  const found: RegionInfo[] = [];
  const out: RegionMention[] = coded;
  for (const w of written) {
    const fuller = written.find((o) => o !== w && o.name.length > w.name.length && o.forms.includes(w.name)) ?? w;
    let zone = found.find((f) => f.name === fuller.name);
    if (!zone) {
      zone = { name: fuller.name, level: 'zone', parentCode: fuller.place.region.code!, shortNames: fuller.forms.slice(1) };
      found.push(zone);
    }
    out.push({ region: zone, start: w.place.start, end: w.end, text: w.name, form: w === fuller ? 'full' : 'short' });
  }
  // the other forms, wherever they are written on their own
  for (const region of found) {
    for (const form of region.shortNames) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
        if (seg.startsAt[at] !== 1 || out.some((m) => m.start <= at && at < m.end)) continue;
        out.push({ region, start: at, end: at + form.length, text: form, form: 'short' });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The coded division a zone written as place + core + kind names, under the kind's full spelling too. */
function codedZone(place: RegionMention, core: string, kind: ZoneKind): RegionInfo | undefined {
  const gaz = getGazetteer();
  const spellings = [kind, ...zoneKinds().filter((k) => k.short === kind.name)];
  for (const k of spellings) {
    for (const p of [place.text, place.region.name]) {
      const division = gaz.lookup(p + core + k.name).find((r) => r.code !== undefined && r.parentCode === place.region.code);
      if (division) return division;
    }
  }
  return undefined;
}

function zoneAfter(seg: SegmentedText, place: RegionMention): { end: number; core: string; kind: ZoneKind } | undefined {
  const { text } = seg;
  const starts = zoneKindStarts();
  let near = false;
  for (let i = place.end; i <= place.end + MAX_CORE && i < text.length && !near; i++) near = starts.has(text.charCodeAt(i));
  if (!near) return undefined;
  for (let coreEnd = place.end; coreEnd <= place.end + MAX_CORE && coreEnd < text.length; coreEnd++) {
    // the name is whole words of name text, and no verb (沈阳市建设高新区 builds a zone, names none)
    if (seg.startsAt[coreEnd] !== 1) continue;
    const core = text.slice(place.end, coreEnd);
    if (core !== '' && (!isNameText(core) || !wordsAreName(seg, place.end, coreEnd))) return undefined;
    for (const kind of zoneKinds()) if (text.startsWith(kind.name, coreEnd)) return { end: coreEnd + kind.name.length, core, kind };
  }
  return undefined;
}

function wordsAreName(seg: SegmentedText, start: number, end: number): boolean {
  for (let k = seg.wordAt[start]!; k < seg.wordStart.length && seg.wordStart[k]! < end; k++) if (stopKind(seg.words[k]!)) return false;
  return true;
}
