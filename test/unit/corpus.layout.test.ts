import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBulletin } from '@/corpus/bulletin.parser';
import { detectFormat, parseDocument } from '@/corpus/document.parser';
import { PROJECT_ROOT, SEEDS_DIR } from '@/shared/paths';

const LAYOUT_B = path.join(PROJECT_ROOT, 'test', 'fixtures', 'corpus', 'good', 'bulletin-2015-12-01-layout-b.txt');

describe('a bulletin of another year and layout', () => {
  const b = parseBulletin(readFileSync(LAYOUT_B, 'utf8'), LAYOUT_B);

  test('metadata: labelled publisher, ISO date with weekday, issue with running number', () => {
    assert.equal(b.title, '数字政府动态（合订本）');
    assert.equal(b.publisher, '某省大数据发展研究中心');
    assert.equal(b.date, '2015-12-01');
    assert.equal(b.issue, '2015年第12期（总第48期）');
  });

  test('bold-only and ### headings with 、/． numbering; an inner numbered sub-heading is not an article', () => {
    assert.deepEqual(b.articles.map((a) => a.title), ['某市上线政务数据共享交换平台', '某区推行“最多跑一次”网上办事', '政务云迁移：经验与问题']);
    assert.ok(b.articles[1]!.body.split('\n').includes('1. 主要做法'));
  });

  test('sources as a 来源： line, a parenthesis line and an ASCII parenthesis', () => {
    assert.deepEqual(b.articles.map((a) => a.source), ['某某日报', '某某晚报', '某某信息报']);
  });

  test('indents and CRLF removed, breaks repaired, list lines kept', () => {
    const [a1, a2, a3] = b.articles;
    assert.ok(a1!.body.includes('基础数据1.2亿条，可为各部门'));
    assert.ok(a2!.body.includes('共计186项，其中156项已实现'));
    assert.ok(a2!.body.includes('\n一是整合窗口\n二是打通系统\n办事群众'));
    assert.ok(a3!.body.endsWith('统一的运维管理体系。'));
    for (const a of b.articles) assert.ok(!/[\r\u3000\uFEFF]/.test(a.body));
  });
});

describe('no table of contents', () => {
  const text = '# 信息简报\n\n2016年1月4日\n\n### 1. 甲地开通平台\n\n甲地开通平台。（甲报）\n\n### 2. 乙地推进共享\n\n乙地今年以来，各部门持续推进\n\n政务数据共享。（乙报）\n';

  test('articles are read from the numbered headings without a cross-check', () => {
    const b = parseBulletin(text, 'brief.txt');
    assert.deepEqual(b.articles.map((a) => [a.number, a.title, a.body, a.source]), [
      [1, '甲地开通平台', '甲地开通平台。', '甲报'],
      [2, '乙地推进共享', '乙地今年以来，各部门持续推进政务数据共享。', '乙报'],
    ]);
    assert.equal(b.publisher, null);
    assert.equal(b.issue, null);
  });

  test('a bulletin without a # title is rejected', () => {
    assert.throws(() => parseBulletin(text.replace('# 信息简报', '信息简报'), 'brief.txt'), { name: 'ParseError', message: /^brief\.txt: .*title/ });
  });
});

describe('table of contents resolves numbered sub-headings', () => {
  test('an inner "### 2. 做法" inside article 1 is a sub-heading because the TOC names article 2 otherwise', () => {
    const text = '# 汇编\n\n2016年1月4日\n\n## 目录\n\n1. 甲篇 ....\t1\n2. 乙篇 ....\t2\n\n## 1. 甲篇\n\n### 1. 背景\n\n甲。\n\n### 2. 做法\n\n做法。（甲报）\n\n## 2. 乙篇\n\n乙。（乙报）\n';
    const b = parseBulletin(text, 'x.txt');
    assert.deepEqual(b.articles.map((a) => [a.title, a.body, a.source]), [
      ['甲篇', '1. 背景\n甲。\n2. 做法\n做法。', '甲报'],
      ['乙篇', '乙。', '乙报'],
    ]);
  });
});

describe('detectFormat / parseDocument', () => {
  test('the seed is a bulletin, a titled text with numbered sections or a 目录 is too', () => {
    assert.equal(detectFormat(readFileSync(path.join(SEEDS_DIR, 'bulletin-2014-06-06-june-1.txt'), 'utf8')), 'bulletin');
    assert.equal(detectFormat('# 简报\n\n## 1. 甲\n\n正文。\n\n## 2. 乙\n\n正文。'), 'bulletin');
    assert.equal(detectFormat('# 简报\n\n目录\n\n1. 甲\n\n## 1. 甲\n\n正文。'), 'bulletin');
  });

  test('a plain article, even with a # title or one numbered section, is an article', () => {
    assert.equal(detectFormat('标题\n\n正文。'), 'article');
    assert.equal(detectFormat('# 标题\n\n正文。'), 'article');
    assert.equal(detectFormat('# 标题\n\n## 1. 背景\n\n正文。'), 'article');
  });

  test('parseDocument dispatches and checks the text first', () => {
    assert.equal(parseDocument('标题\n\n正文。', 'a.txt').kind, 'article');
    assert.equal(parseDocument('# 简报\n\n## 1. 甲\n\n正文。\n\n## 2. 乙\n\n正文。', 'b.txt').kind, 'bulletin');
    assert.throws(() => parseDocument('  \n', 'e.txt'), { name: 'ParseError', message: 'e.txt: empty file' });
  });
});
