import type { SegmentedText } from '@/extract/text/article.text';
import { isSpaceUnit } from '@/extract/text/sentence.splitter';
import { UnitSet } from '@/extract/text/unit.set';
import { stopKind } from '@/extract/text/name.boundaries';
import { tagWords } from '@/extract/text/word.segmenter';
import type { NamedSpan } from '@/extract/text/name.scanner';
import type { RegionMention } from '@/extract/region/region.extractor';
import { placeForLevel, type HomeRegions } from '@/extract/region/home.region';
import type { RegionInfo } from '@/extract/region/region.gazetteer';
import { getPersonLexicon, trailingTitle, type PersonLexicon } from '@/extract/entity/person.lexicon';

/** An organ or organisation a title can follow, with its canonical name. */
export interface Employer extends NamedSpan {
  type: 'Agency' | 'Organization';
  name: string;
}

export interface PersonHit {
  name: string;
  start: number;
  end: number;
  /** The role as written: employer + title (工业和信息化部电信研究院院长), or the title alone. */
  role?: string;
  employer?: Employer;
  /** 市长 and the like: the people's government of this place employs the person. */
  governmentOf?: RegionInfo;
}

/**
 * People by structure: [employer] title name (院长曹淑敏, 市审管办主任王延申), or a three-character
 * name opening a clause and followed by a speech verb (王延申表示). Names are 2–3 characters (4 with a compound surname) starting with a surname;
 * after a title, names of other naming traditions too (see readTitledName).
 */
export function findPersons(
  seg: SegmentedText,
  employers: readonly Employer[],
  regions: readonly RegionMention[],
  home: HomeRegions,
): PersonHit[] {
  const lex = getPersonLexicon();
  const employerEndingAt = new Map(employers.map((e) => [e.end, e]));
  const regionEndingAt = new Map(regions.map((r) => [r.end, r]));
  const out: PersonHit[] = [];
  const seen = new Set<number>();
  const { words } = seg;
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    const wordEnd = seg.wordEnd[k]!;
    // 副/院长: a title may start in an earlier word (a title inside the word is found as well)
    const title = lex.titles.mayEndWith(seg.text.charCodeAt(wordEnd - 1)) ? lex.titles.longestInWordsEndingAt(seg, wordEnd) : undefined;
    const name = title ? (readName(seg, k + 1, lex) ?? readTitledName(seg, k + 1, lex)) : undefined;
    if (title && name && !seen.has(name.start)) {
      seen.add(name.start);
      const titleStart = wordEnd - title.length;
      const hit: PersonHit = { name: name.text, start: name.start, end: name.end };
      const employer = employerEndingAt.get(titleStart);
      const headOf = lex.governmentHeads.get(title);
      if (employer) {
        hit.employer = employer;
        hit.role = seg.text.slice(employer.start, wordEnd);
      } else if (headOf) {
        const written = regionEndingAt.get(titleStart);
        hit.governmentOf = written?.region ?? placeForLevel(headOf, home);
        hit.role = written ? seg.text.slice(written.start, wordEnd) : title;
      } else hit.role = title;
      out.push(hit);
      // 省委常委、杭州市委书记龚正: each role listed before the name is a post of the same person
      const from = employer?.start ?? titleStart;
      out.push(...earlierPosts(seg, from, hit, employerEndingAt, lex));
      continue;
    }
    if (!lex.surnameStarts.has(word.charCodeAt(0))) continue;
    // without a title a name opens a clause, follows its employer or an everyday role: tested
    // before reading the name, which costs more
    const prev = words[k - 1];
    const prevLast = prev ? prev.charCodeAt(prev.length - 1) : 0;
    const opensClause = !prev || CLAUSE_END.has(prevLast) || isSpaceUnit(prevLast);
    // the role may span words: jieba cuts 网格员 as 网格/员
    const roleNoun = prev !== undefined && lex.roleNouns.mayEndWith(prevLast) ? lex.roleNouns.longestInWordsEndingAt(seg, seg.wordStart[k]!) : undefined;
    const employer = employerEndingAt.size > 0 ? employerEndingAt.get(seg.wordStart[k]!) : undefined;
    if (!opensClause && !employer && !roleNoun) continue;
    const spoken = readName(seg, k, lex);
    if (!spoken || seen.has(spoken.start)) continue;
    const next = words[spoken.nextToken];
    const postTitle = next !== undefined && lex.postTitles.has(next) ? next : undefined;
    if (roleNoun || postTitle) {
      // 村民刘桂英, 南开大学周志强教授: jieba's tagger vets these names (群众高度评价 holds no 高度)
      if (!isPersonName(spoken.text, lex)) continue;
      seen.add(spoken.start);
      const hit: PersonHit = { name: spoken.text, start: spoken.start, end: spoken.end, role: postTitle ?? roleNoun };
      if (postTitle && employer) {
        hit.employer = employer;
        hit.role = seg.text.slice(employer.start, employer.end) + postTitle;
      }
      out.push(hit);
      continue;
    }
    // without a title only full three-character names count: 文件指出, 方案称 are no people
    if (opensClause && spoken.text.length >= 3 && next !== undefined && lex.speechVerbs.has(next)) {
      seen.add(spoken.start);
      out.push({ name: spoken.text, start: spoken.start, end: spoken.end });
    }
  }
  return out;
}

/** A name the tagger reads as a person's or an unknown word, and no withheld name (王先生, 张某). */
function isPersonName(text: string, lex: PersonLexicon): boolean {
  return !lex.notNameEndings.some((e) => text.endsWith(e)) && tagWords(text).every((w) => NAME_TAGS.has(w.tag));
}

/** Punctuation a clause ends with: tested on the word before every surname. */
const CLAUSE_END = UnitSet.of('，。；：、“”');

interface NameSpan {
  text: string;
  start: number;
  end: number;
  nextToken: number;
}

/** A person name starting at token k: one jieba word (曹淑敏), or a surname plus one or two characters (曹/淑/敏, 欧阳/立新). */
function readName(seg: SegmentedText, k: number, lex: PersonLexicon): NameSpan | undefined {
  const { words } = seg;
  const first = words[k];
  if (first === undefined || !/^[\u4e00-\u9fff]+$/.test(first)) return undefined;
  let text = first;
  let j = k + 1;
  // jieba keeps a compound surname as a word of its own (欧阳/立新, 司马/晓/峰): the given name follows
  const longest = text.length === 2 && lex.surnames.has(text) ? 4 : text.length === 1 ? 3 : 0;
  if (longest > 0) {
    while (j < words.length && text.length < longest && /^[\u4e00-\u9fff]{1,2}$/.test(words[j]!) && text.length + words[j]!.length <= longest) {
      if (lex.speechVerbs.has(words[j]!) || stopKind(words[j]!)) break;
      text += words[j]!;
      j++;
    }
  }
  const compound = text.length === 4 && lex.surnames.has(text.slice(0, 2));
  if (text.length < 2 || (text.length > 3 && !compound)) return undefined;
  if (!lex.surnames.has(text[0]!) && !compound) return undefined;
  if (stopKind(text) || lex.speechVerbs.has(text) || trailingTitle(text) === text) return undefined;
  // 向区领导, 王市长: a surname-like preposition or name before a level word and its organ or title
  if (text.length === 2 && LEVEL_UNITS.has(text.charCodeAt(1))) return undefined;
  // 艾尔肯·买买提: the first part of a dotted name is no name of its own (艾 is also a Han surname)
  if (NAME_DOT.test(words[j] ?? '') && NAME_PART.test(words[j + 1] ?? '')) return undefined;
  return { text, start: seg.wordStart[k]!, end: seg.wordStart[k]! + text.length, nextToken: j };
}

const LEVEL_UNITS = UnitSet.of('省市区县州乡镇村');
const NAME_PART = /^[\u4e00-\u9fff]+$/;
const NAME_DOT = /^[·•]$/;
const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'ns', 'x']);

/**
 * A name without a Han surname right after a title: Tibetan, Mongolian or Uyghur names (次仁多吉,
 * 巴特尔, 买买提·艾力) are not in the surname list. Only where nothing else fits: the name runs to
 * the end of the clause or to a speech verb, holds no function word or title, and is either joined
 * by a middle dot or 3–6 characters that jieba's tagger reads as a name or an unknown word
 * (院长助理， is a title and 县长热线电话。 a phone line, not people).
 */
function readTitledName(seg: SegmentedText, k: number, lex: PersonLexicon): NameSpan | undefined {
  const { words } = seg;
  const first = words[k];
  if (first === undefined || !NAME_PART.test(first)) return undefined;
  const start = seg.wordStart[k]!;
  let j = k;
  let dotted = false;
  while (j < words.length && seg.wordEnd[j]! - start <= 12) {
    const t = words[j]!;
    if (NAME_DOT.test(t) && j > k && NAME_PART.test(words[j + 1] ?? '')) dotted = true;
    else if (!NAME_PART.test(t) || lex.speechVerbs.has(t) || stopKind(t) || trailingTitle(t)) break;
    j++;
  }
  const next = words[j];
  const closes = next === undefined || lex.speechVerbs.has(next) || /^[，。；：、！？）)\s]/.test(next);
  if (!closes || j === k) return undefined;
  const end = seg.wordEnd[j - 1]!;
  const text = seg.text.slice(start, end);
  if (dotted ? !/^[\u4e00-\u9fff]{2,}[·•][\u4e00-\u9fff]{2,}/.test(text) : text.length < 3 || text.length > 6) return undefined;
  // 热线电话, 办公会议 are nouns to jieba's tagger; transliterated names are names (nr), places (ns) or unknown (x)
  if (!dotted && !tagWords(text).every((w) => NAME_TAGS.has(w.tag))) return undefined;
  return { text, start, end, nextToken: j };
}

/** Roles listed before the last one, separated by 、: more employers of the same person. */
function earlierPosts(
  seg: SegmentedText,
  from: number,
  person: PersonHit,
  employerEndingAt: ReadonlyMap<number, Employer>,
  lex: PersonLexicon,
): PersonHit[] {
  const out: PersonHit[] = [];
  let at = from;
  while (at > 0 && seg.text[at - 1] === '、') {
    const title = lex.titles.longestInWordsEndingAt(seg, at - 1);
    if (!title) break;
    const titleStart = at - 1 - title.length;
    const employer = employerEndingAt.get(titleStart);
    if (employer) out.push({ ...person, employer, role: seg.text.slice(employer.start, at - 1) });
    at = employer?.start ?? titleStart;
  }
  return out;
}
