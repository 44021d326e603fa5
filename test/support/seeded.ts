import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ApiContext } from '@/api/context';
import { createLoaders } from '@/api/loaders';
import { KuzuStore } from '@/graph/kuzu/kuzu.store';
import type { GraphStore, Params, Row, Statement } from '@/graph/store.port';
import { defaultBuildContext } from '@/services/build.context';
import { createServices, type Services } from '@/services/services';
import { SEEDS_DIR } from '@/shared/paths';

/** A store that counts the statements it runs, to prove DataLoader batching. */
export class CountingStore implements GraphStore {
  readonly reads: string[] = [];
  constructor(private readonly inner: GraphStore) {}
  get engine() {
    return this.inner.engine;
  }
  init() {
    return this.inner.init();
  }
  read(name: string, params?: Params): Promise<Row[]> {
    this.reads.push(name);
    return this.inner.read(name, params);
  }
  execute(statements: Statement[]) {
    return this.inner.execute(statements);
  }
  close() {
    return this.inner.close();
  }
}

/** A fresh embedded store in a temp dir with seeds/ ingested through the real pipeline. */
export async function seededServices(): Promise<{ services: Services; store: CountingStore; dataDir: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'egov-seeded-'));
  const store = new CountingStore(await KuzuStore.open(dataDir));
  await store.init();
  const services = createServices(store, defaultBuildContext());
  await services.ingest.ensureSeeded(SEEDS_DIR);
  return { services, store, dataDir };
}

export function contextFor(services: Services, authenticated = false, apiKeyConfigured = false): ApiContext {
  return { services, loaders: createLoaders(services), authenticated, apiKeyConfigured };
}
