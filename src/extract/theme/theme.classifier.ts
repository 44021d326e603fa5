import type { EntityType, ExtractedEntity, Span, ThemeHit } from '@/extract/extraction.types';
import { loadThemeRules, type CompiledTheme, type ThemeRuleSet } from '@/extract/theme/theme.rules';

/**
 * Sentence-level trigger scoring, combined per article by noisy-OR: several weak sentences add up,
 * one strong sentence is enough. Names of agencies, organisations and people are masked first so
 * "电子政务云计算应用技术国家工程实验室" does not make an article about cloud platforms.
 */
const MASKED: ReadonlySet<EntityType> = new Set<EntityType>(['Agency', 'Organization', 'Person']);

export function classifyThemes(
  body: string,
  sentences: Span[],
  entities: ExtractedEntity[],
  rules: ThemeRuleSet = loadThemeRules(),
): ThemeHit[] {
  const masked = maskEntities(body, entities);
  const hits: ThemeHit[] = [];
  for (const theme of rules.themes) {
    let miss = 1;
    const evidence: Span[] = [];
    for (const s of sentences) {
      const w = sentenceWeight(masked.slice(s.start, s.end), theme);
      if (w <= 0) continue;
      miss *= 1 - w;
      if (w >= rules.evidenceMin) evidence.push(s);
    }
    const score = round2(1 - miss);
    if (score >= theme.threshold && evidence.length > 0) hits.push({ key: theme.key, score, evidence });
  }
  return hits.sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
}

/** Strongest trigger of the sentence, plus a small bonus for each further distinct trigger. */
export function sentenceWeight(sentence: string, theme: CompiledTheme): number {
  const weights: number[] = [];
  for (const t of theme.terms) if (sentence.includes(t.text) && !vetoed(sentence, t.none)) weights.push(t.weight);
  for (const r of theme.rules) {
    if (vetoed(sentence, r.none)) continue;
    if (r.all.every((group) => group.some((g) => sentence.includes(g)))) weights.push(r.weight);
  }
  if (weights.length === 0) return 0;
  if (theme.guard.length > 0 && vetoed(sentence, theme.guard)) return 0;
  weights.sort((a, b) => b - a);
  const extra = weights.slice(1).reduce((acc, w) => acc + w * 0.25, 0);
  return Math.min(0.95, weights[0]! + extra);
}

function vetoed(sentence: string, none: readonly string[]): boolean {
  return none.some((n) => sentence.includes(n));
}

function maskEntities(body: string, entities: ExtractedEntity[]): string {
  const chars = body.split('');
  for (const e of entities) {
    if (!MASKED.has(e.type)) continue;
    for (const m of e.mentions) for (let i = m.start; i < m.end && i < chars.length; i++) chars[i] = '\u3000';
  }
  return chars.join('');
}

const round2 = (x: number) => Math.round(x * 100) / 100;
