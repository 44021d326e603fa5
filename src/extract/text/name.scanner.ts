import type { SegmentedText } from '@/extract/text/article.text';
import { isFunctionWord, isNameText, isNumeral, stopKind } from '@/extract/text/name.boundaries';
import type { RegionMention } from '@/extract/region/region.extractor';
import { UnitSet } from '@/extract/text/unit.set';

/** A name already found that a following name may attach to (重庆市公安局 + 两江新区警务办). */
export interface NamedSpan {
  start: number;
  end: number;
}

export interface ScanOptions<O extends NamedSpan> {
  regionEndingAt: ReadonlyMap<number, RegionMention>;
  ownerEndingAt?: ReadonlyMap<number, O>;
  /** Company names carry places inside (数字广东网络建设有限公司): keep scanning through them. */
  throughRegions?: boolean;
  levelPrefixes?: readonly string[];
  maxBody?: number;
  maxTokens?: number;
  noConjunction?: boolean;
  /** Company names hold verbs before their suffix (数字广东网络建设有限公司): treat those as modifiers. */
  verbBeforeSuffix?: boolean;
}

export interface ScanResult<O> {
  /** Where the name starts (the place, level word or owner included). */
  start: number;
  /** Where the body starts: after the place / level word / owner. */
  bodyStart: number;
  region?: RegionMention;
  level?: string;
  owner?: O;
}

/** Two-character words that start with a level word but are ordinary words (市场监管局 is not 市 + 场监管局). */
const LEVEL_WORDS = new Set([
  '市场', '市民', '市政', '市级', '市区', '市县', '市属', '市直', '市府', '省级', '省市', '省属', '省直', '省份', '区域',
  '区县', '区块', '区级', '县级', '县城', '县域', '县区', '州市', '市委', '省委', '区委', '县委', '市长', '省长', '区长',
  '县长', '市容', '市面', '区划', '区间', '州府', '市中心', '区块链',
]);

/**
 * Scans leftwards from the start of a name's suffix over name-like words (no punctuation, function
 * words or governing verbs; see nameContinuesLeftOf for verbs that double as modifiers) and stops at a place (重庆市), a level word standing for the article's own
 * place (市, 省), an owner name ending right there, or the length limits.
 */
export function scanLeft<O extends NamedSpan>(seg: SegmentedText, suffixStart: number, opts: ScanOptions<O>): ScanResult<O> {
  const { text } = seg;
  const maxBody = opts.maxBody ?? 14;
  const maxTokens = opts.maxTokens ?? 6;
  let cur = suffixStart;
  let tokens = 0;
  let region: RegionMention | undefined;
  while (cur > 0) {
    const placed = opts.regionEndingAt.get(cur);
    if (placed && !opts.throughRegions) {
      const owner = opts.ownerEndingAt?.get(placed.start);
      return { start: owner ? owner.start : placed.start, bodyStart: cur, region: placed, owner };
    }
    if (placed) region = placed;
    const owner = opts.ownerEndingAt?.get(cur);
    if (owner) return { start: owner.start, bodyStart: cur, owner, region };
    const word = seg.wordAt[cur - 1]!;
    const tokStart = seg.wordStart[word]!;
    const tokEnd = seg.wordEnd[word]!;
    const piece = cur === tokEnd ? seg.words[word]! : text.slice(tokStart, cur);
    // 乌鲁木齐市 12345 政务服务便民热线: a space next to digits or Latin letters stays inside the name
    const spaced = piece === ' ' && /[A-Za-z0-9]$/.test(text.slice(0, tokStart)) !== /[A-Za-z0-9]/.test(text[cur] ?? '');
    if (!isNameText(piece) && !spaced) break;
    // 全市网上政务大厅: the whole city's, i.e. the article's own city
    const whole = cur === tokEnd && piece.charCodeAt(0) === WHOLE && opts.levelPrefixes?.includes(piece);
    if (whole) return { start: tokStart, bodyStart: cur, level: piece };
    if (cur === tokEnd) {
      if (piece === '和' && !opts.noConjunction) return throughConjunction(seg, suffixStart, tokStart, opts) ?? { start: cur, bodyStart: cur };
      // a lone 中 opening a clause abbreviates 中国 (中美移动医疗健康报告), elsewhere it means "in"
      if (piece === '中' && (tokStart === 0 || !isNameText(text.slice(tokStart - 1, tokStart)))) {
        cur = tokStart;
        break;
      }
      const kind = stopKind(piece);
      // a verb may qualify a company's suffix (网络建设有限公司); a function word never does (二级以上医院)
      const modifier = opts.verbBeforeSuffix && cur === suffixStart && kind === 'hard' && piece.length >= 2 && !isFunctionWord(piece);
      if ((kind === 'hard' && !modifier) || isNumeral(piece)) break;
      if (kind === 'nominal' && cur !== suffixStart && !nameContinuesLeftOf(seg, tokStart, opts)) break;
    }
    const levels = opts.levelPrefixes && levelTable(opts.levelPrefixes);
    const level = levels && levels.firsts.has(piece.charCodeAt(0)) ? levelOpening(piece, levels.words) : undefined;
    if (level) {
      // 杭州 + 市委书记: the level word completes a place written just before it
      const before = opts.regionEndingAt.get(tokStart);
      return { start: before ? before.start : tokStart, bodyStart: tokStart + level.length, level, region: before };
    }
    // jieba glues a preposition to a level word: 从省 审改办, 由市 电子政务资源中心
    const glued = levels && levels.lasts.has(piece.charCodeAt(piece.length - 1)) ? levelGlued(piece, levels.words) : undefined;
    if (glued && cur === tokEnd) return { start: cur - glued.length, bodyStart: cur, level: glued };
    if (suffixStart - tokStart > maxBody || ++tokens > maxTokens) break;
    cur = tokStart;
  }
  return { start: cur, bodyStart: cur, region: opts.throughRegions ? region : undefined };
}

const WHOLE = '全'.charCodeAt(0);

/** Level words with the units they start and end with: a scan step tests a bit before looping over them. */
interface LevelTable {
  words: readonly string[];
  firsts: UnitSet;
  lasts: UnitSet;
}

const levelTables = new WeakMap<readonly string[], LevelTable>();

function levelTable(words: readonly string[]): LevelTable {
  let table = levelTables.get(words);
  if (!table) {
    table = { words, firsts: new UnitSet(), lasts: new UnitSet() };
    for (const w of words) {
      table.firsts.add(w.charCodeAt(0));
      table.lasts.add(w.charCodeAt(w.length - 1));
    }
    levelTables.set(words, table);
  }
  return table;
}

/** The level word `piece` is or opens (市, 市直 …), unless it is an ordinary word (市场). Loops, not find(): a closure per scan step showed in profiles. */
function levelOpening(piece: string, prefixes: readonly string[]): string | undefined {
  for (const l of prefixes) if (piece === l || (piece.startsWith(l) && piece.length <= l.length + 2 && !LEVEL_WORDS.has(piece))) return l;
  return undefined;
}

/** The level word `piece` ends with after a function word (从省, 由市). */
function levelGlued(piece: string, prefixes: readonly string[]): string | undefined {
  for (const l of prefixes) if (piece.endsWith(l) && stopKind(piece.slice(0, -l.length)) === 'hard') return l;
  return undefined;
}

/**
 * 和 inside a name (电子政务和信息资源管理办公室, 住房和城乡建设局) versus between two names: it is
 * inside only when the scan beyond it still reaches the name's place or level word.
 */
function throughConjunction<O extends NamedSpan>(seg: SegmentedText, suffixStart: number, at: number, opts: ScanOptions<O>): ScanResult<O> | undefined {
  const maxBody = (opts.maxBody ?? 14) + 6;
  const reach = Math.max(0, suffixStart - maxBody);
  // cheap test first: no place and no level word within reach, no name through 和
  if (!placeNear(seg.text, reach, at, opts.regionEndingAt)) return undefined;
  // the options spelt out rather than spread: this runs inside the scan loop of every organ name
  const rest = scanLeft(seg, at, {
    regionEndingAt: opts.regionEndingAt,
    ownerEndingAt: opts.ownerEndingAt,
    throughRegions: opts.throughRegions,
    levelPrefixes: opts.levelPrefixes,
    maxBody: maxBody - (suffixStart - at),
    maxTokens: opts.maxTokens,
    noConjunction: true,
    verbBeforeSuffix: opts.verbBeforeSuffix,
  });
  return rest.region || rest.level ? rest : undefined;
}

const LEVEL_CHAR = UnitSet.of('省市区县州');

/** A level character in [reach, at) or a place ending in (reach, at]; a loop, not a regex over a slice, as it runs at every 和. */
function placeNear(text: string, reach: number, at: number, regionEndingAt: ReadonlyMap<number, RegionMention>): boolean {
  for (let i = reach; i < at; i++) if (LEVEL_CHAR.has(text.charCodeAt(i))) return true;
  for (let i = at; i > reach; i--) if (regionEndingAt.has(i)) return true;
  return false;
}

/**
 * A verb that also works as a modifier (运行, 共享, 开放) is inside the name when more name words
 * precede it (城市运行管理平台), and the predicate when it opens the phrase (支持公共云计算服务平台).
 */
function nameContinuesLeftOf<O extends NamedSpan>(seg: SegmentedText, at: number, opts: ScanOptions<O>): boolean {
  // after a name already found the verb is its predicate: 省大数据中心联合浙江大学
  if (at === 0 || opts.regionEndingAt.has(at) || opts.ownerEndingAt?.has(at)) return false;
  const prev = seg.words[seg.wordAt[at - 1]!]!;
  return isNameText(prev) && stopKind(prev) === undefined && !isNumeral(prev);
}
