import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadThemes } from '@/extract/theme/theme.catalog';
import { classifyThemes } from '@/extract/theme/theme.classifier';
import { PatternGate } from '@/extract/theme/theme.patterns';
import { compileThemeRules, type RawTriggerFile } from '@/extract/theme/theme.rules';
import { splitSentences } from '@/extract/text/sentence.splitter';

/** Every theme gets a filler term; open-data gets the pattern words under test. */
function rulesWith(openData: RawTriggerFile['themes'][string]) {
  const themes = Object.fromEntries(loadThemes().map((t) => [t.key, { terms: { 填充词语: 0.5 } }]));
  const raw: RawTriggerFile = {
    threshold: 0.6,
    evidenceMin: 0.3,
    listFactor: 0.6,
    patterns: { count: '[0-9]+个数据集', year: '20[0-9]{2}年' },
    themes: { ...themes, 'open-data': openData },
  };
  return compileThemeRules(raw, 't.json');
}

describe('PatternGate', () => {
  const rules = rulesWith({
    terms: { '@year': 0.3 },
    rules: [{ all: [['@count'], ['开放', '上线']], w: 0.9 }],
  });
  const gate = new PatternGate(rules);
  const id = (w: string) => rules.matcher.id(w);
  const wants = (text: string, word: string) => {
    gate.see(rules.matcher.scanWords(text));
    return gate.wants(id(word));
  };

  test('a pattern serving only a rule is matched where the rule can fire, skipped where it cannot', () => {
    assert.equal(wants('平台开放了120个数据集。', '@count'), true);
    assert.equal(wants('平台上线，共120个数据集。', '@count'), true);
    assert.equal(wants('平台收录了120个数据集。', '@count'), false);
  });

  test('a pattern that is a term is always matched', () => {
    assert.equal(wants('平台收录了数据。', '@year'), true);
  });

  test('the classifier finds the same themes as with every pattern matched', () => {
    // the same rule set, with a matcher that ignores the gate and runs every pattern
    const matcher = Object.create(rules.matcher) as typeof rules.matcher;
    matcher.addPatterns = (text, out) => rules.matcher.addPatterns(text, out);
    const ungated = { ...rules, matcher };
    const classify = (text: string, r: typeof rules) => classifyThemes(text, splitSentences(text), [], r).map((h) => [h.key, h.score]);
    assert.deepEqual(classify('平台开放了120个数据集。', rules), [['open-data', 0.9]]);
    for (const text of ['平台开放了120个数据集。', '平台收录了120个数据集。', '2020年平台开放了120个数据集，收录了8个数据集。'])
      assert.deepEqual(classify(text, ungated), classify(text, rules), text);
  });
});
