import type { NodeLabel } from '@/graph/graph.model';

/** Graph label → GraphQL type name. They coincide today; the map keeps the API free to diverge. */
const TYPE_NAMES: Record<NodeLabel, string> = {
  Bulletin: 'Bulletin',
  Article: 'Article',
  Theme: 'Theme',
  Metric: 'Metric',
  Region: 'Region',
  Agency: 'Agency',
  System: 'System',
  Technology: 'Technology',
  Organization: 'Organization',
  Person: 'Person',
  Publication: 'Publication',
  Policy: 'Policy',
};

export function typeNameOf(kind: string | undefined): string | undefined {
  return kind ? TYPE_NAMES[kind as NodeLabel] : undefined;
}
