import type { Command } from 'commander';
import { readCorpusFile } from '@/corpus/corpus.reader';
import { resolveConfig } from '@/config/config';
import { progressBar } from '@/cli/progress';
import { openServices, runCommand } from '@/cli/runtime';

export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('parse, extract and write bulletins or plain articles into the graph (all or nothing)')
    .argument('<files...>', 'bulletin or plain article files')
    .option('--data-dir <dir>', 'embedded store directory (env EGOV_DATA_DIR)')
    .action((files: string[], opts: { dataDir?: string }) =>
      runCommand(async () => {
        const config = resolveConfig(opts);
        // Read and parse everything before opening the store: a bad file writes nothing.
        const docs = [];
        for (const file of files) docs.push(await readCorpusFile(file));
        const services = await openServices(config);
        const bar = progressBar('extracting');
        try {
          const report = await services.ingest.ingest(docs, bar.listener);
          bar.stop();
          process.stdout.write(`ingested ${report.articles} articles (${report.nodes} nodes, ${report.edges} edges)\n`);
        } finally {
          bar.stop();
          await services.store.close();
        }
      }),
    );
}
