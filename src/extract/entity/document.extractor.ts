import { isObject, isStringArray, loadLexicon } from '@/extract/lexicon/lexicon.loader';
import type { SegmentedText } from '@/extract/text/article.text';
import { scanLeft, type NamedSpan } from '@/extract/text/name.scanner';
import { isNameText } from '@/extract/text/name.boundaries';
import type { RegionMention } from '@/extract/region/region.extractor';
import { SuffixIndex } from '@/extract/text/suffix.index';
import { FlagBuffer } from '@/extract/text/flag.buffer';
import { endsWithAny } from '@/extract/text/affix.match';

const TAKEN = new FlagBuffer();

interface DocumentFile {
  publicationEndings: string[];
  formEndings: string[];
  policyEndings: string[];
  programmeEndings: string[];
  launchVerbs: string[];
}

function isDocumentFile(raw: unknown): raw is DocumentFile {
  return (
    isObject(raw) &&
    ['publicationEndings', 'formEndings', 'policyEndings', 'programmeEndings', 'launchVerbs'].every((k) => isStringArray(raw[k]))
  );
}

interface DocumentLexicon extends DocumentFile {
  programmes: SuffixIndex;
}

let lexicon: DocumentLexicon | undefined;

function getDocumentLexicon(): DocumentLexicon {
  if (lexicon) return lexicon;
  const f = loadLexicon('documents', isDocumentFile);
  lexicon = { ...f, programmes: new SuffixIndex(f.programmeEndings) };
  return lexicon;
}

export interface DocumentHit {
  type: 'Policy' | 'Publication';
  name: string;
  aliases: string[];
  start: number;
  end: number;
  text: string;
}

/** Last unit of 报告: with the programme endings, all a word must end in to be looked at. */
const GAO = '告'.charCodeAt(0);
const INNER_QUOTES = /[“”"「」『』]/g;
const YEAR = /^\d{4}\s*年度?\s*/;

/**
 * Documents: every 《…》 title (a form such as 《…处罚决定书》 is skipped), quoted programmes
 * (“祥云计划”), unquoted programmes right after a launch verb (组织实施2014年云计算工程 →
 * 云计算工程), and reports cited by name (中美移动医疗健康报告显示).
 */
export function findDocuments(seg: SegmentedText, regions: readonly RegionMention[], claimed: readonly NamedSpan[]): DocumentHit[] {
  const lex = getDocumentLexicon();
  const { text } = seg;
  const out: DocumentHit[] = [];
  const taken = TAKEN.take(text.length + 1);
  for (const c of claimed) taken.fill(1, c.start, c.end);
  const push = (h: DocumentHit) => {
    if (taken[h.start] || h.name.length < 2) return;
    out.push(h);
    taken.fill(1, h.start, h.end);
  };
  for (const s of seg.bookTitles) {
    const title = text.slice(s.start, s.end);
    if (endsWithAny(title, lex.formEndings) && !endsWithAny(title, lex.policyEndings.filter((p) => p.length > 1))) continue;
    const type = endsWithAny(title, lex.publicationEndings) ? 'Publication' : 'Policy';
    push(documentHit(type, s.start, s.end, text));
  }
  for (const s of seg.quotes) {
    const title = text.slice(s.start, s.end);
    if (title.length > 20 || !isNameText(title)) continue;
    if (endsWithAny(title, lex.programmeEndings)) push(documentHit('Policy', s.start, s.end, text));
    else {
      // “智慧蓉城”计划 → 智慧蓉城计划
      const ending = lex.programmes.longestInWordsEndingAt(seg, seg.wordEnd[seg.wordAt[s.end + 1] ?? -1] ?? 0);
      if (ending && text.startsWith(ending, s.end + 1)) push(documentHit('Policy', s.start - 1, s.end + 1 + ending.length, text));
    }
  }
  const regionEndingAt = new Map(regions.map((r) => [r.end, r]));
  for (let k = 0; k < seg.words.length; k++) {
    const tokStart = seg.wordStart[k]!;
    const tokEnd = seg.wordEnd[k]!;
    const last = text.charCodeAt(tokEnd - 1);
    if (taken[tokStart] || (last !== GAO && !lex.programmes.mayEndWith(last))) continue;
    const tokText = seg.words[k]!;
    const programme = lex.programmes.endOf(tokText);
    const report = !programme && tokText.endsWith('报告') ? '报告' : undefined;
    const ending = programme ?? report;
    if (!ending) continue;
    const suffixStart = tokEnd - ending.length;
    const scan = scanLeft(seg, suffixStart, { regionEndingAt, throughRegions: true, maxBody: 14, noConjunction: true });
    // 实施2014年云计算工程: the year belongs to the written name
    const year = /\d{4}\s*年度?\s*$/.exec(text.slice(Math.max(0, scan.start - 8), scan.start))?.[0] ?? '';
    const start = scan.start - year.length;
    const body = text.slice(scan.start, suffixStart);
    if (body.length < 2 || taken[start]) continue;
    const before = text.slice(Math.max(0, start - 4), start);
    // a programme counts when launched (实施…工程); a report when cited (…报告显示)
    const cited = report !== undefined && /^(显示|指出|称|认为|发布)/.test(text.slice(tokEnd, tokEnd + 2));
    if (programme && !endsWithAny(before, lex.launchVerbs)) continue;
    if (report && !cited) continue;
    push(documentHit(programme ? 'Policy' : 'Publication', start, tokEnd, text, true));
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Named as written without quotes; a launched programme also without its year (2014年云计算工程). */
function documentHit(type: DocumentHit['type'], start: number, end: number, text: string, dropYear = false): DocumentHit {
  const surface = text.slice(start, end);
  const name = surface.replace(INNER_QUOTES, '').replace(dropYear ? YEAR : /^$/, '');
  return { type, name, aliases: name === surface ? [] : [surface], start, end, text: surface };
}

