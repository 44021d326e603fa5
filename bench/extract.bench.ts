import path from 'node:path';
import { readdirSync } from 'node:fs';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import type { Article } from '@/corpus/corpus.types';
import { readCorpusFile } from '@/corpus/corpus.reader';
import { extractArticle, extractArticles } from '@/extract/extract.service';
import { PROJECT_ROOT, SEEDS_DIR } from '@/shared/paths';

/**
 * Throughput of the whole extraction (segmentation, gazetteer, entities, relations, themes,
 * metrics, dates) next to raw jieba segmentation of the same text: the ratio says how much of
 * the budget the rules cost on top of the segmenter. Numbers only, no asserts.
 */
const MIN_CHARS = 200_000;
// enough rounds for the median to settle on a shared two-core machine
const ROUNDS = 21;

async function corpus(): Promise<Article[]> {
  const seed = await readCorpusFile(path.join(SEEDS_DIR, 'bulletin-2014-06-06-june-1.txt'));
  const articles = seed.kind === 'bulletin' ? [...seed.bulletin.articles] : [seed.article];
  const devDir = path.join(PROJECT_ROOT, 'test', 'fixtures', 'dev');
  for (const f of readdirSync(devDir).filter((n) => n.endsWith('.txt')).sort()) {
    const doc = await readCorpusFile(path.join(devDir, f));
    if (doc.kind === 'article') articles.push(doc.article);
  }
  return articles;
}

function repeatTo(articles: Article[], minChars: number): Article[] {
  const out: Article[] = [];
  let chars = 0;
  while (chars < minChars) {
    for (const a of articles) {
      out.push(a);
      chars += a.body.length + a.title.length;
    }
  }
  return out;
}

function timeMs(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function main(): Promise<void> {
  const base = await corpus();
  const work = repeatTo(base, MIN_CHARS);
  const chars = work.reduce((n, a) => n + a.body.length + a.title.length, 0);
  const jieba = Jieba.withDict(dict);
  // one by one, as an API call extracts; in chunks, as ingest, eval and the extract command do
  const extractEach = () => {
    for (const a of work) extractArticle(a);
  };
  const extractBatch = () => {
    extractArticles(work);
  };
  // the extractor segments title and body separately; raw jieba does the same work
  const cutAll = () => {
    for (const a of work) {
      jieba.cut(a.title, true);
      jieba.cut(a.body, true);
    }
  };
  // warm-up: dictionaries, gazetteer and a full round for the JIT, so every timed round is steady
  extractEach();
  extractBatch();
  cutAll();

  const runs = [extractEach, extractBatch, cutAll];
  const times = runs.map((): number[] => []);
  const paired = [[] as number[], [] as number[]];
  for (let r = 0; r < ROUNDS; r++) {
    // each round times all three, in rotating order, so a burst of load on the shared machine hits
    // one round rather than one side: the ratio within a round compares like with like
    const t = [0, 0, 0];
    for (let k = 0; k < runs.length; k++) {
      const i = (r + k) % runs.length;
      t[i] = timeMs(runs[i]!);
    }
    t.forEach((ms, i) => times[i]!.push(ms));
    paired[0]!.push(t[2]! / t[0]!);
    paired[1]!.push(t[2]! / t[1]!);
  }
  const [eachMs, batchMs, cutMs] = times.map(median) as [number, number, number];
  const rate = (ms: number) => Math.round(chars / (ms / 1000));
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const ratio = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return `${pct(median(xs))} (median of the rounds' ratios; quartiles ${pct(sorted[Math.floor(ROUNDS / 4)]!)}–${pct(sorted[Math.floor((3 * ROUNDS) / 4)]!)})`;
  };
  const rows: Array<[string, string]> = [
    ['articles', `${work.length} (${base.length} distinct)`],
    ['chars', String(chars)],
    ['rounds (median)', String(ROUNDS)],
    ['extractArticle ms', `${eachMs.toFixed(1)}  (one by one)`],
    ['extractArticles ms', `${batchMs.toFixed(1)}  (in chunks, as ingest does)`],
    ['jieba cut ms', cutMs.toFixed(1)],
    ['extractArticle chars/s', String(rate(eachMs))],
    ['extractArticles chars/s', String(rate(batchMs))],
    ['jieba cut chars/s', String(rate(cutMs))],
    ['ratio one by one/jieba', ratio(paired[0]!)],
    ['ratio in chunks/jieba', ratio(paired[1]!)],
  ];
  const w = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) process.stdout.write(`${k.padEnd(w)}  ${v}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:extract failed: ${(err as Error).message}\n`);
  process.exitCode = 1;
});
