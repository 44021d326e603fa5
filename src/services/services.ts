import type { BuildContext } from '@/graph/batch.builder';
import type { GraphStore } from '@/graph/store.port';
import { ArticleService } from '@/services/article.service';
import { EntityService } from '@/services/entity.service';
import { IngestService } from '@/services/ingest.service';
import { RegionService } from '@/services/region.service';
import { ThemeService } from '@/services/theme.service';

/** The one service layer resolvers and CLI commands sit on. */
export interface Services {
  store: GraphStore;
  articles: ArticleService;
  regions: RegionService;
  themes: ThemeService;
  entities: EntityService;
  ingest: IngestService;
}

export function createServices(store: GraphStore, ctx: BuildContext): Services {
  const regions = new RegionService(store);
  return {
    store,
    regions,
    articles: new ArticleService(store, regions),
    themes: new ThemeService(store),
    entities: new EntityService(store),
    ingest: new IngestService(store, ctx),
  };
}
