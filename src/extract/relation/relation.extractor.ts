import type { EntityRef, EntityType, ExtractedEntity, ExtractedRelation, RelationType, Span } from '@/extract/extraction.types';
import { isObject, isStringArray, loadLexicon } from '@/extract/lexicon/lexicon.loader';

interface RelationFile {
  operateVerbs: string[];
  passiveMarkers: string[];
  useVerbs: string[];
  connectWords: string[];
  partnerWords: string[];
  issueVerbs: string[];
}

function isRelationFile(raw: unknown): raw is RelationFile {
  return (
    isObject(raw) &&
    ['operateVerbs', 'passiveMarkers', 'useVerbs', 'connectWords', 'partnerWords', 'issueVerbs'].every((k) => isStringArray(raw[k]))
  );
}

/** One placed mention of an entity in the body. */
export interface Placed {
  entity: ExtractedEntity;
  start: number;
  end: number;
}

/**
 * Relations stated inside one sentence, by the order of mentions and the verbs between them:
 * OPERATES (organ or company … 建设/开通 … system, or system 由 organ … 建设), USES (a technology
 * inside a system's name, or system and technology with 利用/采用 …), CONNECTS_TO (system 与 system
 * … 对接/链接), PARTNERS_WITH (organisation and organ or place with 合作/共建), ISSUED_BY (place
 * right before a document, or organ … 印发 … document).
 */
export function sentenceRelations(body: string, sentences: readonly Span[], entities: readonly ExtractedEntity[]): ExtractedRelation[] {
  const lex = loadLexicon('relations', isRelationFile);
  const placed: Placed[] = entities.flatMap((entity) => entity.mentions.map((m) => ({ entity, start: m.start, end: m.end })));
  placed.sort((a, b) => a.start - b.start);
  const out: ExtractedRelation[] = [];
  const seen = new Set<string>();
  const add = (type: RelationType, from: ExtractedEntity, to: ExtractedEntity, evidence: Span) => {
    const key = `${type}|${from.type}:${from.name}|${to.type}:${to.name}`;
    if (from === to || seen.has(key)) return;
    seen.add(key);
    out.push({ type, from: ref(from), to: ref(to), evidence });
  };
  let i = 0;
  const previousSystems: Placed[] = [];
  for (const s of sentences) {
    while (i < placed.length && placed[i]!.start < s.start) {
      if (placed[i]!.entity.type === 'System') previousSystems.push(placed[i]!);
      i++;
    }
    const inside: Placed[] = [];
    for (let j = i; j < placed.length && placed[j]!.start < s.end; j++) if (placed[j]!.end <= s.end) inside.push(placed[j]!);
    if (inside.length < 2) continue;
    const between = (a: Placed, b: Placed) => body.slice(a.end, b.start);
    const byType = new Map<EntityType, Placed[]>();
    for (const p of inside) {
      const list = byType.get(p.entity.type);
      if (list) list.push(p);
      else byType.set(p.entity.type, [p]);
    }
    const of = (type: EntityType): Placed[] => byType.get(type) ?? [];
    const systems = of('System');
    const operators = [...of('Agency'), ...of('Organization')].sort((a, b) => a.start - b.start);
    for (const sys of systems) {
      // the subject of the clause: the first organ with no clause break before the system
      // (济南市政府与浪潮集团合作共建政务云计算中心), else the nearest one whose verb governs it
      const governing = operators.filter((o) => o.end <= sys.start && governs(between(o, sys), lex.operateVerbs));
      const subject = governing.find((o) => !/[，；：,;]/.test(between(o, sys))) ?? governing[governing.length - 1];
      // partners coordinated with the subject build it too (A与B合作共建S)
      const active = subject ? [subject, ...coordinatedAfter(subject, governing, body)] : [];
      for (const o of active) add('OPERATES', o.entity, sys.entity, s);
      const passive = operators.find((o) => o.start >= sys.end && hasAny(between(sys, o), lex.passiveMarkers) && hasAny(body.slice(o.end, s.end), lex.operateVerbs));
      if (active.length === 0 && passive) add('OPERATES', passive.entity, sys.entity, s);
    }
    const sentenceText = body.slice(s.start, s.end);
    const usesTech = systems.length > 0 && hasAny(sentenceText, lex.useVerbs);
    for (const tech of systems.length > 0 ? of('Technology') : []) {
      const container = systems.find((sys) => sys.start <= tech.start && tech.end <= sys.end);
      const user = container ?? (usesTech ? userOf(tech, systems, body.slice(s.start, tech.start), previousSystems) : undefined);
      if (user) add('USES', user.entity, tech.entity, s);
    }
    for (let a = 0; a < systems.length; a++) {
      for (let b = a + 1; b < systems.length; b++) {
        const x = systems[a]!;
        const y = systems[b]!;
        if (x.entity === y.entity) continue;
        const mid = between(x, y);
        const coordinated = /(与|和|同|跟)$/.test(mid) || /^(与|和|同|跟)/.test(mid);
        const linkedAfter = hasAny(body.slice(y.end, s.end), lex.connectWords);
        if ((coordinated && linkedAfter) || (mid.length <= 8 && hasAny(mid, lex.connectWords))) add('CONNECTS_TO', x.entity, y.entity, s);
      }
    }
    if (of('Organization').length > 0 && hasAny(sentenceText, lex.partnerWords)) {
      // a place inside a name (中国电信贵州分公司) is not a party to the deal
      const named = inside.filter((p) => p.entity.type !== 'Region');
      const places = of('Region').filter((r) => !named.some((n) => n.start <= r.start && r.end <= n.end));
      for (const org of of('Organization')) {
        const partner = closest(of('Agency'), org) ?? closest(places, org);
        if (partner) add('PARTNERS_WITH', org.entity, partner.entity, s);
      }
    }
    for (const doc of of('Policy')) {
      const gap = body.slice(Math.max(s.start, doc.start - 2), doc.start);
      const place = of('Region').find((r) => r.end === doc.start || (r.end === doc.start - 1 && /[“《"「]$/.test(gap)));
      if (place) {
        add('ISSUED_BY', doc.entity, place.entity, s);
        continue;
      }
      const issuers = of('Agency').filter((a) => a.end <= doc.start && hasAny(between(a, doc), lex.issueVerbs));
      for (const a of issuers) add('ISSUED_BY', doc.entity, a.entity, s);
      // 四川省发布“智慧蓉城”计划: a place as the subject
      const issuingPlace = [...of('Region')].reverse().find((r) => r.end <= doc.start && hasAny(between(r, doc), lex.issueVerbs));
      if (issuers.length === 0 && issuingPlace) add('ISSUED_BY', doc.entity, issuingPlace.entity, s);
    }
  }
  return out;
}

/** The last of `verbs` in `text` governs what follows it unless a clause break intervenes (推出…服务，企业通过…网). */
function governs(text: string, verbs: readonly string[]): boolean {
  let last = -1;
  for (const v of verbs) last = Math.max(last, text.lastIndexOf(v));
  return last >= 0 && !/[，；：,;]/.test(text.slice(last));
}

// 该平台…, or a bare 平台 opening a clause (…表示，平台运用物联网)
const ANAPHOR = /(?:该|此|这一|这个|(?:^|[，。；：])\s*)(平台|系统|APP|小程序|网站|中心)/;

/**
 * The system a technology serves: one named before it in the sentence, or the one an anaphor
 * (该平台运用…) points back to (the last earlier system of that kind), or else the nearest one.
 */
function userOf(tech: Placed, systems: readonly Placed[], before: string, previous: readonly Placed[]): Placed | undefined {
  const earlier = systems.filter((sys) => sys.end <= tech.start);
  if (earlier.length > 0) return earlier[earlier.length - 1];
  const anaphor = ANAPHOR.exec(before)?.[1];
  if (anaphor && previous.length > 0) return [...previous].reverse().find((p) => p.entity.name.endsWith(anaphor)) ?? previous[previous.length - 1];
  return closest(systems, tech);
}

/** Names joined to `first` by a conjunction only (济南市政府与浪潮集团). */
function coordinatedAfter(first: Placed, candidates: readonly Placed[], body: string): Placed[] {
  const out: Placed[] = [];
  let last = first;
  for (const c of candidates) {
    if (c.start < last.end) continue;
    if (!/^(与|和|同|及|、)$/.test(body.slice(last.end, c.start))) break;
    out.push(c);
    last = c;
  }
  return out;
}

function ref(e: ExtractedEntity): EntityRef {
  return e.code ? { type: e.type, name: e.name, code: e.code } : { type: e.type, name: e.name };
}

function hasAny(text: string, words: readonly string[]): boolean {
  return words.some((w) => text.includes(w));
}

function closest(candidates: readonly Placed[], to: Placed): Placed | undefined {
  let best: Placed | undefined;
  let bestGap = Infinity;
  for (const c of candidates) {
    const gap = c.end <= to.start ? to.start - c.end : c.start >= to.end ? c.start - to.end : 0;
    if (gap < bestGap) {
      best = c;
      bestGap = gap;
    }
  }
  return best;
}
