import type { GraphStore } from '@/graph/store.port';
import { BadUserInputError, NotFoundError } from '@/shared/errors';

const CODE = /^(\d{6}|region:.+)$/;

export class RegionService {
  constructor(private readonly store: GraphStore) {}

  async idForCode(code: string): Promise<string | null> {
    if (!CODE.test(code)) throw new BadUserInputError(`region code must be a 6-digit GB/T 2260 code, got "${code}"`, { argument: 'code' });
    const [row] = await this.store.read('region-by-code', { code });
    return row ? String(row.id) : null;
  }

  /** For filters: an unknown code is an error, not an empty result. */
  async requireId(code: string): Promise<string> {
    const id = await this.idForCode(code);
    if (!id) throw new NotFoundError(`no region with code "${code}" in the graph`, { code });
    return id;
  }

  async childrenOf(ids: readonly string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>(ids.map((id) => [id, []]));
    for (const row of await this.store.read('region-children', { ids: [...ids] })) out.get(String(row.parentId))?.push(String(row.id));
    return out;
  }

  async parentsOf(ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.store.read('region-parents', { ids: [...ids] });
    return new Map(rows.map((r) => [String(r.childId), String(r.id)]));
  }
}
