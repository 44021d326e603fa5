import { CATEGORIES, type Category } from '@/extract/eval/eval.scorer';
import type { EvalSet } from '@/extract/eval/eval.runner';

/** Plain-text reports of an evaluated set, shared by `npm run eval` and the holdout gate's output. */

const LABEL: Partial<Record<Category, string>> = { named: 'named (non-region)' };

export function table(set: EvalSet): string {
  const header = ['category', 'gold', 'pred', 'tp', 'P', 'R', 'F1'];
  const rows = CATEGORIES.map((c) => {
    const t = set.totals[c];
    return [LABEL[c] ?? c, String(t.tp + t.fn), String(t.tp + t.fp), String(t.tp), t.precision.toFixed(2), t.recall.toFixed(2), t.f1.toFixed(2)];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [`${set.name} (${set.articles.length} articles)`, line(header), ...rows.map(line)].join('\n');
}

export function misses(set: EvalSet): string {
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
