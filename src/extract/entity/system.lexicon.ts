import { isObject, isStringArray, loadLexicon } from '@/extract/lexicon/lexicon.loader';
import { SuffixIndex } from '@/extract/text/suffix.index';
import { registerUserWords } from '@/extract/text/word.segmenter';

interface SystemFile {
  suffixes: string[];
  genericNames: string[];
  nonSystemWords: string[];
  quotedFollowers: string[];
  quotedLeaders: string[];
  launchVerbs: string[];
  nextWordBlock: string[];
  userWords: string[];
  genericModifiers: string[];
  quotedUsageWords: string[];
}

function isSystemFile(raw: unknown): raw is SystemFile {
  return (
    isObject(raw) &&
    ['suffixes', 'genericNames', 'nonSystemWords', 'quotedFollowers', 'quotedLeaders', 'launchVerbs', 'nextWordBlock', 'userWords', 'genericModifiers', 'quotedUsageWords'].every(
      (k) => isStringArray(raw[k]),
    )
  );
}

export interface SystemLexicon {
  suffixes: SuffixIndex;
  generic: ReadonlySet<string>;
  nonSystem: ReadonlySet<string>;
  followers: string[];
  leaders: string[];
  launch: string[];
  usage: string[];
  nextWordBlock: ReadonlySet<string>;
  genericModifiers: RegExp;
}

let lexicon: SystemLexicon | undefined;

/** seeds/lexicons/systems.json, read once (its _doc says what each list is for). */
export function getSystemLexicon(): SystemLexicon {
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
    usage: f.quotedUsageWords,
    nextWordBlock: new Set(f.nextWordBlock),
    genericModifiers: new RegExp(`^(${f.genericModifiers.join('|')})+|(${f.genericModifiers.join('|')})+$`, 'g'),
  };
  return lexicon;
}

registerUserWords(() => loadLexicon('systems', isSystemFile).userWords);
