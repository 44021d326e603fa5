import 'reflect-metadata';
import { Command } from 'commander';
import { registerExtractCommand } from '@/cli/extract.command';
import { registerIngestCommand } from '@/cli/ingest.command';
import { registerSchemaCommand } from '@/cli/schema.command';
import { registerServeCommand } from '@/cli/serve.command';
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

program.parseAsync(process.argv);
