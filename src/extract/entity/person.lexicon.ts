import { isObject, isStringArray, loadLexicon } from '@/extract/lexicon/lexicon.loader';
import { SuffixIndex } from '@/extract/text/suffix.index';

interface PersonFile {
  titles: string[];
  speechVerbs: string[];
  surnames: string[];
  governmentHeads: Record<string, string>;
}

function isPersonFile(raw: unknown): raw is PersonFile {
  return (
    isObject(raw) &&
    isStringArray(raw['titles']) &&
    isStringArray(raw['speechVerbs']) &&
    isStringArray(raw['surnames']) &&
    isObject(raw['governmentHeads'])
  );
}

export interface PersonLexicon {
  titles: SuffixIndex;
  speechVerbs: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
  /** First UTF-16 unit of every surname, for a cheap first test. */
  surnameStarts: ReadonlySet<number>;
  /** 市长 → 市: the level of people's government the title heads. */
  governmentHeads: ReadonlyMap<string, string>;
}

let lexicon: PersonLexicon | undefined;

export function getPersonLexicon(): PersonLexicon {
  if (lexicon) return lexicon;
  const file = loadLexicon('person-rules', isPersonFile);
  lexicon = {
    titles: new SuffixIndex([...file.titles, ...Object.keys(file.governmentHeads)]),
    speechVerbs: new Set(file.speechVerbs),
    surnames: new Set(file.surnames),
    surnameStarts: new Set(file.surnames.map((n) => n.charCodeAt(0))),
    governmentHeads: new Map(Object.entries(file.governmentHeads)),
  };
  return lexicon;
}

/** The title a word ends with (市委书记 → 书记), if any. */
export function trailingTitle(word: string): string | undefined {
  return getPersonLexicon().titles.endOf(word);
}
