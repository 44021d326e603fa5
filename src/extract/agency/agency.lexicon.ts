import { isObject, isStringArray, loadLexicon } from '@/extract/lexicon/lexicon.loader';
import { PhraseMatcher } from '@/extract/text/phrase.matcher';
import { SuffixIndex } from '@/extract/text/suffix.index';
import { registerUserWords } from '@/extract/text/word.segmenter';

interface RulesFile {
  suffixes: string[];
  standaloneSuffixes: string[];
  subunitSuffixes: string[];
  nonAgencyWords: string[];
  ideaNames: string[];
  systemBodies: string[];
  organBodies: string[];
  levelPrefixes: string[];
  partyCommittee: string;
  generalOffices: { of: string[]; units: string[] };
}

interface AliasFile {
  national: { name: string; aliases: string[] }[];
  localAbbreviations: Record<string, string>;
  canonicalExpansions: string[];
}

function isRulesFile(raw: unknown): raw is RulesFile {
  return (
    isObject(raw) &&
    ['suffixes', 'standaloneSuffixes', 'subunitSuffixes', 'nonAgencyWords', 'ideaNames', 'systemBodies', 'organBodies', 'levelPrefixes'].every((k) =>
      isStringArray(raw[k]),
    ) &&
    typeof raw['partyCommittee'] === 'string' &&
    isObject(raw['generalOffices']) &&
    isStringArray(raw['generalOffices']['of']) &&
    isStringArray(raw['generalOffices']['units'])
  );
}

function isAliasFile(raw: unknown): raw is AliasFile {
  return (
    isObject(raw) &&
    Array.isArray(raw['national']) &&
    raw['national'].every((n) => isObject(n) && typeof n['name'] === 'string' && isStringArray(n['aliases'])) &&
    isObject(raw['localAbbreviations']) &&
    isStringArray(raw['canonicalExpansions'])
  );
}

export interface AgencyLexicon {
  suffixes: SuffixIndex;
  standalone: ReadonlySet<string>;
  subunit: ReadonlySet<string>;
  /** Suffixes of governments, and of their general offices, which absorb the government written in their name. */
  generalOfficeOf: ReadonlySet<string>;
  generalOffice: ReadonlySet<string>;
  /** Ordinary words ending like an organ (格局, 大厅, 干部), matched at the end of a word. */
  nonAgency: SuffixIndex;
  /** Ideas of government written like an organ (数字政府, 服务型政府): a name's whole body and suffix. */
  ideaNames: ReadonlySet<string>;
  systemBodies: string[];
  organBodies: ReadonlySet<string>;
  levelPrefixes: string[];
  partyCommittee: string;
  /** Surface (发改委, 国家发改委, 财政部) → canonical national organ. */
  national: ReadonlyMap<string, string>;
  nationalMatcher: PhraseMatcher<string>;
  localAbbreviations: ReadonlyMap<string, string>;
  canonicalExpansions: ReadonlySet<string>;
}

let lexicon: AgencyLexicon | undefined;

export function getAgencyLexicon(): AgencyLexicon {
  if (lexicon) return lexicon;
  const rules = loadLexicon('agency-rules', isRulesFile);
  const aliases = loadLexicon('agency-aliases', isAliasFile);
  const national = new Map<string, string>();
  for (const n of aliases.national) for (const s of [n.name, ...n.aliases]) national.set(s, n.name);
  lexicon = {
    suffixes: new SuffixIndex(rules.suffixes),
    standalone: new Set(rules.standaloneSuffixes),
    subunit: new Set(rules.subunitSuffixes),
    generalOfficeOf: new Set(rules.generalOffices.of),
    generalOffice: new Set(rules.generalOffices.units),
    nonAgency: new SuffixIndex(rules.nonAgencyWords),
    ideaNames: new Set(rules.ideaNames),
    systemBodies: rules.systemBodies,
    organBodies: new Set(rules.organBodies),
    levelPrefixes: [...rules.levelPrefixes].sort((a, b) => b.length - a.length),
    partyCommittee: rules.partyCommittee,
    national,
    nationalMatcher: new PhraseMatcher([...national].map(([s, name]) => [s, [name]] as [string, string[]])),
    localAbbreviations: new Map(Object.entries(aliases.localAbbreviations)),
    canonicalExpansions: new Set(aliases.canonicalExpansions),
  };
  return lexicon;
}

registerUserWords(function* () {
  const lex = getAgencyLexicon();
  yield* lex.national.keys();
  // 政府办 would split 政府办公厅 into 政府办/公厅
  for (const k of lex.localAbbreviations.keys()) if (!k.startsWith('政府')) yield k;
});
