import { ENTITY_LABELS, type EntityLabel } from '@/graph/graph.model';
import type { GraphStore } from '@/graph/store.port';
import { BadUserInputError } from '@/shared/errors';
import { cleanAliases } from '@/services/records';
import { MAX_QUERY_LENGTH, normaliseQuery, rankCandidates, type RankedHit, type SearchCandidate } from '@/services/search.scoring';

export interface SearchHitRecord {
  entityId: string;
  score: number;
  matched: string;
}

/**
 * Entity search over names, aliases and the pinyin keys stored with every entity. One read per
 * query: the candidates of the requested kinds, scored in process (search.scoring.ts).
 */
export class SearchService {
  constructor(private readonly store: GraphStore) {}

  async search(query: string, kinds: EntityLabel[] | null, first: number): Promise<SearchHitRecord[]> {
    const normalised = normaliseQuery(query);
    if (!normalised) throw new BadUserInputError('query must not be empty', { argument: 'query' });
    if (normalised.text.length > MAX_QUERY_LENGTH) {
      throw new BadUserInputError(`query must be at most ${MAX_QUERY_LENGTH} characters`, { argument: 'query' });
    }
    if (first === 0) return [];
    const rows = await this.store.read('search-candidates', { kinds: kinds?.length ? kinds : [...ENTITY_LABELS] });
    const hits: RankedHit[] = rankCandidates(normalised, rows.map(toCandidate), first);
    return hits.map((h) => ({ entityId: h.candidate.id, score: h.score, matched: h.matched }));
  }
}

function toCandidate(row: Record<string, unknown>): SearchCandidate {
  return {
    id: String(row.id),
    kind: String(row.kind),
    name: String(row.name ?? ''),
    aliases: cleanAliases(row.aliases),
    pinyin: typeof row.pinyin === 'string' ? row.pinyin : null,
    initials: typeof row.initials === 'string' ? row.initials : null,
  };
}

