import type { Line } from '@/corpus/line.classifier';

/**
 * Turns the lines of one article into its body text and source publication.
 *
 * Body convention: one paragraph per line, paragraphs joined by a single "\n"; an inner sub-heading
 * (`### **打通各部门壁垒**`) is a line of its own with its markers stripped. No blank lines, no
 * indentation, no trailing newline. Extraction offsets index into exactly this string.
 *
 * Page-break repair: the source text was cut into lines at page and column breaks, often
 * mid-sentence (`全市各个法院信访` ⏎⏎ `量、运行态势`). Two consecutive text lines are joined, with
 * nothing inserted, when the first does not end a sentence, or when the second begins with
 * punctuation no paragraph can begin with (，、。）” …). They stay apart when either is a heading,
 * when the second starts a list item (`2.`, `（二）`, `二是`), or when the first looks like an unmarked
 * sub-heading: a short line (≤ 20 chars) with no punctuation, not ending in a function word (的, 和 …),
 * standing in a block of its own. Web copies have such headings; a page-break fragment that short
 * is rare, and this is the one case the rule gets wrong (it keeps the fragment apart).
 */

interface Unit {
  text: string;
  heading: boolean;
  /** Preceded by a blank line (or the start of the article). */
  blockStart: boolean;
  /** Followed by a blank line (or the end of the article). */
  blockEnd: boolean;
  /** Already the result of a repair join. */
  joined: boolean;
}

const SENTENCE_FINAL = new Set([...'。．！？!?；;…：:”’"」』）)】.']);
/** Characters that can only continue a sentence, never begin a paragraph. */
const NON_INITIAL = new Set([...'，,、。．；;：:！!？?）)」』”’】》〉%％']);
const LIST_ITEM =
  /^(?:[0-9０-９]{1,3}[.．、)）](?![0-9０-９])|[（(][0-9０-９一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、．]|[①-⑳]|[-*•·]\s|[一二三四五六七八九十]是|第[一二三四五六七八九十]{1,3}[，,、]|其[一二三四五六七八九十][，,、])/;
const BARE_HEADING_MAX = 20;
const HAS_PUNCT = /\p{P}/u;
/** Function words a heading does not end with but a cut-off sentence often does. */
const DANGLING_END = /[的地得了着和与及或在于对为将把被从向以而并但等之其所是有也都还又再很最更各每该此这那]$/;

function toUnits(lines: Line[]): Unit[] {
  const units: Unit[] = [];
  let afterBlank = true;
  for (const line of lines) {
    if (line.kind === 'blank') {
      const last = units.at(-1);
      if (last) last.blockEnd = true;
      afterBlank = true;
      continue;
    }
    units.push({ text: line.text, heading: line.kind === 'heading', blockStart: afterBlank, blockEnd: false, joined: false });
    afterBlank = false;
  }
  const last = units.at(-1);
  if (last) last.blockEnd = true;
  return units;
}

function looksLikeBareHeading(u: Unit): boolean {
  return (
    !u.joined &&
    u.blockStart &&
    u.blockEnd &&
    u.text.length <= BARE_HEADING_MAX &&
    !HAS_PUNCT.test(u.text) &&
    !DANGLING_END.test(u.text)
  );
}

function shouldJoin(prev: Unit, next: Unit, nextIsLast: boolean): boolean {
  if (prev.heading || next.heading) return false;
  // A trailing "（人民法院报）" paragraph is the source line, not a continuation.
  if (nextIsLast && isWholeSource(next.text)) return false;
  if (NON_INITIAL.has(next.text[0]!)) return true;
  if (SENTENCE_FINAL.has(prev.text.at(-1)!)) return false;
  if (LIST_ITEM.test(next.text)) return false;
  return !looksLikeBareHeading(prev);
}

/** Latin words and numbers are never split by a line wrap, so a break between them was a space. */
function glue(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}

function repairBreaks(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  units.forEach((unit, i) => {
    const prev = out.at(-1);
    if (prev && shouldJoin(prev, unit, i === units.length - 1)) {
      prev.text = glue(prev.text, unit.text);
      prev.blockEnd = unit.blockEnd;
      prev.joined = true;
    } else {
      out.push({ ...unit });
    }
  });
  return out;
}

const SOURCE_NAME = '[^（）()，,。；;\\n]{1,40}?';
const SOURCE_PREFIX = '(?:(?:来源|稿源|摘自|转自|原载)\\s*[:：]?\\s*)?';
/** `…问题。（人民法院报）` / `…审批。(中国新闻网)`: a parenthesis right after a sentence end. */
const SOURCE_TAIL = new RegExp(`(^|[。．！？!?；;…”’"」』）)】.])\\s*[（(]\\s*${SOURCE_PREFIX}(${SOURCE_NAME})\\s*[）)]$`, 'u');
const SOURCE_WHOLE = new RegExp(`^[（(]\\s*${SOURCE_PREFIX}(${SOURCE_NAME})\\s*[）)]$`, 'u');
/** `来源：新京报` as the last line. */
const SOURCE_LABEL = /^(?:来源|稿源|信息来源|文章来源|新闻来源|出处)\s*[:：]\s*(\S.{0,39})$/;

function isWholeSource(text: string): boolean {
  return SOURCE_WHOLE.test(text) || SOURCE_LABEL.test(text);
}

function cleanSource(name: string): string | null {
  const s = name.trim().replace(/[。.]$/, '').replace(/^《(.*)》$/, '$1').trim();
  return s || null;
}

/** Removes the source publication from the end of the last paragraph (or the last line). */
function splitSource(units: Unit[]): { units: Unit[]; source: string | null } {
  const last = units.at(-1);
  if (!last || last.heading) return { units, source: null };
  const whole = SOURCE_WHOLE.exec(last.text) ?? SOURCE_LABEL.exec(last.text);
  if (whole) return { units: units.slice(0, -1), source: cleanSource(whole[1]!) };
  const tail = SOURCE_TAIL.exec(last.text);
  if (!tail) return { units, source: null };
  const text = last.text.slice(0, tail.index + tail[1]!.length).trimEnd();
  return { units: [...units.slice(0, -1), { ...last, text }], source: cleanSource(tail[2]!) };
}

export interface AssembledBody {
  body: string;
  source: string | null;
}

export function assembleBody(lines: Line[]): AssembledBody {
  const { units, source } = splitSource(repairBreaks(toUnits(lines)));
  // A body made only of sub-headings has no text to extract from: treat it as empty.
  const body = units.some((u) => !u.heading) ? units.map((u) => u.text).join('\n') : '';
  return { body, source };
}
