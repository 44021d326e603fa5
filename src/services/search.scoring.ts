import { compareStrings } from '@/shared/compare';

/**
 * Entity search scoring, pure. A hit belongs to one tier — exact name > name prefix > name substring
 * > alias > full pinyin > pinyin initials — and inside a tier the query's share of the matched
 * string breaks ties, so shorter names rank higher (qingdao → 青岛市 before 青岛市人民政府).
 */
export interface SearchCandidate {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
  pinyin: string | null;
  initials: string | null;
}

export interface ScoredMatch {
  /** In (0, 1]; 1 only for an exact name. */
  score: number;
  /** The name, alias, pinyin or initials that matched. */
  matched: string;
}

const TIER = { exactName: 6, namePrefix: 5, nameSubstring: 4, alias: 3, pinyin: 2, initials: 1 } as const;
const TOP = TIER.exactName + 1;
/** A pinyin fragment shorter than this matches inside too many names (an, hai …) to mean anything. */
const MIN_PINYIN_SUBSTRING = 4;
export const MAX_QUERY_LENGTH = 50;

export interface NormalisedQuery {
  /** NFKC, lower case, trimmed: what names and aliases are compared with. */
  text: string;
  /** Latin letters only (spaces and apostrophes removed), or null when the query is not pinyin. */
  latin: string | null;
}

/** Returns null for a query with nothing to search for. */
export function normaliseQuery(raw: string): NormalisedQuery | null {
  const text = raw.normalize('NFKC').trim().toLowerCase();
  if (!text) return null;
  const compact = text.replace(/[\s'’-]+/g, '');
  return { text, latin: /^[a-z]+$/.test(compact) ? compact : null };
}

/** How a query meets one string: exact, prefix or substring, with the share of it the query covers. */
function meet(query: string, target: string): { kind: 'exact' | 'prefix' | 'substring'; coverage: number } | null {
  if (!query || !target) return null;
  const t = target.toLowerCase();
  if (t === query) return { kind: 'exact', coverage: 1 };
  const at = t.indexOf(query);
  if (at < 0) return null;
  // Strictly below 1, so a partial match never reaches the next tier.
  const coverage = query.length / (t.length + 1);
  return { kind: at === 0 ? 'prefix' : 'substring', coverage };
}

const scored = (tier: number, coverage: number, matched: string): ScoredMatch => ({
  score: Math.round(((tier + coverage) / TOP) * 1e6) / 1e6,
  matched,
});

/** The best way a query matches a candidate, or null when it does not. */
export function scoreCandidate(query: NormalisedQuery, c: SearchCandidate): ScoredMatch | null {
  const name = meet(query.text, c.name);
  if (name) {
    const tier = name.kind === 'exact' ? TIER.exactName : name.kind === 'prefix' ? TIER.namePrefix : TIER.nameSubstring;
    return scored(tier, name.coverage, c.name);
  }
  let best: ScoredMatch | null = null;
  for (const alias of c.aliases) {
    const hit = meet(query.text, alias);
    const match = hit && scored(TIER.alias, hit.coverage, alias);
    if (match && (!best || match.score > best.score)) best = match;
  }
  if (best || !query.latin) return best;
  const pinyin = meet(query.latin, c.pinyin ?? '');
  if (pinyin && (pinyin.kind !== 'substring' || query.latin.length >= MIN_PINYIN_SUBSTRING)) {
    return scored(TIER.pinyin, pinyin.coverage, c.pinyin!);
  }
  const initials = meet(query.latin, c.initials ?? '');
  if (initials && initials.kind !== 'substring') return scored(TIER.initials, initials.coverage, c.initials!);
  return null;
}

export interface RankedHit extends ScoredMatch {
  candidate: SearchCandidate;
}

/** Scores every candidate and keeps the best `first`: score, then shorter name, then name and id. */
export function rankCandidates(query: NormalisedQuery, candidates: SearchCandidate[], first: number): RankedHit[] {
  const hits: RankedHit[] = [];
  for (const candidate of candidates) {
    const match = scoreCandidate(query, candidate);
    if (match) hits.push({ ...match, candidate });
  }
  return hits
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.candidate.name.length - b.candidate.name.length ||
        compareStrings(a.candidate.name, b.candidate.name) ||
        compareStrings(a.candidate.id, b.candidate.id),
    )
    .slice(0, first);
}
