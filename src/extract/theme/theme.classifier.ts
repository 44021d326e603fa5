import type { EntityType, ExtractedEntity, Span, ThemeHit } from '@/extract/extraction.types';
import { loadThemeRules, type CompiledTheme, type ThemeRuleSet } from '@/extract/theme/theme.rules';

/**
 * Sentence-level trigger scoring, combined per article by noisy-OR: several weak sentences add up,
 * one strong sentence is enough. Names of agencies, organisations and people are masked first so
 * "电子政务云计算应用技术国家工程实验室" or "上海市大数据中心" do not make an article about cloud
 * platforms or data centres.
 */
const MASKED: ReadonlySet<EntityType> = new Set<EntityType>(['Agency', 'Organization', 'Person']);
const MASK_CHAR = '\u3000';
/** Clause boundaries inside a sentence; co-occurrence rules look within one clause by default. */
const CLAUSE_SPLIT = /[，,：:（）()—]/;

export function classifyThemes(
  body: string,
  sentences: Span[],
  entities: ExtractedEntity[],
  rules: ThemeRuleSet = loadThemeRules(),
): ThemeHit[] {
  const masked = maskEntities(body, entities);
  const prepared = sentences.map((s) => prepareSentence(masked.slice(s.start, s.end)));
  const hits: ThemeHit[] = [];
  for (const theme of rules.themes) {
    let miss = 1;
    const scored: Array<{ span: Span; w: number }> = [];
    prepared.forEach((p, i) => {
      const w = sentenceWeight(p, theme, rules.listFactor);
      if (w <= 0) return;
      miss *= 1 - w;
      scored.push({ span: sentences[i]!, w });
    });
    const score = round2(1 - miss);
    if (score < theme.threshold) continue;
    const evidence = scored.filter((x) => x.w >= rules.evidenceMin).map((x) => x.span);
    hits.push({ key: theme.key, score, evidence: evidence.length > 0 ? evidence : [maxBy(scored).span] });
  }
  return hits.sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
}

export interface PreparedSentence {
  text: string;
  clauses: string[];
}

export function prepareSentence(text: string): PreparedSentence {
  return { text, clauses: text.split(CLAUSE_SPLIT).filter((c) => c.trim().length > 0) };
}

/**
 * Strongest trigger of the sentence plus a quarter of each further one. A trigger that is one item
 * of an enumeration (人口、法人、电子证照等基础数据库) is discounted by `listFactor`: a list names
 * things in passing, it rarely says what the article is about.
 */
export function sentenceWeight(s: PreparedSentence, theme: CompiledTheme, listFactor: number): number {
  if (theme.guard.some((g) => s.text.includes(g))) return 0;
  const weights: number[] = [];
  for (const t of theme.terms) {
    if (!s.text.includes(t.text) || t.none.some((n) => s.text.includes(n))) continue;
    let best = 0;
    for (const c of s.clauses) {
      if (!c.includes(t.text)) continue;
      best = Math.max(best, c.includes('、') && !t.listSafe ? t.weight * listFactor : t.weight);
    }
    // a term spanning a clause boundary (rare) still counts at full weight
    weights.push(best || t.weight);
  }
  for (const r of theme.rules) {
    if (r.none.some((n) => s.text.includes(n))) continue;
    const scopes = r.scope === 'sentence' ? [s.text] : s.clauses;
    if (scopes.some((c) => r.all.every((group) => group.some((g) => c.includes(g))))) weights.push(r.weight);
  }
  if (weights.length === 0) return 0;
  weights.sort((a, b) => b - a);
  const extra = weights.slice(1).reduce((acc, w) => acc + w * 0.25, 0);
  return Math.min(0.95, weights[0]! + extra);
}

function maskEntities(body: string, entities: ExtractedEntity[]): string {
  const chars = body.split('');
  for (const e of entities) {
    if (!MASKED.has(e.type)) continue;
    for (const m of e.mentions) for (let i = m.start; i < m.end && i < chars.length; i++) chars[i] = MASK_CHAR;
  }
  return chars.join('');
}

function maxBy(xs: Array<{ span: Span; w: number }>): { span: Span; w: number } {
  return xs.reduce((a, b) => (b.w > a.w ? b : a));
}

const round2 = (x: number) => Math.round(x * 100) / 100;
