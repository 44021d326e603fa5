import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

/** Frequency given to lexicon words so jieba keeps them whole (两江新区, 工信部) without swallowing neighbours. */
const USER_WORD_FREQ = 2000;

let jieba: Jieba | undefined;
const userWordSources: (() => Iterable<string>)[] = [];

/**
 * Lexicons register their multi-character terms so jieba keeps them whole. The default dictionary
 * loads once (≈150 ms), lazily; sources registered before that are merged in one call.
 */
export function registerUserWords(source: () => Iterable<string>): void {
  userWordSources.push(source);
  if (jieba) loadUserWords(jieba, [source]);
}

function loadUserWords(instance: Jieba, sources: (() => Iterable<string>)[]): void {
  const words = new Set<string>();
  for (const source of sources) for (const w of source()) if (w.length >= 3 && !/\s/.test(w)) words.add(w);
  if (words.size > 0) instance.loadDict(Buffer.from([...words].map((w) => `${w} ${USER_WORD_FREQ} n`).join('\n')));
}

function getJieba(): Jieba {
  if (jieba) return jieba;
  const instance = Jieba.withDict(dict);
  loadUserWords(instance, userWordSources);
  jieba = instance;
  return instance;
}

/**
 * jieba's dictionary segmentation, without the HMM: the HMM glues unknown stretches into false words
 * (局和市, 市审) that hide name boundaries, while unknown person names come out as single
 * characters that the person rules join (曹/淑/敏). Tokens concatenate to the input.
 */
export function cutWords(text: string): string[] {
  return getJieba().cut(text, false);
}

/**
 * Part-of-speech tags of a short span, with the HMM (it tags unknown transliterated names as x or nr).
 * Costly next to cutWords: only for the few spans a rule needs to vet.
 */
export function tagWords(text: string): { word: string; tag: string }[] {
  return getJieba().tag(text, true);
}
