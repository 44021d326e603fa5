import type { Loaders } from '@/api/loaders';
import type { Services } from '@/services/services';

/** Built once per request: fresh DataLoaders, so caching never leaks between requests. */
export interface ApiContext {
  services: Services;
  loaders: Loaders;
  /** true when the request carried the configured API key; mutations check it. */
  authenticated: boolean;
  /** null when EGOV_API_KEY is unset: mutations are disabled. */
  apiKeyConfigured: boolean;
}
