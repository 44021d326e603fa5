import { CATEGORIES } from '@/extract/eval/eval.scorer';
import { misses, table } from '@/extract/eval/eval.report';
import { EVAL_SETS, type EvalSet } from '@/extract/eval/eval.runner';
import { BadUserInputError } from '@/shared/errors';

/**
 * `npm run eval`: precision / recall / F1 of the extractor on each gold set (seed bulletin, dev,
 * holdouts) separately, per entity type, for named entities overall, relations, themes, metrics and source.
 *   --json     one JSON document on stdout (totals and per-article misses)
 *   --misses   after each table, the gold items missed and the spurious predictions per article
 *   --set X    only one set (seed, dev, holdout …: the keys of EVAL_SETS)
 */

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
  const names = Object.keys(EVAL_SETS);
  const known = new Set(['--json', '--misses', '--set']);
  const bad = argv.find((a, i) => a.startsWith('-') && !known.has(a) && argv[i - 1] !== '--set');
  if (bad) throw new BadUserInputError(`unknown option ${bad} (use --json, --misses, --set ${names.join('|')})`);
  const only = argv.includes('--set') ? argv[argv.indexOf('--set') + 1] : undefined;
  if (only !== undefined && !names.includes(only)) {
    throw new BadUserInputError(`--set must be ${names.join(', ')}, not ${only ?? 'nothing'}`);
  }
  const sets: EvalSet[] = [];
  for (const name of names) if (!only || only === name) sets.push(await EVAL_SETS[name]!());
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
