import fs from 'node:fs';
import path from 'node:path';
import type { Article } from '@/corpus/corpus.types';
import { readCorpusFile } from '@/corpus/corpus.reader';
import { extractArticles } from '@/extract/extract.service';
import { toContractJson, type ContractArticle } from '@/extract/extract.contract';
import { ENTITY_TYPES } from '@/extract/extraction.types';
import { scoreArticle, sumScores, type ArticleScore, type Category, type Counts, type GoldArticle, type Prf } from '@/extract/eval/eval.scorer';
import { ParseError } from '@/shared/errors';
import { PROJECT_ROOT } from '@/shared/paths';

/**
 * Runs the extractor over a gold set exactly as a user gets it: corpus reader → extractArticles →
 * toContractJson → JSON text → parsed back, then scores against the hand annotation.
 */

export const SEED_GOLD = path.join(PROJECT_ROOT, 'test', 'fixtures', 'gold', 'seed.gold.json');
export const DEV_GOLD = path.join(PROJECT_ROOT, 'test', 'fixtures', 'dev', 'dev.gold.json');
export const HOLDOUT_GOLD = path.join(PROJECT_ROOT, 'test', 'fixtures', 'holdout', 'holdout.gold.json');
export const HOLDOUT2_GOLD = path.join(PROJECT_ROOT, 'test', 'fixtures', 'holdout-2', 'holdout-2.gold.json');
export const HOLDOUT3_GOLD = path.join(PROJECT_ROOT, 'test', 'fixtures', 'holdout-3', 'holdout-3.gold.json');
export const HOLDOUT4_GOLD = path.join(PROJECT_ROOT, 'test', 'fixtures', 'holdout-4', 'holdout-4.gold.json');

export interface GoldFile {
  /** Seed only: the bulletin the articles come from, relative to the project root. */
  corpus?: string;
  articles: GoldArticle[];
}

export interface EvalArticle {
  id: string;
  title: string;
  score: ArticleScore;
}

export interface EvalSet {
  name: string;
  articles: EvalArticle[];
  totals: Record<Category, Counts & Prf>;
}

export function loadGold(file: string): GoldFile {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ParseError(file, `cannot be read as JSON (${(err as Error).message})`);
  }
  const doc = raw as GoldFile;
  if (!doc || !Array.isArray(doc.articles)) throw new ParseError(file, 'expected an object with an "articles" list');
  doc.articles.forEach((a, i) => {
    const where = `article ${a?.number ?? a?.file ?? i + 1}`;
    for (const k of ['entities', 'relations', 'themes', 'metrics'] as const)
      if (!Array.isArray(a?.[k])) throw new ParseError(file, `${where}: "${k}" must be a list`);
    if (a.number === undefined && a.file === undefined) throw new ParseError(file, `${where}: needs "number" or "file"`);
    for (const e of a.entities) {
      if (!(ENTITY_TYPES as readonly string[]).includes(e.type)) throw new ParseError(file, `${where}: unknown entity type "${e.type}"`);
      if (e.type === 'Region' && e.code !== undefined && !/^\d{6}$/.test(e.code)) throw new ParseError(file, `${where}: region code "${e.code}" is not 6 digits`);
    }
  });
  return doc;
}

/** The contract JSON of `articles`, as text and back: what a consumer of `egov-kg extract` parses. */
function throughContract(articles: Article[]): ContractArticle[] {
  const doc = toContractJson(articles, extractArticles(articles));
  return (JSON.parse(JSON.stringify(doc)) as { articles: ContractArticle[] }).articles;
}

function evaluate(name: string, gold: GoldArticle[], articles: Article[], ids: string[]): EvalSet {
  const predicted = throughContract(articles);
  const scored = gold.map((g, i) => ({ id: ids[i]!, title: g.title, score: scoreArticle(g, predicted[i]!) }));
  return { name, articles: scored, totals: sumScores(scored.map((s) => s.score)) };
}

export async function evaluateSeed(goldFile = SEED_GOLD): Promise<EvalSet> {
  const gold = loadGold(goldFile);
  const corpus = path.join(PROJECT_ROOT, gold.corpus ?? path.join('seeds', 'bulletin-2014-06-06-june-1.txt'));
  const doc = await readCorpusFile(corpus);
  if (doc.kind !== 'bulletin') throw new ParseError(corpus, 'expected a bulletin');
  const articles = gold.articles.map((g) => {
    const a = doc.bulletin.articles.find((x) => x.number === g.number);
    if (!a) throw new ParseError(goldFile, `article ${g.number} is not in ${corpus}`);
    return a;
  });
  return evaluate('seed', gold.articles, articles, gold.articles.map((g) => `#${g.number}`));
}

/** A set of plain article files beside their gold file (dev, holdout). */
export async function evaluateDev(goldFile = DEV_GOLD, name = 'dev'): Promise<EvalSet> {
  const gold = loadGold(goldFile);
  const dir = path.dirname(goldFile);
  const articles: Article[] = [];
  for (const g of gold.articles) {
    const doc = await readCorpusFile(path.join(dir, g.file!));
    if (doc.kind !== 'article') throw new ParseError(g.file!, 'expected a plain article file');
    articles.push(doc.article);
  }
  return evaluate(name, gold.articles, articles, gold.articles.map((g) => g.file!.replace(/\.txt$/, '')));
}

/** Every gold set by name, in report order (`npm run eval -- --set <name>`). */
export const EVAL_SETS: Readonly<Record<string, () => Promise<EvalSet>>> = {
  seed: () => evaluateSeed(),
  dev: () => evaluateDev(),
  holdout: () => evaluateDev(HOLDOUT_GOLD, 'holdout'),
  'holdout-2': () => evaluateDev(HOLDOUT2_GOLD, 'holdout-2'),
  'holdout-3': () => evaluateDev(HOLDOUT3_GOLD, 'holdout-3'),
  'holdout-4': () => evaluateDev(HOLDOUT4_GOLD, 'holdout-4'),
};
