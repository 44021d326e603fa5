import type { Config } from '@/config/config';
import { KuzuStore } from '@/graph/kuzu/kuzu.store';
import { Neo4jStore } from '@/graph/neo4j/index';
import type { GraphStore } from '@/graph/store.port';

export type StoreLog = (message: string) => void;

/** NEO4J_URI selects Neo4j; otherwise the embedded Kùzu store under EGOV_DATA_DIR. */
export async function openStore(config: Pick<Config, 'neo4j' | 'dataDir'>, log: StoreLog = () => undefined): Promise<GraphStore> {
  if (config.neo4j) {
    const store = await Neo4jStore.connect(config.neo4j, log);
    await store.init();
    return store;
  }
  const store = await KuzuStore.open(config.dataDir);
  await store.init();
  return store;
}
