import path from 'node:path';
import { readdirSync } from 'node:fs';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import type { Article } from '@/corpus/corpus.types';
import { readCorpusFile } from '@/corpus/corpus.reader';
import { extractArticle } from '@/extract/extract.service';
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
  const extractAll = () => {
    for (const a of work) extractArticle(a);
  };
  // the extractor segments title and body separately; raw jieba does the same work
  const cutAll = () => {
    for (const a of work) {
      jieba.cut(a.title, true);
      jieba.cut(a.body, true);
    }
  };
  // warm-up: dictionaries, gazetteer and a full round for the JIT, so every timed round is steady
  extractAll();
  cutAll();

  const ex: number[] = [];
  const cut: number[] = [];
  const paired: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    // each round times both, in alternating order, so a burst of load on the shared machine hits
    // one pair rather than one side: the ratio of a pair compares like with like
    let e: number;
    let c: number;
    if (r % 2 === 0) {
      e = timeMs(extractAll);
      c = timeMs(cutAll);
    } else {
      c = timeMs(cutAll);
      e = timeMs(extractAll);
    }
    ex.push(e);
    cut.push(c);
    paired.push(c / e);
  }
  const exMs = median(ex);
  const cutMs = median(cut);
  const rate = (ms: number) => Math.round(chars / (ms / 1000));
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const sorted = [...paired].sort((a, b) => a - b);
  const rows: Array<[string, string]> = [
    ['articles', `${work.length} (${base.length} distinct)`],
    ['chars', String(chars)],
    ['rounds (median)', String(ROUNDS)],
    ['extractArticle ms', exMs.toFixed(1)],
    ['extractArticle chars/s', String(rate(exMs))],
    ['jieba cut ms', cutMs.toFixed(1)],
    ['jieba cut chars/s', String(rate(cutMs))],
    ['ratio extract/jieba', `${pct(median(paired))} (median of the rounds' ratios; quartiles ${pct(sorted[Math.floor(ROUNDS / 4)]!)}–${pct(sorted[Math.floor((3 * ROUNDS) / 4)]!)})`],
  ];
  const w = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) process.stdout.write(`${k.padEnd(w)}  ${v}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:extract failed: ${(err as Error).message}\n`);
  process.exitCode = 1;
});
