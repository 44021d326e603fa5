import { isObject, isStringArray, loadLexicon } from '@/extract/lexicon/lexicon.loader';
import { unitPair } from '@/extract/text/unit.set';

interface BoundaryFile {
  functionWords: string[];
  governingVerbs: string[];
  nominalVerbs: string[];
}

function isBoundaryFile(raw: unknown): raw is BoundaryFile {
  return (
    isObject(raw) &&
    isStringArray(raw['functionWords']) &&
    isStringArray(raw['governingVerbs']) &&
    isStringArray(raw['nominalVerbs'])
  );
}

export type StopKind = 'hard' | 'nominal';

let kinds: Map<string, StopKind> | undefined;
let functionWords: Set<string> | undefined;
/** The two units of each two-character hard word, as one number: a longer word's tail is tested without cutting it out. */
let hardPairs: Set<number> | undefined;

function load(): Map<string, StopKind> {
  const file = loadLexicon('name-boundaries', isBoundaryFile);
  kinds = new Map();
  for (const w of file.nominalVerbs) kinds.set(w, 'nominal');
  for (const w of [...file.functionWords, ...file.governingVerbs]) kinds.set(w, 'hard');
  functionWords = new Set(file.functionWords);
  hardPairs = new Set();
  for (const [w, kind] of kinds) if (kind === 'hard' && w.length === 2) hardPairs.add(unitPair(w.charCodeAt(0), w.charCodeAt(1)));
  return kinds;
}

/**
 * Whether a word ends a leftward name scan (seeds/lexicons/name-boundaries.json): `hard` always,
 * `nominal` unless it stands right before the name's suffix (数据开放平台 keeps 开放).
 */
export function stopKind(word: string): StopKind | undefined {
  const table = kinds ?? load();
  const kind = table.get(word);
  if (kind || word.length <= 2) return kind;
  // jieba's adverb + verb words (逐步形成, 充分利用) govern like the verb they end with
  const n = word.length;
  return hardPairs!.has(unitPair(word.charCodeAt(n - 2), word.charCodeAt(n - 1))) ? 'hard' : undefined;
}

/** A function word of the lexicon (以上, 通过, 向): it stops a scan and never qualifies a name. */
export function isFunctionWord(word: string): boolean {
  if (!functionWords) load();
  return functionWords!.has(word);
}

// 数 counts only before a magnitude (数十, 数百): alone it is 数据's 数 (省政数局)
const NUMERAL = /^(?:[零一二两三四五六七八九十百千万亿几多余]|数(?=[十百千万]))+[个项类种大级家条批套]?$/;

/** Counted or ranked words (两大, 五级, 三个) end a name scan: 两大交互平台 is no system's name. */
export function isNumeral(word: string): boolean {
  return NUMERAL.test(word);
}

/**
 * Characters that may appear inside a name: CJK, Latin letters and digits (12345热线, 5G), full-width
 * too, and the middle dot of transcribed names. A loop over units rather than a regex: every step of
 * every name scan asks this of a one- or two-character word.
 */
export function isNameText(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) if (!isNameUnit(word.charCodeAt(i))) return false;
  return true;
}

function isNameUnit(u: number): boolean {
  return (
    (u >= 0x3400 && u <= 0x9fff) ||
    (u >= 0x61 && u <= 0x7a) || // a-z
    (u >= 0x41 && u <= 0x5a) || // A-Z
    (u >= 0x30 && u <= 0x39) || // 0-9
    (u >= 0xff21 && u <= 0xff3a) || // Ａ-Ｚ
    (u >= 0xff41 && u <= 0xff5a) || // ａ-ｚ
    (u >= 0xff10 && u <= 0xff19) || // ０-９
    u === 0xb7 // ·
  );
}
