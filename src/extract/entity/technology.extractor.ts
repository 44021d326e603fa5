import { isObject, isStringArray, loadLexicon } from '@/extract/lexicon/lexicon.loader';
import type { SegmentedText } from '@/extract/text/article.text';
import { PhraseMatcher } from '@/extract/text/phrase.matcher';
import { registerUserWords } from '@/extract/text/word.segmenter';

interface TechFile {
  technologies: { name: string; aliases: string[] }[];
}

function isTechFile(raw: unknown): raw is TechFile {
  return (
    isObject(raw) &&
    Array.isArray(raw['technologies']) &&
    raw['technologies'].every((t) => isObject(t) && typeof t['name'] === 'string' && isStringArray(t['aliases']))
  );
}

export interface TechHit {
  name: string;
  start: number;
  end: number;
  text: string;
}

let matcher: PhraseMatcher<string> | undefined;

function terms(): [string, string[]][] {
  const out: [string, string[]][] = [];
  for (const t of loadLexicon('technologies', isTechFile).technologies) {
    for (const s of [t.name, ...t.aliases]) {
      out.push([s, [t.name]]);
      out.push([`${s}技术`, [t.name]]);
    }
  }
  return out;
}

registerUserWords(() => terms().map(([s]) => s));

let termSet: ReadonlySet<string> | undefined;

/** Whether `s` is exactly a technology term or alias (大数据, 云计算技术). */
export function isTechnologyTerm(s: string): boolean {
  termSet ??= new Set(terms().map(([t]) => t));
  return termSet.has(s);
}

/**
 * Technologies from seeds/lexicons/technologies.json, from a word start: 大数据 in 大数据技术 or
 * 政务大数据中心 counts, 大 + 数据库 in 建大数据库 does not. Latin terms (5G, AI) need
 * non-letter neighbours.
 */
export function findTechnologies(seg: SegmentedText): TechHit[] {
  matcher ??= new PhraseMatcher(terms());
  const out: TechHit[] = [];
  let until = 0;
  const matches = matcher.scan(seg, false).sort((a, b) => a.start - b.start || b.end - a.end);
  for (const m of matches) {
    if (m.start < until) continue;
    // a term may open a longer jieba word (云计算中心) but not end inside the next one (大 + 数据库)
    if (!seg.endsAt[m.end] && seg.wordAt[m.start] !== seg.wordAt[m.end - 1]) continue;
    if (/[A-Za-z0-9]/.test(m.text) && /[A-Za-z0-9]/.test(seg.text[m.end] ?? '')) continue;
    out.push({ name: m.values[0]!, start: m.start, end: m.end, text: m.text });
    until = m.end;
  }
  return out;
}
