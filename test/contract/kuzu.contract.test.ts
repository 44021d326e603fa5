import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KuzuStore } from '@/graph/kuzu/kuzu.store';
import { runStoreContract } from '@test/support/store.contract';

runStoreContract('Kùzu (embedded)', async () => KuzuStore.open(fs.mkdtempSync(path.join(os.tmpdir(), 'egov-contract-'))));
