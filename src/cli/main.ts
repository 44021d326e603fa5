import 'reflect-metadata';
import { Command } from 'commander';
import { registerExportCommand } from '@/cli/export.command';
import { registerExtractCommand } from '@/cli/extract.command';
import { registerIngestCommand } from '@/cli/ingest.command';
import { registerSchemaCommand } from '@/cli/schema.command';
import { registerServeCommand } from '@/cli/serve.command';
import { resolveConfig } from '@/config/config';
import { readCorpusDir } from '@/corpus/corpus.reader';
import { defaultBuildContext } from '@/services/build.context';
import { prepareBatch } from '@/services/ingest.service';
import { PROJECT_ROOT } from '@/shared/paths';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const { version } = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };

const program = new Command()
  .name('egov-kg')
  .description('Knowledge graph of Chinese e-government initiatives')
  .version(version);

registerServeCommand(program);
registerIngestCommand(program);
registerExtractCommand(program);
registerSchemaCommand(program);
registerExportCommand(program, {
  buildSeedBatch: async () => prepareBatch(await readCorpusDir(resolveConfig().seedsDir), defaultBuildContext()).batch,
});

program.parseAsync(process.argv);
