import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SubstringMatcher, type WordHits } from '@/extract/theme/theme.matcher';
import { loadThemeRules } from '@/extract/theme/theme.rules';

const listOf = (h: WordHits) => Array.from({ length: h.length }, (_, i) => [h.word[i]!, h.start[i]!, h.end[i]!]);

/** Every occurrence of every literal word by indexOf, ordered by start then end: what scan must return. */
function bruteForce(words: readonly string[], text: string): number[][] {
  const out: number[][] = [];
  words.forEach((w, id) => {
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) out.push([id, at, at + w.length]);
  });
  return out.sort((a, b) => a[1]! - b[1]! || a[2]! - b[2]!);
}

describe('SubstringMatcher', () => {
  test('finds overlapping and nested words, ordered by start then end', () => {
    const m = new SubstringMatcher(['数据', '数据共享', '共享', '共享平台', '据']);
    const hits = listOf(m.scan('推进数据共享平台建设'));
    const id = (w: string) => m.id(w);
    assert.deepEqual(hits, [
      [id('数据'), 2, 4], [id('数据共享'), 2, 6], [id('据'), 3, 4], [id('共享'), 4, 6], [id('共享平台'), 4, 8],
    ]);
    assert.equal(m.id('没有'), -1);
  });

  test('agrees with a brute-force search over the real trigger vocabulary', () => {
    const { matcher } = loadThemeRules();
    const literal = matcher.words.filter((w) => !w.startsWith('@'));
    const literalIds = new Set(literal.map((w) => matcher.id(w)));
    // texts built from the vocabulary itself, glued and cut at odd places, so words overlap and break off
    const glued = literal.join('');
    for (let k = 0; k < 40; k++) {
      const from = (k * 7919) % glued.length;
      const text = `政务${glued.slice(from, from + 200)}、${literal[k]!.slice(1)}工作${literal[(k * 31) % literal.length]}`;
      const hits = listOf(matcher.scan(text)).filter((h) => literalIds.has(h[0]!));
      const want = bruteForce(matcher.words, text).filter((h) => literalIds.has(h[0]!));
      assert.deepEqual(hits, want);
    }
  });

  test('pattern hits merge into the trie hits in order, a trie hit first on a tie', () => {
    const m = new SubstringMatcher(['省市', '省市县', '县乡', '@levels'], new Map([['@levels', /省市县/]]));
    const hits = listOf(m.scan('推动省市县乡联动，省市县'));
    const [a, b, c, p] = [m.id('省市'), m.id('省市县'), m.id('县乡'), m.id('@levels')];
    assert.deepEqual(hits, [[a, 2, 4], [b, 2, 5], [p, 2, 5], [c, 4, 6], [a, 9, 11], [b, 9, 12], [p, 9, 12]]);
  });

  test('reports the offsets of its delimiter characters, which may also start words', () => {
    const m = new SubstringMatcher(['数据', '（市）'], new Map(), '，（、');
    const text = '数据、平台，区（市）、县（区）数据';
    const hits = listOf(m.scan(text));
    const { at, count } = m.delimiters();
    assert.deepEqual([...at.subarray(0, count)], [...text].flatMap((ch, i) => ('，（、'.includes(ch) ? [i] : [])));
    assert.deepEqual(hits, bruteForce(m.words, text));
    assert.equal(new SubstringMatcher(['数据']).scan(text).length, 2);
    m.scan('没有标点');
    assert.equal(m.delimiters().count, 0);
  });

  test('a text with no vocabulary character has no hits, and the buffer is reused across scans', () => {
    const m = new SubstringMatcher(['共享']);
    assert.equal(m.scan('共享共享共享').length, 3);
    assert.equal(m.scan('天气晴好').length, 0);
    assert.equal(m.scan('').length, 0);
  });
});
