import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { graphql } from 'graphql';
import { buildApiSchema } from '@/api/schema';
import { contextFor, seededServices } from '@test/support/seeded';

/**
 * API latency on the seeded embedded store, executed in-process (no HTTP) so the numbers are the
 * resolvers, DataLoaders and Kùzu. Prints numbers only; nothing here asserts a target.
 */
const QUERIES: Record<string, string> = {
  'articles page (20, nested regions/themes/entities)':
    '{ articles(first: 20) { totalCount edges { node { id title regions { code } themes { key } entities { name articleCount } } } } }',
  'regionsByTheme(data-sharing)': '{ regionsByTheme(theme: "data-sharing") { region { code } articles { id } evidence { text } } }',
  'articles filtered by province + theme': '{ articles(first: 10, filter: { regionCode: "330000", theme: "data-sharing" }) { totalCount edges { node { id } } } }',
  'region(440605) with parent chain and children': '{ region(code: "440605") { name parent { name parent { name } } children { name } articleCount } }',
};

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

async function main() {
  const setup = performance.now();
  const { services, store } = await seededServices();
  process.stdout.write(`seeded embedded store in ${(performance.now() - setup).toFixed(0)} ms\n`);
  const schema = buildApiSchema();
  const iterations = Number(process.env.BENCH_ITERATIONS ?? 50);
  process.stdout.write(`${'query'.padEnd(52)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'reads/op'.padStart(9)}\n`);
  for (const [name, source] of Object.entries(QUERIES)) {
    for (let i = 0; i < 5; i++) await graphql({ schema, source, contextValue: contextFor(services) });
    const times: number[] = [];
    store.reads.length = 0;
    for (let i = 0; i < iterations; i++) {
      const t0 = performance.now();
      const res = await graphql({ schema, source, contextValue: contextFor(services) });
      times.push(performance.now() - t0);
      if (res.errors) throw new Error(`${name}: ${res.errors[0]!.message}`);
    }
    times.sort((a, b) => a - b);
    const reads = store.reads.length / iterations;
    process.stdout.write(`${name.padEnd(52)} ${percentile(times, 0.5).toFixed(2).padStart(8)} ${percentile(times, 0.95).toFixed(2).padStart(8)} ${reads.toFixed(1).padStart(9)}\n`);
  }
  await store.close();
  process.exit(0);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
