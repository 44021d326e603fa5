import type { EntityType } from '@/extract/extraction.types';
import { isObject, isStringArray, loadLexicon } from '@/extract/lexicon/lexicon.loader';

/** seeds/lexicons/relations.json: the words that state a relation (its `_doc` says what each list is for). */
export interface RelationLexicon {
  operateVerbs: string[];
  passiveMarkers: string[];
  useVerbs: string[];
  connectWords: string[];
  partnerWords: string[];
  issueVerbs: string[];
  contractVerbs: string[];
  linkWords: string[];
  viaWords: string[];
  anaphora: AnaphoraLexicon;
}

export interface AnaphoraLexicon {
  demonstratives: string[];
  /** demonstrative → characters that, right before it, make it part of another word (应该, 因此). */
  notAfter: Record<string, string>;
  /** head word → characters that, right after it, make it part of another word (该办法, 该市场). */
  notBefore: Record<string, string>;
  /** kind → head word → the name endings it stands for (该办 → …办, …办公室). */
  heads: Partial<Record<EntityType, Record<string, string[]>>>;
}

const LISTS = ['operateVerbs', 'passiveMarkers', 'useVerbs', 'connectWords', 'partnerWords', 'issueVerbs', 'contractVerbs', 'linkWords', 'viaWords'] as const;

function isStringRecord(v: unknown): v is Record<string, string> {
  return isObject(v) && Object.values(v).every((s) => typeof s === 'string');
}

function isAnaphora(v: unknown): v is AnaphoraLexicon {
  if (!isObject(v) || !isStringArray(v['demonstratives']) || !isStringRecord(v['notAfter']) || !isStringRecord(v['notBefore']) || !isObject(v['heads'])) return false;
  return Object.values(v['heads']).every((kind) => isObject(kind) && Object.values(kind).every(isStringArray));
}

function isRelationLexicon(raw: unknown): raw is RelationLexicon {
  return isObject(raw) && LISTS.every((k) => isStringArray(raw[k])) && isAnaphora(raw['anaphora']);
}

export function relationLexicon(): RelationLexicon {
  return loadLexicon('relations', isRelationLexicon);
}
