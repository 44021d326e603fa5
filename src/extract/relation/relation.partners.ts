import { between, closest, type Placed, type Relate, type SentenceView } from '@/extract/relation/relation.sentence';

/** Party 与 company or company 与 party, with at most an adverb (已, 将) before the 与. */
const LINKED = /^[^，。；：,;:]{0,3}(?:与|同|跟|和)[“"「『]?$/;

/**
 * PARTNERS_WITH, in a sentence with a partner word (合作, 签约 …): an organisation and the organ or
 * place joined to it by 与 (延边州已与某银行签订协议, not the official quoted in the same sentence);
 * when no organisation is so joined, each one and its nearest organ (a place not joined by 与 is
 * where the deal happens: 在呼和浩特签署). Without a partner word, a contractor (承建, 承担…服务)
 * partners with the organ that runs what the sentence is about, else its nearest organ.
 */
export function partnersRelations(v: SentenceView, relate: Relate, operators: readonly Placed[]): void {
  const { body, lex } = v;
  const orgs = v.of('Organization');
  if (orgs.length === 0) return;
  const partnering = v.hasWord(lex.partnerWords);
  if (!partnering && !v.hasWord(lex.contractVerbs)) return;
  // a place inside a name (中国电信贵州分公司) is not a party to the deal
  const named = v.inside.filter((p) => p.entity.type !== 'Region');
  const places = v.of('Region').filter((r) => !named.some((n) => n.start <= r.start && r.end <= n.end));
  const agencies = v.of('Agency');
  const parties = [...agencies, ...places];
  const linked = new Map<Placed, Placed>();
  for (const org of orgs) {
    const party = parties.find((p) => LINKED.test(p.end <= org.start ? between(body, p, org) : between(body, org, p)));
    if (party) linked.set(org, party);
  }
  for (const org of orgs) {
    const party = linked.get(org);
    if (party) relate('PARTNERS_WITH', org.entity, party.entity);
    // 省政府与腾讯合作成立数字广东公司: the company they found is not a partner
    if (party || linked.size > 0) continue;
    if (partnering) {
      const partner = closest(agencies, org);
      if (partner) relate('PARTNERS_WITH', org.entity, partner.entity);
    } else if (v.hasWord(lex.contractVerbs, org.end, v.clauseEnd(org.end))) {
      const operator = operators.find((o) => o.entity.type === 'Agency') ?? closest(agencies, org);
      if (operator) relate('PARTNERS_WITH', org.entity, operator.entity);
    }
  }
}
