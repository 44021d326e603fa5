import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { clauseLayout, listItemOf } from '@/extract/theme/theme.clauses';
import { readCorpusFile } from '@/corpus/corpus.reader';
import { SEEDS_DIR } from '@/shared/paths';

/**
 * The layout defined character by character, as the classifier first computed it: the fast
 * layout (marks only, native fills between them) must agree with it everywhere.
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

function assertSameLayout(body: string): void {
  const got = clauseLayout(body);
  const want = referenceLayout(body);
  const n = body.length;
  assert.deepEqual([...got.clauseOf.subarray(0, n)], want.clauseOf, `clauseOf of ${body.slice(0, 40)}`);
  assert.deepEqual([...got.prevSep.subarray(0, n + 1)], want.prevSep, `prevSep of ${body.slice(0, 40)}`);
  assert.deepEqual([...got.nextSep.subarray(0, n + 1)], want.nextSep, `nextSep of ${body.slice(0, 40)}`);
  assert.deepEqual([...got.listy], want.listy, `listy of ${body.slice(0, 40)}`);
}

describe('clauseLayout', () => {
  test('clauses end at ，：—）。 and lines; list separators are the 、 of the clause', () => {
    const body = '推进人口、法人、信用等基础库建设，实现共享。';
    const { clauseOf, prevSep, nextSep, listy } = clauseLayout(body);
    assert.equal(clauseOf[0], 0);
    assert.equal(clauseOf[body.indexOf('实现')], 1);
    assert.equal(listy[0], 1);
    assert.equal(listy[1], 0);
    assert.equal(prevSep[body.indexOf('法人')], body.indexOf('、'));
    assert.equal(nextSep[body.indexOf('人口')], body.indexOf('、'));
    assert.equal(nextSep[body.indexOf('实现')], -1);
  });

  test('a short parenthesis stays inside its clause, a long one ends it', () => {
    const short = '区、地（市）、县三级联动';
    assert.equal(clauseLayout(short).clauseOf[short.length - 1], 0);
    const long = '平台（由市大数据局建设运营）上线';
    assert.ok(clauseLayout(long).clauseOf[long.length - 1]! > 0);
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
    const at = (w: string) => body.indexOf(w);
    assert.notEqual(listItemOf(body, at('营业执照'), at('营业执照') + 4, body.length, layout), null);
    assert.notEqual(listItemOf(body, at('社保卡'), at('社保卡') + 3, body.length, layout), null);
    assert.equal(listItemOf(body, at('电子证照'), at('电子证照') + 4, body.length, layout), null);
  });
});
