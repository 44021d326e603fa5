import { encodeCursor } from '@/services/pagination';
import type { Page } from '@/services/records';

/** A service page → a Relay connection; nodes are resolved by the caller (usually a DataLoader). */
export async function toConnection<T>(page: Page<string>, load: (id: string) => Promise<T | null>) {
  const nodes = await Promise.all(page.items.map(load));
  const edges = page.items.flatMap((_, i) => {
    const node = nodes[i];
    return node === null || node === undefined ? [] : [{ cursor: encodeCursor(page.offset + i), node }];
  });
  const last = edges[edges.length - 1];
  return {
    totalCount: page.totalCount,
    pageInfo: { hasNextPage: page.offset + page.items.length < page.totalCount, endCursor: last ? last.cursor : null },
    edges,
  };
}
