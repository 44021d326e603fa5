import type { Command } from 'commander';
import { startServer } from '@/api/server';
import { resolveConfig } from '@/config/config';
import { progressBar } from '@/cli/progress';
import { log, openServices, runCommand } from '@/cli/runtime';

export function registerServeCommand(program: Command): void {
  program
    .command('serve', { isDefault: true })
    .description('load seeds/ on first start, then serve the GraphQL API and GraphiQL')
    .option('-p, --port <port>', 'port to listen on (env PORT, default 4000)')
    .option('--host <host>', 'interface to bind (env HOST, default 127.0.0.1)')
    .option('--data-dir <dir>', 'embedded store directory (env EGOV_DATA_DIR, default ./data)')
    .option('--seeds-dir <dir>', 'corpus loaded on first start (env EGOV_SEEDS_DIR, default ./seeds)')
    .action((opts: { port?: string; host?: string; dataDir?: string; seedsDir?: string }) =>
      runCommand(async () => {
        const config = resolveConfig(opts);
        const services = await openServices(config);
        const bar = progressBar('loading seeds');
        const seeded = await services.ingest.ensureSeeded(config.seedsDir, bar.listener).finally(() => bar.stop());
        if (seeded) log(`loaded ${seeded.articles} articles from ${config.seedsDir} (${seeded.nodes} nodes, ${seeded.edges} edges)`);
        const running = await startServer(config, services, log);
        const engine = config.neo4j ? `Neo4j at ${config.neo4j.uri}` : `embedded Kùzu in ${config.dataDir}`;
        process.stdout.write(`egov-kg serving ${engine}\n  GraphQL API: ${running.url}\n  GraphiQL:    ${running.url} (open in a browser)\n`);
        await new Promise<void>((resolve) => {
          const stop = (signal: string) => {
            log(`${signal} received, shutting down`);
            resolve();
          };
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
        await running.close();
        await services.store.close();
      }),
    );
}
