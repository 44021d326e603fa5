import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseName, prf, scoreArticle, sumScores, type GoldArticle, type PredArticle } from '@/extract/eval/eval.scorer';
import { evaluateSeed, loadGold, DEV_GOLD, SEED_GOLD, type EvalSet } from '@/extract/eval/eval.runner';

const gold = (over: Partial<GoldArticle>): GoldArticle => ({ title: 't', entities: [], relations: [], themes: [], metrics: [], ...over });
const pred = (over: Partial<PredArticle>): PredArticle => ({ title: 't', entities: [], relations: [], themes: [], metrics: [], ...over });

describe('eval scorer', () => {
  test('prf: empty sides count as perfect, not as division by zero', () => {
    assert.deepEqual(prf({ tp: 0, fp: 0, fn: 0 }), { precision: 1, recall: 1, f1: 1 });
    assert.deepEqual(prf({ tp: 1, fp: 1, fn: 2 }), { precision: 0.5, recall: 1 / 3, f1: 0.4 });
    assert.equal(prf({ tp: 0, fp: 3, fn: 0 }).f1, 0);
  });

  test('names normalise quotes, book-title marks, spaces and full-width letters', () => {
    assert.equal(normaliseName('“武汉交警” 微信平台'), '武汉交警微信平台');
    assert.equal(normaliseName('《鲲鹏计划》'), '鲲鹏计划');
    assert.equal(normaliseName('社保ＡＰＰ'), '社保app');
  });

  test('regions match by code, whatever the name', () => {
    const s = scoreArticle(
      gold({ entities: [{ type: 'Region', name: '南海区', code: '440605' }, { type: 'Region', name: '佛山市', code: '440600' }] }),
      pred({ entities: [{ type: 'Region', name: '佛山市南海区', code: '440605' }, { type: 'Region', name: '佛山', code: '440000' }] }),
    );
    assert.deepEqual([s.Region.tp, s.Region.fp, s.Region.fn], [1, 1, 1]);
    assert.deepEqual(s.Region.missed, ['佛山市(440600)']);
  });

  test('named entities match by type and by name or alias, also without a leading region name', () => {
    const s = scoreArticle(
      gold({
        entities: [
          { type: 'Region', name: '济南市', code: '370100', aliases: ['济南'] },
          { type: 'Agency', name: '国家发展和改革委员会', aliases: ['发改委'] },
          { type: 'System', name: '济南市政务云计算中心' },
          { type: 'Organization', name: '浪潮集团' },
        ],
      }),
      pred({
        entities: [
          { type: 'Agency', name: '发改委' },
          { type: 'System', name: '政务云计算中心' },
          { type: 'Agency', name: '浪潮集团' },
        ],
      }),
    );
    assert.equal(s.Agency.tp, 1);
    assert.equal(s.System.tp, 1);
    assert.deepEqual([s.Organization.fn, s.Agency.fp], [1, 1], 'a wrong type is a miss and a spurious item');
    assert.deepEqual([s.named.tp, s.named.fp, s.named.fn], [2, 1, 1]);
  });

  test('one gold item matches one prediction: duplicates are spurious', () => {
    const s = scoreArticle(
      gold({ entities: [{ type: 'Person', name: '曹淑敏' }] }),
      pred({ entities: [{ type: 'Person', name: '曹淑敏' }, { type: 'Person', name: '曹淑敏' }] }),
    );
    assert.deepEqual([s.Person.tp, s.Person.fp], [1, 1]);
  });

  test('relations match by type and both endpoints (aliases via the entity lists)', () => {
    const s = scoreArticle(
      gold({
        entities: [{ type: 'Agency', name: '北京市社会保险基金管理中心', aliases: ['市社保中心'] }, { type: 'Region', name: '北京市', code: '110000' }],
        relations: [{ type: 'LOCATED_IN', from: { type: 'Agency', name: '北京市社会保险基金管理中心' }, to: { type: 'Region', name: '北京市', code: '110000' } }],
      }),
      pred({
        entities: [{ type: 'Agency', name: '市社保中心' }, { type: 'Region', name: '北京', code: '110000' }],
        relations: [
          { type: 'LOCATED_IN', from: { type: 'Agency', name: '市社保中心' }, to: { type: 'Region', name: '北京', code: '110000' } },
          { type: 'OPERATES', from: { type: 'Agency', name: '市社保中心' }, to: { type: 'Region', name: '北京', code: '110000' } },
        ],
      }),
    );
    assert.deepEqual([s.relations.tp, s.relations.fp, s.relations.fn], [1, 1, 0]);
  });

  test('themes match by key, metrics by value and unit, source by name', () => {
    const s = scoreArticle(
      gold({ themes: ['data-sharing', 'open-data'], metrics: [{ name: 'a', value: 1.86e9, unit: '元' }, { name: 'b', value: 85, unit: '%' }], source: '新京报' }),
      pred({
        themes: [{ key: 'data-sharing' }, { key: 'smart-city' }],
        metrics: [{ name: 'x', value: 1860000000.0000002, unit: '元' }, { name: 'b', value: 85, unit: '个' }],
        source: '新京报',
      }),
    );
    assert.deepEqual([s.themes.tp, s.themes.fp, s.themes.fn], [1, 1, 1]);
    assert.deepEqual([s.metrics.tp, s.metrics.fp, s.metrics.fn], [1, 1, 1]);
    assert.deepEqual([s.source.tp, s.source.fp, s.source.fn], [1, 0, 0]);
  });

  test('sumScores micro-averages over articles', () => {
    const a = scoreArticle(gold({ themes: ['open-data'] }), pred({ themes: [{ key: 'open-data' }] }));
    const b = scoreArticle(gold({ themes: ['smart-city'] }), pred({ themes: [] }));
    const t = sumScores([a, b]).themes;
    assert.deepEqual([t.tp, t.fn, t.precision, t.recall], [1, 1, 1, 0.5]);
  });
});

describe('gold files', () => {
  test('seed gold covers the 10 articles and the dev gold its article files', () => {
    assert.deepEqual(loadGold(SEED_GOLD).articles.map((a) => a.number), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const dev = loadGold(DEV_GOLD).articles;
    assert.ok(dev.length >= 6 && dev.every((a) => a.file?.endsWith('.txt')));
  });
});

describe('extraction quality on the seed gold (the gate)', () => {
  let seed: EvalSet;
  before(async () => {
    seed = await evaluateSeed();
  });
  for (const c of ['Region', 'Agency', 'System', 'themes'] as const) {
    test(`${c} F1 ≥ 0.90`, () => {
      const t = seed.totals[c];
      const missed = seed.articles.flatMap((a) => a.score[c].missed.map((m) => `${a.id} ${m}`));
      const spurious = seed.articles.flatMap((a) => a.score[c].spurious.map((m) => `${a.id} ${m}`));
      assert.ok(t.f1 >= 0.9, `${c} F1 ${t.f1.toFixed(3)} (P ${t.precision.toFixed(2)} R ${t.recall.toFixed(2)}); missed: ${missed.join('; ')}; spurious: ${spurious.join('; ')}`);
    });
  }
});
