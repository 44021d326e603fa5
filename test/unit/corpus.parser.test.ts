import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBulletin } from '@/corpus/bulletin.parser';
import { titleKey } from '@/corpus/text.normaliser';
import { SEEDS_DIR } from '@/shared/paths';
import { bulletinArticleId, bulletinId } from '@/shared/ids';

const SEED = path.join(SEEDS_DIR, 'bulletin-2014-06-06-june-1.txt');
const seedText = readFileSync(SEED, 'utf8');
const bulletin = parseBulletin(seedText, SEED);
const article = (n: number) => {
  const found = bulletin.articles.find((a) => a.number === n);
  assert.ok(found, `article ${n} exists`);
  return found;
};

/** The TOC entries as the file writes them, read independently of the parser. */
function tocTitles(text: string): string[] {
  const start = text.indexOf('## 目 录');
  const end = text.indexOf('## 1.');
  return text
    .slice(start, end)
    .split('\n')
    .filter((l) => /^\d+\. /.test(l))
    .map((l) => l.replace(/^\d+\. /, '').replace(/\s*\.{2,}\s*\d+$/, ''));
}

describe('seed bulletin', () => {
  test('metadata', () => {
    assert.equal(bulletin.title, '电子政务信息汇编');
    assert.equal(bulletin.publisher, '电子政务云计算应用技术国家工程实验室');
    assert.equal(bulletin.date, '2014-06-06');
    assert.equal(bulletin.issue, '六月第一期');
    assert.equal(bulletin.file, SEED);
    assert.equal(bulletin.id, bulletinId('电子政务信息汇编', '2014-06-06', '六月第一期'));
  });

  test('ten articles numbered 1..10, each dated and linked to the bulletin', () => {
    assert.equal(bulletin.articles.length, 10);
    assert.deepEqual(bulletin.articles.map((a) => a.number), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const a of bulletin.articles) {
      assert.equal(a.date, '2014-06-06');
      assert.equal(a.bulletinId, bulletin.id);
      assert.equal(a.id, bulletinArticleId(bulletin.id, a.number!));
      assert.equal(a.file, SEED);
    }
  });

  test('every title equals its table-of-contents entry after normalisation', () => {
    const toc = tocTitles(seedText);
    assert.equal(toc.length, 10);
    bulletin.articles.forEach((a, i) => assert.equal(titleKey(a.title), titleKey(toc[i]!), `article ${a.number}`));
  });

  test('titles keep the heading text without markers or number', () => {
    assert.equal(article(1).title, '重庆打造涉诉信访信息化综合平台');
    assert.equal(article(2).title, '北京个人社保信息实现手机实时查询');
    assert.equal(article(4).title, '移动医疗：下一个应用金矿');
    assert.equal(article(5).title, '广东佛山南海区建大数据库 办事少带证');
    assert.equal(article(6).title, '武汉今起可微信处理电子眼:全国首创 限本人本车');
    assert.equal(article(10).title, '发改委推云计算工程 重点支持公共云服务平台');
  });

  test('sources come from the closing parenthesis, full-width or ASCII', () => {
    assert.deepEqual(
      bulletin.articles.map((a) => a.source),
      ['人民法院报', '新京报', '中国新闻网', '人民邮电报', '南方都市报', '长江日报', '青岛日报', '钱江晚报', '温州日报', '企业网 D1Net'],
    );
    for (const a of bulletin.articles) {
      assert.ok(!a.body.includes(`（${a.source}）`) && !a.body.includes(`(${a.source})`), `source left in body of ${a.number}`);
      assert.match(a.body, /[。”]$/, `body of ${a.number} ends with its last sentence`);
    }
  });

  test('page breaks inside sentences are repaired without inserting anything', () => {
    assert.ok(article(1).body.includes('全市各个法院信访量、运行态势一目了然'));
    assert.ok(article(2).body.includes('社保专题、服务网点查询'));
    assert.ok(article(8).body.includes('帮助政府更准确、快速地制定相应决策'));
    assert.ok(article(4).body.includes('移动通信和移动互联网的发展'));
    assert.ok(article(9).body.includes('县（市、区）行政服务中心相关部门窗口'));
    assert.ok(article(7).body.includes('2010年以来共组织上线近 2000 次'));
    for (const a of bulletin.articles) {
      assert.ok(!/信访\n量/.test(a.body), 'no mid-word break');
      for (const line of a.body.split('\n')) assert.notEqual(line.trim(), '', `no blank line in body of ${a.number}`);
    }
  });

  test('real paragraphs stay separate, one per line', () => {
    const paragraphs = article(1).body.split('\n');
    assert.equal(paragraphs.length, 7);
    assert.ok(paragraphs[0]!.startsWith('遵循“同一平台、同一标准”'));
    assert.ok(paragraphs[1]!.startsWith('信访群众既可以'));
  });

  test('inner sub-headings stay in the body as their own line, markers stripped, not as articles', () => {
    const lines5 = article(5).body.split('\n');
    assert.ok(lines5.includes('打通各部门壁垒'));
    assert.ok(!article(5).body.includes('#') && !article(5).body.includes('**'));
    const lines7 = article(7).body.split('\n');
    for (const h of ['推进网上办事服务', '促进政府信息公开', '搭建政民沟通平台', '启动政府数据开放']) assert.ok(lines7.includes(h), h);
    assert.ok(!bulletin.articles.some((a) => a.title.includes('打通各部门壁垒')));
    // The sub-heading is not glued to the paragraph after it.
    assert.ok(lines5[lines5.indexOf('打通各部门壁垒') + 1]!.startsWith('南海全区'));
  });

  test('parsing is deterministic', () => {
    assert.deepEqual(parseBulletin(seedText, SEED), bulletin);
  });

  test('CRLF, a BOM and trailing spaces do not change the result', () => {
    const messy = `\uFEFF${seedText.replace(/\n/g, '  \r\n')}`;
    assert.deepEqual(parseBulletin(messy, SEED), bulletin);
  });
});
