import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { clauseAt, clauseLayout, clausesAt, listItemOf, nextSepAt, prevSepAt } from '@/extract/theme/theme.clauses';
import { loadThemeRules } from '@/extract/theme/theme.rules';
import { readCorpusFile } from '@/corpus/corpus.reader';
import { SEEDS_DIR } from '@/shared/paths';

/**
 * The layout defined character by character, as the classifier first computed it: the fast
 * layout (offset lists of the marks only) must answer the same at every offset.
 */
function referenceLayout(body: string) {
  const n = body.length;
  const breakOf = (ch: string) => '，,：:）)—。\n'.includes(ch);
  const shortParenEnd = (open: number) => {
    for (let j = open + 1; j <= open + 5 && j < n; j++) {
      if (body[j] === '）' || body[j] === ')') return j > open + 1 ? j : -1;
      if (breakOf(body[j]!) || '（('.includes(body[j]!)) return -1;
    }
    return -1;
  };
  const clauseOf: number[] = [];
  const prevSep: number[] = [];
  const isBreak: boolean[] = [];
  const listy = [0];
  let c = 0;
  let last = -1;
  let quietUntil = -1;
  for (let i = 0; i < n; i++) {
    prevSep[i] = last;
    const ch = body[i]!;
    let kind = i <= quietUntil ? '' : breakOf(ch) ? 'break' : '（('.includes(ch) ? 'open' : ch === '、' ? 'list' : '';
    if (kind === 'open') {
      const close = shortParenEnd(i);
      kind = close > 0 ? '' : 'break';
      if (close > 0) quietUntil = close;
    }
    if (kind === 'break') {
      listy[++c] = 0;
      last = -1;
      isBreak[i] = true;
    } else if (kind === 'list') {
      listy[c] = 1;
      last = i;
    }
    clauseOf[i] = c;
  }
  prevSep[n] = last;
  const nextSep: number[] = [];
  nextSep[n] = -1;
  for (let i = n - 1, next = -1; i >= 0; i--) {
    if (isBreak[i]) next = -1;
    else if (body[i] === '、') next = i;
    nextSep[i] = next;
  }
  return { clauseOf, listy, prevSep, nextSep };
}

/** Both ways to the layout: marks found by clauseLayout itself, and marks reported by the trigger scan. */
function assertSameLayout(body: string): void {
  assertLayout(body, () => clauseLayout(body));
  const { matcher } = loadThemeRules();
  assertLayout(body, () => {
    matcher.scanWords(body);
    return clauseLayout(body, matcher.delimiters());
  });
}

function assertLayout(body: string, layoutOf: () => ReturnType<typeof clauseLayout>): void {
  const got = layoutOf();
  const want = referenceLayout(body);
  const n = body.length;
  const offsets = (to: number) => Array.from({ length: to }, (_, i) => i);
  assert.deepEqual(offsets(n).map((i) => clauseAt(got, i)), want.clauseOf, `clauseOf of ${body.slice(0, 40)}`);
  assert.deepEqual(offsets(n + 1).map((i) => prevSepAt(got, i)), want.prevSep, `prevSep of ${body.slice(0, 40)}`);
  assert.deepEqual(offsets(n + 1).map((i) => nextSepAt(got, i)), want.nextSep, `nextSep of ${body.slice(0, 40)}`);
  assert.deepEqual([...got.listy.subarray(0, got.breakCount + 1)], want.listy, `listy of ${body.slice(0, 40)}`);
  const all = new Int32Array(n);
  clausesAt(got, Int32Array.from(offsets(n)), n, all);
  assert.deepEqual([...all], want.clauseOf, `clausesAt of ${body.slice(0, 40)}`);
}

describe('clauseLayout', () => {
  test('clauses end at ，：—）。 and lines; list separators are the 、 of the clause', () => {
    const body = '推进人口、法人、信用等基础库建设，实现共享。';
    const layout = clauseLayout(body);
    assert.equal(clauseAt(layout, 0), 0);
    assert.equal(clauseAt(layout, body.indexOf('实现')), 1);
    assert.equal(layout.listy[0], 1);
    assert.equal(layout.listy[1], 0);
    assert.equal(prevSepAt(layout, body.indexOf('法人')), body.indexOf('、'));
    assert.equal(nextSepAt(layout, body.indexOf('人口')), body.indexOf('、'));
    assert.equal(nextSepAt(layout, body.indexOf('实现')), -1);
  });

  test('a short parenthesis stays inside its clause, a long one ends it', () => {
    const short = '区、地（市）、县三级联动';
    assert.equal(clauseAt(clauseLayout(short), short.length - 1), 0);
    const long = '平台（由市大数据局建设运营）上线';
    assert.ok(clauseAt(clauseLayout(long), long.length - 1) > 0);
  });

  test('agrees with the character-by-character definition on crafted and real texts', async () => {
    const crafted = [
      '', '、', '，', '（', '（市、县）', 'a（b）c、d，e、f（很长很长很长的括号）g、h', '省、市（区、县）、乡镇。\n第二行、第三项）',
      '开头、（、）、结尾', '（（））', '—、—', '、、、，、', 'x（ab', '县（区）、乡（镇）、村（居）',
    ];
    for (const body of crafted) assertSameLayout(body);
    const doc = await readCorpusFile(path.join(SEEDS_DIR, 'bulletin-2014-06-06-june-1.txt'));
    assert.equal(doc.kind, 'bulletin');
    if (doc.kind === 'bulletin') for (const a of doc.bulletin.articles) assertSameLayout(a.body);
  });

  test('a layout computed after a longer body is not polluted by it', () => {
    assertSameLayout('很长的一段、内容，其中有、顿号（和括号）以及更多文字、再一个。');
    assertSameLayout('短、句');
  });
});

describe('listItemOf', () => {
  test('an item next to a 、, not the head noun after 等', () => {
    const body = '营业执照、社保卡等电子证照';
    const layout = clauseLayout(body);
    const item = (w: string) => listItemOf(body, body.indexOf(w), body.indexOf(w) + w.length, body.length, layout, clauseAt(layout, body.indexOf(w)));
    assert.notEqual(item('营业执照'), null);
    assert.notEqual(item('社保卡'), null);
    assert.equal(item('电子证照'), null);
  });
});
