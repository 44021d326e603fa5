import type { BuildContext } from '@/graph/batch.builder';
import type { GraphStore } from '@/graph/store.port';
import { ArticleService } from '@/services/article.service';
import { DashboardService } from '@/services/dashboard.service';
import { EntityService } from '@/services/entity.service';
import { GraphService } from '@/services/graph.service';
import { IngestService } from '@/services/ingest.service';
import { MutationService } from '@/services/mutation.service';
import { RegionService } from '@/services/region.service';
import { SearchService } from '@/services/search.service';
import { StatsService } from '@/services/stats.service';
import { ThemeService } from '@/services/theme.service';

/** The one service layer resolvers and CLI commands sit on. */
export interface Services {
  store: GraphStore;
  articles: ArticleService;
  regions: RegionService;
  themes: ThemeService;
  entities: EntityService;
  ingest: IngestService;
  search: SearchService;
  graph: GraphService;
  dashboards: DashboardService;
  stats: StatsService;
  mutations: MutationService;
}

export function createServices(store: GraphStore, ctx: BuildContext): Services {
  const regions = new RegionService(store);
  const articles = new ArticleService(store, regions);
  const entities = new EntityService(store);
  const ingest = new IngestService(store, ctx);
  return {
    store,
    regions,
    articles,
    themes: new ThemeService(store),
    entities,
    ingest,
    search: new SearchService(store),
    graph: new GraphService(store, entities),
    dashboards: new DashboardService(store, articles, entities),
    stats: new StatsService(store),
    mutations: new MutationService(store, ingest, articles, entities),
  };
}
