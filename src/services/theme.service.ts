import type { GraphStore } from '@/graph/store.port';
import { BadUserInputError } from '@/shared/errors';
import { parseJson, type ArticleThemeRecord, type EvidenceRecord, type ThemeRecord } from '@/services/records';

type SpanJson = { text: string; start: number; end: number };

export interface RegionThemeHitRecord {
  regionId: string;
  articleIds: string[];
  evidence: EvidenceRecord[];
}

export class ThemeService {
  private known: Set<string> | null = null;

  constructor(private readonly store: GraphStore) {}

  async list(): Promise<ThemeRecord[]> {
    const rows = await this.store.read('themes-list');
    return rows.map((r) => ({
      key: String(r.key),
      name: String(r.name ?? ''),
      description: String(r.description ?? ''),
      dimension: String(r.dimension ?? ''),
      articleCount: Number(r.articleCount ?? 0),
    }));
  }

  /** Theme keys are a closed vocabulary: an unknown key is a typo to report, not an empty answer. */
  async assertKnown(key: string): Promise<void> {
    if (!this.known) this.known = new Set((await this.list()).map((t) => t.key));
    if (!this.known.has(key)) {
      throw new BadUserInputError(`unknown theme "${key}"; known themes: ${[...this.known].sort().join(', ')}`, { argument: 'theme' });
    }
  }

  async ofArticles(ids: readonly string[]): Promise<Map<string, ArticleThemeRecord[]>> {
    const out = new Map<string, ArticleThemeRecord[]>(ids.map((id) => [id, []]));
    for (const r of await this.store.read('themes-of-articles', { ids: [...ids] })) {
      const articleId = String(r.articleId);
      out.get(articleId)?.push({
        articleId,
        key: String(r.key),
        score: Number(r.score ?? 0),
        evidence: parseJson<SpanJson[]>(r.spans, []).map((s) => ({ ...s, articleId })),
      });
    }
    return out;
  }

  /**
   * "Which regions show this theme?" A region counts for an article carrying the theme when the
   * article is about it, or mentions it inside one of the theme's trigger sentences — so a city
   * merely listed in a national article does not inherit that article's themes.
   */
  async regionsByTheme(key: string): Promise<RegionThemeHitRecord[]> {
    await this.assertKnown(key);
    const hits = new Map<string, { articles: Set<string>; evidence: Map<string, EvidenceRecord> }>();
    for (const r of await this.store.read('theme-region-evidence', { theme: key })) {
      const articleId = String(r.articleId);
      const triggers = parseJson<SpanJson[]>(r.themeSpans, []);
      const mentions = parseJson<SpanJson[]>(r.mentionSpans, []);
      const inTrigger = triggers.filter((t) => mentions.some((m) => m.start >= t.start && m.end <= t.end));
      if (!r.about && inTrigger.length === 0) continue;
      const regionId = String(r.regionId);
      const hit = hits.get(regionId) ?? { articles: new Set<string>(), evidence: new Map<string, EvidenceRecord>() };
      hit.articles.add(articleId);
      for (const t of inTrigger.length > 0 ? inTrigger : triggers) {
        hit.evidence.set(`${articleId}:${t.start}`, { text: t.text, start: t.start, end: t.end, articleId });
      }
      hits.set(regionId, hit);
    }
    return [...hits.entries()]
      .map(([regionId, h]) => ({
        regionId,
        articleIds: [...h.articles].sort(),
        evidence: [...h.evidence.values()].sort((a, b) => a.articleId.localeCompare(b.articleId) || a.start - b.start),
      }))
      .sort((a, b) => b.articleIds.length - a.articleIds.length || a.regionId.localeCompare(b.regionId));
  }
}
