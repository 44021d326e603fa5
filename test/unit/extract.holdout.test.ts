import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateDev, HOLDOUT2_GOLD, HOLDOUT3_GOLD, HOLDOUT4_GOLD, HOLDOUT_GOLD, loadGold, type EvalSet } from '@/extract/eval/eval.runner';
import { misses, table } from '@/extract/eval/eval.report';

/**
 * Held-out evaluation: articles written and annotated without reading the extractor or its lexicons
 * (test/fixtures/holdout*). They estimate how `extract` does on unseen cities and years. The
 * thresholds are the project's acceptance gate: when one fails the test fails, on purpose.
 */

const GATE = { regionF1: 0.85, namedRecall: 0.7, themeF1: 0.7 };

const SETS: Array<{ name: string; gold: string; articles: number }> = [
  { name: 'holdout', gold: HOLDOUT_GOLD, articles: 12 },
  { name: 'holdout-2', gold: HOLDOUT2_GOLD, articles: 10 },
  { name: 'holdout-3', gold: HOLDOUT3_GOLD, articles: 10 },
  { name: 'holdout-4', gold: HOLDOUT4_GOLD, articles: 10 },
];

for (const { name, gold, articles } of SETS) {
  describe(`extract on the ${name} set`, () => {
    let set: EvalSet;
    before(async () => {
      set = await evaluateDev(gold, name);
      // The table is the deliverable of this suite; print it whether or not the gate passes.
      process.stdout.write(`${table(set)}\n\n${misses(set)}\n`);
    });

    // a national story (ministries only) may name no region, so regions are required of the set
    test(`the gold covers ${articles} annotated articles, each with entities and themes`, () => {
      const doc = loadGold(gold);
      assert.equal(doc.articles.length, articles);
      for (const a of doc.articles) {
        assert.ok(a.entities.length > 0, `${a.file}: no entity`);
        assert.ok(a.themes.length > 0, `${a.file}: no theme`);
      }
      assert.ok(doc.articles.filter((a) => a.entities.some((e) => e.type === 'Region')).length >= articles - 1);
      assert.equal(set.articles.length, articles);
    });

    test(`region F1 by code ≥ ${GATE.regionF1}`, () => {
      const f1 = set.totals.Region.f1;
      assert.ok(f1 >= GATE.regionF1, `region F1 ${f1.toFixed(3)} < ${GATE.regionF1}`);
    });

    test(`named-entity recall ≥ ${GATE.namedRecall}`, () => {
      const r = set.totals.named.recall;
      assert.ok(r >= GATE.namedRecall, `named-entity recall ${r.toFixed(3)} < ${GATE.namedRecall}`);
    });

    test(`theme F1 ≥ ${GATE.themeF1}`, () => {
      const f1 = set.totals.themes.f1;
      assert.ok(f1 >= GATE.themeF1, `theme F1 ${f1.toFixed(3)} < ${GATE.themeF1}`);
    });
  });
}
