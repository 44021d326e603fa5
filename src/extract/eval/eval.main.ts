import { CATEGORIES, type Category } from '@/extract/eval/eval.scorer';
import { evaluateDev, evaluateSeed, HOLDOUT_GOLD, type EvalSet } from '@/extract/eval/eval.runner';
import { BadUserInputError } from '@/shared/errors';

/**
 * `npm run eval`: precision / recall / F1 of the extractor on the seed bulletin and the dev set,
 * separately, per entity type, for named entities overall, relations, themes, metrics and source.
 *   --json     one JSON document on stdout (totals and per-article misses)
 *   --misses   after each table, the gold items missed and the spurious predictions per article
 *   --set X    only `seed`, `dev` or `holdout`
 */

const LABEL: Partial<Record<Category, string>> = { named: 'named (non-region)' };

function table(set: EvalSet): string {
  const header = ['category', 'gold', 'pred', 'tp', 'P', 'R', 'F1'];
  const rows = CATEGORIES.map((c) => {
    const t = set.totals[c];
    return [LABEL[c] ?? c, String(t.tp + t.fn), String(t.tp + t.fp), String(t.tp), t.precision.toFixed(2), t.recall.toFixed(2), t.f1.toFixed(2)];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [`${set.name} (${set.articles.length} articles)`, line(header), ...rows.map(line)].join('\n');
}

function misses(set: EvalSet): string {
  const out: string[] = [];
  for (const a of set.articles) {
    const parts: string[] = [];
    for (const c of CATEGORIES) {
      if (c === 'named') continue;
      const r = a.score[c];
      if (r.missed.length) parts.push(`  ${c} missed: ${r.missed.join(', ')}`);
      if (r.spurious.length) parts.push(`  ${c} spurious: ${r.spurious.join(', ')}`);
    }
    if (parts.length) out.push(`${set.name} ${a.id} ${a.title}`, ...parts);
  }
  return out.join('\n');
}

function json(sets: EvalSet[]): unknown {
  return Object.fromEntries(
    sets.map((s) => [
      s.name,
      {
        totals: s.totals,
        articles: s.articles.map((a) => ({
          id: a.id,
          title: a.title,
          missed: Object.fromEntries(CATEGORIES.map((c) => [c, a.score[c].missed])),
          spurious: Object.fromEntries(CATEGORIES.map((c) => [c, a.score[c].spurious])),
        })),
      },
    ]),
  );
}

async function main(argv: string[]): Promise<void> {
  const known = new Set(['--json', '--misses', '--set']);
  const bad = argv.find((a, i) => a.startsWith('-') && !known.has(a) && argv[i - 1] !== '--set');
  if (bad) throw new BadUserInputError(`unknown option ${bad} (use --json, --misses, --set seed|dev|holdout)`);
  const only = argv.includes('--set') ? argv[argv.indexOf('--set') + 1] : undefined;
  if (only !== undefined && !['seed', 'dev', 'holdout'].includes(only)) {
    throw new BadUserInputError(`--set must be seed, dev or holdout, not ${only ?? 'nothing'}`);
  }
  const sets: EvalSet[] = [];
  if (!only || only === 'seed') sets.push(await evaluateSeed());
  if (!only || only === 'dev') sets.push(await evaluateDev());
  if (!only || only === 'holdout') sets.push(await evaluateDev(HOLDOUT_GOLD, 'holdout'));
  if (argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(json(sets), null, 2)}\n`);
    return;
  }
  const blocks = sets.map((s) => (argv.includes('--misses') ? `${table(s)}\n\n${misses(s)}` : table(s)));
  process.stdout.write(`${blocks.join('\n\n')}\n`);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`eval: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
