import { isObject, isStringArray, loadLexicon } from '@/extract/lexicon/lexicon.loader';
import { SuffixIndex } from '@/extract/text/suffix.index';
import { UnitSet } from '@/extract/text/unit.set';

interface PersonFile {
  titles: string[];
  speechVerbs: string[];
  surnames: string[];
  governmentHeads: Record<string, string>;
  roleNouns: string[];
  postTitles: string[];
  notNameEndings: string[];
}

function isPersonFile(raw: unknown): raw is PersonFile {
  return (
    isObject(raw) &&
    isStringArray(raw['titles']) &&
    isStringArray(raw['speechVerbs']) &&
    isStringArray(raw['surnames']) &&
    isObject(raw['governmentHeads']) &&
    isStringArray(raw['roleNouns']) &&
    isStringArray(raw['postTitles']) &&
    isStringArray(raw['notNameEndings'])
  );
}

export interface PersonLexicon {
  titles: SuffixIndex;
  speechVerbs: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
  /** First UTF-16 unit of every surname, for a cheap first test. */
  surnameStarts: UnitSet;
  /** 市长 → 市: the level of people's government the title heads. */
  governmentHeads: ReadonlyMap<string, string>;
  /** Everyday roles before a name (村民刘桂英). */
  roleNouns: SuffixIndex;
  /** Titles after a name (周志强教授). */
  postTitles: ReadonlySet<string>;
  /** Endings of withheld names (王先生, 张某). */
  notNameEndings: readonly string[];
}

let lexicon: PersonLexicon | undefined;

export function getPersonLexicon(): PersonLexicon {
  if (lexicon) return lexicon;
  const file = loadLexicon('person-rules', isPersonFile);
  lexicon = {
    titles: new SuffixIndex([...file.titles, ...Object.keys(file.governmentHeads)]),
    speechVerbs: new Set(file.speechVerbs),
    surnames: new Set(file.surnames),
    surnameStarts: new UnitSet(file.surnames.map((n) => n.charCodeAt(0))),
    governmentHeads: new Map(Object.entries(file.governmentHeads)),
    roleNouns: new SuffixIndex(file.roleNouns),
    postTitles: new Set(file.postTitles),
    notNameEndings: file.notNameEndings,
  };
  return lexicon;
}

/** The title a word ends with (市委书记 → 书记), if any. */
export function trailingTitle(word: string): string | undefined {
  return getPersonLexicon().titles.endOf(word);
}
