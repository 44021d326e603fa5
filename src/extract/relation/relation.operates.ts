import { between, type Placed, type Relate, type SentenceView } from '@/extract/relation/relation.sentence';

const NONE: readonly Placed[] = [];

/** organ 的 system (工商总局的“企业信用信息公示系统”). */
const POSSESSIVE = /^的[“"「『]?$/;

/** The gap between two items of one list (A、B和C; “A”与“B”). */
const LIST_GAP = /^[”"」』）)]*(?:、|和|与|及|以及|或)[“"「『]*$/;

/**
 * OPERATES: organ or company … 建设/开通 … system (the subject of the clause, and partners
 * coordinated with it: A与B合作共建S); system … 由 organ … 建设 (the system opening the clause, or
 * 由 in its own clause); organ 的 system (工商总局的企业信用信息公示系统). Returns the operators
 * found, in order, so contractors in the same sentence can be tied to the operator.
 */
export function operatesRelations(v: SentenceView, relate: Relate): readonly Placed[] {
  const { body } = v;
  const systems = v.of('System');
  const operators = v.organs();
  if (systems.length === 0 || operators.length === 0) return NONE;
  const found: Placed[] = [];
  const add = (o: Placed, sys: Placed) => {
    relate('OPERATES', o.entity, sys.entity);
    found.push(o);
  };
  for (const sys of systems) {
    // the subject of the clause: the first organ with no clause break before the system
    // (济南市政府与浪潮集团合作共建政务云计算中心), else the nearest one whose verb governs it
    const governing = operators.filter((o) => o.end <= sys.start && governs(v, o, sys, systems));
    const subject = governing.find((o) => !v.breaksBetween(o.end, sys.start)) ?? governing[governing.length - 1];
    if (subject) {
      for (const o of [subject, ...coordinatedAfter(subject, governing, body)]) add(o, sys);
      continue;
    }
    const passive = operators.find((o) => o.start >= sys.end && passiveOperator(v, sys, o));
    if (passive) {
      add(passive, sys);
      continue;
    }
    const owner = v.of('Agency').find((a) => a.end < sys.start && sys.start - a.end <= 2 && POSSESSIVE.test(between(body, a, sys)));
    if (owner) add(owner, sys);
  }
  return found;
}

/**
 * The last operate verb between organ and system governs the system unless a clause break follows it
 * (推出…服务，企业通过…网) or another system stands between as its object (该中心建设的A部署在B上:
 * B is not built), except items of one list (建成了A、B和C).
 */
function governs(v: SentenceView, o: Placed, sys: Placed, systems: readonly Placed[]): boolean {
  const verb = v.lastOperateVerb(o.end, sys.start);
  if (!verb || v.breaksBetween(verb.start, sys.start)) return false;
  let next = sys;
  for (let i = systems.length - 1; i >= 0; i--) {
    const mid = systems[i]!;
    if (mid.start < verb.start || mid.end > next.start || mid === sys) continue;
    if (!LIST_GAP.test(between(v.body, mid, next))) return false;
    next = mid;
  }
  return true;
}

/** What may follow a system to the end of its clause: the rest of its written name (“百姓呼声”网络问政平台). */
const CLOSES_CLAUSE = /^[^，；：,;:]{0,8}[，；,;]$/;

/**
 * system … 由 organ … verb, with 由 right before the organ, and the system in the same clause,
 * opening its clause (“皖事通”于2018年上线，由省数据资源管理局建设运营), or ending the clause
 * right before 由 (…建成统一的政务云平台，由市大数据局负责运维).
 */
function passiveOperator(v: SentenceView, sys: Placed, o: Placed): boolean {
  const marker = v.lex.passiveMarkers.find((m) => v.body.startsWith(m, o.start - m.length));
  if (marker === undefined || o.start - marker.length < sys.end) return false;
  const gap = between(v.body, sys, o);
  if (v.breaksBetween(sys.end, o.start) && !v.opensClause(sys) && !CLOSES_CLAUSE.test(gap.slice(0, -marker.length))) return false;
  return v.lastOperateVerb(o.end, v.clauseEnd(o.end)) !== undefined;
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
