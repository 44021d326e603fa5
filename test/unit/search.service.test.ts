import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pinyinKeys } from '@/graph/name.pinyin';
import type { GraphStore, Params, Row } from '@/graph/store.port';
import { normaliseQuery, rankCandidates, scoreCandidate, type SearchCandidate } from '@/services/search.scoring';
import { cleanAliases } from '@/services/records';
import { SearchService } from '@/services/search.service';

const entity = (id: string, name: string, aliases: string[] = [], kind = 'Agency'): SearchCandidate => ({
  id,
  kind,
  name,
  aliases,
  ...pinyinKeys(name),
});

const q = (text: string) => normaliseQuery(text)!;

describe('normaliseQuery', () => {
  test('blank queries have nothing to search for', () => {
    assert.equal(normaliseQuery(''), null);
    assert.equal(normaliseQuery(' \t\u3000 '), null);
  });

  test('pinyin queries lose case, spaces and apostrophes; full-width letters are folded', () => {
    assert.deepEqual(normaliseQuery(' Nan Hai '), { text: 'nan hai', latin: 'nanhai' });
    assert.equal(normaliseQuery("xi'an")!.latin, 'xian');
    assert.equal(normaliseQuery('ｎｈｑ')!.latin, 'nhq');
  });

  test('a Chinese or alphanumeric query is not pinyin', () => {
    assert.equal(normaliseQuery('数据统筹')!.latin, null);
    assert.equal(normaliseQuery('D1Net')!.latin, null);
  });
});

describe('scoreCandidate: the tiers', () => {
  const nanhai = entity('440605', '南海区', ['南海'], 'Region');

  test('exact name > name prefix > name substring > alias > pinyin > initials', () => {
    const scores = [
      scoreCandidate(q('南海区'), nanhai),
      scoreCandidate(q('南海区数'), entity('a', '南海区数据统筹局')),
      scoreCandidate(q('数据统筹'), entity('a', '南海区数据统筹局')),
      scoreCandidate(q('发改委'), entity('b', '国家发展和改革委员会', ['发改委'])),
      scoreCandidate(q('nanhaiqu'), nanhai),
      scoreCandidate(q('nhq'), nanhai),
    ].map((m) => m!.score);
    for (let i = 1; i < scores.length; i++) assert.ok(scores[i - 1]! > scores[i]!, `tier ${i - 1} (${scores[i - 1]}) ≤ tier ${i} (${scores[i]})`);
    assert.equal(scores[0], 1);
  });

  test('a long partial match never outranks the tier above it', () => {
    const prefixOfLong = scoreCandidate(q('南'), entity('x', '南'.padEnd(40, '局')))!;
    const exact = scoreCandidate(q('南'), entity('y', '南'))!;
    const substringShort = scoreCandidate(q('海区'), entity('z', '南海区'))!;
    assert.ok(exact.score > prefixOfLong.score && prefixOfLong.score > substringShort.score);
  });

  test('matched names what matched: the alias, the pinyin key, the initials', () => {
    assert.equal(scoreCandidate(q('发改委'), entity('b', '国家发展和改革委员会', ['发改委']))!.matched, '发改委');
    assert.equal(scoreCandidate(q('nanhai'), nanhai)!.matched, 'nanhaiqu');
    assert.equal(scoreCandidate(q('NHQ'), nanhai)!.matched, 'nhq');
  });

  test('a name match wins over an alias match of the same entity', () => {
    const m = scoreCandidate(q('南海'), nanhai)!;
    assert.equal(m.matched, '南海区');
  });

  test('short pinyin fragments only match at the start; initials only as a prefix', () => {
    assert.equal(scoreCandidate(q('hai'), nanhai), null);
    assert.ok(scoreCandidate(q('nan'), nanhai));
    assert.ok(scoreCandidate(q('haiqu'), nanhai), 'four letters and more may match inside');
    assert.equal(scoreCandidate(q('hq'), nanhai), null);
  });

  test('Chinese queries are not compared with pinyin, and unrelated names do not match', () => {
    assert.equal(scoreCandidate(q('青岛'), nanhai), null);
    assert.equal(scoreCandidate(q('qingdao'), nanhai), null);
  });

  test('Latin names and aliases match case-insensitively', () => {
    assert.ok(scoreCandidate(q('d1net'), entity('p', '企业网 D1Net', [], 'Publication')));
    assert.equal(scoreCandidate(q('ict'), entity('t', '信息通信技术', ['ICT'], 'Technology'))!.matched, 'ICT');
  });
});

describe('rankCandidates', () => {
  const candidates = [
    entity('agency:青岛市人民政府', '青岛市人民政府'),
    entity('publication:青岛日报', '青岛日报', [], 'Publication'),
    entity('370200', '青岛市', ['青岛'], 'Region'),
    entity('440605', '南海区', ['南海'], 'Region'),
  ];

  test('qingdao: every 青岛 entity, the shortest name first; nothing else', () => {
    const hits = rankCandidates(q('qingdao'), candidates, 10);
    assert.deepEqual(hits.map((h) => h.candidate.name), ['青岛市', '青岛日报', '青岛市人民政府']);
  });

  test('first bounds the hits and the order is deterministic', () => {
    const a = rankCandidates(q('青岛'), candidates, 2).map((h) => h.candidate.id);
    const b = rankCandidates(q('青岛'), [...candidates].reverse(), 2).map((h) => h.candidate.id);
    assert.equal(a.length, 2);
    assert.deepEqual(a, b);
  });
});

describe('SearchService', () => {
  class CandidateStore implements Partial<GraphStore> {
    readonly calls: Array<{ name: string; params?: Params }> = [];
    async read(name: string, params?: Params): Promise<Row[]> {
      this.calls.push({ name, params });
      return [
        { id: 'agency:国家发展和改革委员会', kind: 'Agency', name: '国家发展和改革委员会', aliases: ['发改委'], pinyin: 'guojiafazhanhegaigeweiyuanhui', initials: 'gjfzhggwyh' },
        { id: '420000', kind: 'Region', name: '湖北省', aliases: null, pinyin: 'hubeisheng', initials: 'hbs' },
      ];
    }
  }

  test('one read, with the requested kinds or all of them', async () => {
    const store = new CandidateStore();
    const service = new SearchService(store as unknown as GraphStore);
    const hits = await service.search('发改委', ['Agency'], 10);
    assert.deepEqual(hits, [{ entityId: 'agency:国家发展和改革委员会', score: hits[0]!.score, matched: '发改委' }]);
    await service.search('hubei', null, 10);
    assert.equal(store.calls.length, 2);
    assert.deepEqual(store.calls[0]!.params, { kinds: ['Agency'] });
    assert.equal((store.calls[1]!.params!.kinds as string[]).length, 8);
  });

  test('blank and overlong queries are BAD_USER_INPUT before any read', async () => {
    const store = new CandidateStore();
    const service = new SearchService(store as unknown as GraphStore);
    for (const query of ['', '   ', '政'.repeat(51)]) {
      await assert.rejects(service.search(query, null, 10), (e: { code?: string }) => e.code === 'BAD_USER_INPUT');
    }
    assert.equal(store.calls.length, 0);
  });

  test('cleanAliases drops nulls and blanks', () => {
    assert.deepEqual(cleanAliases(null), []);
    assert.deepEqual(cleanAliases(['发改委', '', ' ', 3]), ['发改委']);
  });
});
