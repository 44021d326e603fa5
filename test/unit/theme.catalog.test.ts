import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadThemes, parseThemesMarkdown } from '@/extract/theme/theme.catalog';
import { compileThemeRules, loadThemeRules } from '@/extract/theme/theme.rules';
import { AppError } from '@/shared/errors';
import type { WordHits } from '@/extract/theme/theme.matcher';

/** Scan hits as objects, to filter and compare. */
const listOf = (h: WordHits) => Array.from({ length: h.length }, (_, i) => ({ word: h.word[i]!, start: h.start[i]!, end: h.end[i]! }));

const KEYS = [
  'data-sharing', 'online-services', 'one-stop-service', 'mobile-government', 'administrative-reform', 'open-data',
  'information-disclosure', 'citizen-participation', 'cloud-platform', 'big-data-analytics', 'e-certificates',
  'multi-level-linkage', 'smart-city', 'digital-health', 'remote-services', 'digital-economy',
];

describe('theme catalogue (seeds/themes.md)', () => {
  test('lists the 16 keys in table order with name, description, signals and dimension', () => {
    const themes = loadThemes();
    assert.deepEqual(themes.map((t) => t.key), KEYS);
    const ds = themes[0]!;
    assert.equal(ds.name, '数据共享与打通信息孤岛');
    assert.match(ds.description, /data silos/);
    assert.ok(ds.signals.includes('信息孤岛') && ds.signals.includes('并网'));
    assert.equal(ds.dimension, 'data-driven public sector');
    assert.equal(themes.find((t) => t.key === 'digital-economy')!.dimension, '', 'the – placeholder means no dimension');
  });

  test('a malformed table fails with a parse error naming the row', () => {
    assert.throws(() => parseThemesMarkdown('| key | name |\n|---|---|\n| open-data | 政府数据开放 |', 'x.md'), (e: unknown) => {
      return e instanceof AppError && e.code === 'PARSE_ERROR' && /open-data/.test(e.message);
    });
    assert.throws(() => parseThemesMarkdown('no table here', 'x.md'), (e: unknown) => e instanceof AppError && e.code === 'PARSE_ERROR');
  });
});

describe('trigger rules (seeds/themes/triggers.json)', () => {
  test('cover every catalogue key with weights in (0,1]', () => {
    const rules = loadThemeRules();
    assert.deepEqual(rules.themes.map((t) => t.key).sort(), [...KEYS].sort());
    for (const t of rules.themes) {
      assert.ok(t.terms.length >= 10, `${t.key} has a rich vocabulary`);
      for (const x of [...t.terms, ...t.rules]) assert.ok(x.weight > 0 && x.weight <= 1);
      for (const x of t.terms) assert.ok(rules.matcher.words[x.word]!.length >= 2, 'single characters are too ambiguous');
    }
  });

  test('an unknown key, a missing key or a bad weight is rejected', () => {
    const base = { threshold: 0.6, evidenceMin: 0.3, listFactor: 0.6 };
    const all = Object.fromEntries(KEYS.map((k) => [k, { terms: { 词语: 0.5 } }]));
    assert.doesNotThrow(() => compileThemeRules({ ...base, themes: all }, 't.json'));
    const isParse = (e: unknown) => e instanceof AppError && e.code === 'PARSE_ERROR';
    assert.throws(() => compileThemeRules({ ...base, themes: { ...all, 'data-sharng': { terms: {} } } }, 't.json'), isParse);
    const { 'open-data': _omit, ...missing } = all;
    assert.throws(() => compileThemeRules({ ...base, themes: missing }, 't.json'), isParse);
    assert.throws(() => compileThemeRules({ ...base, themes: { ...all, 'open-data': { terms: { 开放: 1.5 } } } }, 't.json'), isParse);
    assert.throws(() => compileThemeRules({ ...base, soloMin: 2, themes: all }, 't.json'), isParse);
    assert.throws(() => compileThemeRules({ ...base, themes: { ...all, 'open-data': { soloMin: -1, terms: { 开放: 0.5 } } } }, 't.json'), isParse);
    assert.throws(() => compileThemeRules({ ...base, article: { sentences: 0, threshold: 0.8 }, themes: all }, 't.json'), isParse);
    assert.throws(() => compileThemeRules({ ...base, article: { sentences: 4, threshold: 1.2 }, themes: all }, 't.json'), isParse);
  });

  test('patterns: "@name" words match their regular expression; unknown, invalid or empty-matching ones are rejected', () => {
    const base = { threshold: 0.6, evidenceMin: 0.3, listFactor: 0.6 };
    const all = Object.fromEntries(KEYS.map((k) => [k, { terms: { 词语: 0.5 } }]));
    const isParse = (e: unknown) => e instanceof AppError && e.code === 'PARSE_ERROR';
    const withPattern = (re: string, word = '@num') =>
      compileThemeRules({ ...base, patterns: { num: re }, themes: { ...all, 'open-data': { terms: { [word]: 0.9 } } } }, 't.json');
    const rules = withPattern('[0-9]+个数据集');
    const hits = listOf(rules.matcher.scan('开放了120个数据集和8个数据集'));
    assert.deepEqual(hits.filter((h) => rules.matcher.words[h.word] === '@num').map((h) => [h.start, h.end]), [[3, 10], [11, 16]]);
    assert.throws(() => withPattern('[0-9]+', '@other'), isParse);
    assert.throws(() => withPattern('(unclosed'), isParse);
    assert.throws(() => withPattern('x*'), isParse);
  });

  test('the administrative-level pattern finds enumerations of three levels or more, in any notation', () => {
    const rules = loadThemeRules();
    const levels = (text: string) => listOf(rules.matcher.scan(text)).filter((h) => rules.matcher.words[h.word] === '@levels').map((h) => text.slice(h.start, h.end));
    for (const text of ['省市县乡村', '省、市、县', '区、地（市）、县', '市、县（区）、乡镇、村', '县乡村'])
      assert.ok(levels(`实现${text}全覆盖`).includes(text), text);
    assert.deepEqual(levels('省里和市里开会'), []);
  });
});
