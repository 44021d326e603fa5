import { between, closest, type Placed, type Relate, type SentenceView } from '@/extract/relation/relation.sentence';

/**
 * USES: a technology inside a system's name (大数据平台), or, with a use verb (运用, 采用 …) in the
 * sentence, the system the technology serves: the subject of the technology's clause, else the
 * latest system opening a clause before it (穗康码依托A平台，…通过大数据比对: 穗康码), else the
 * system named last before it, else the nearest one.
 */
export function usesRelations(v: SentenceView, relate: Relate): void {
  const systems = v.of('System');
  const techs = v.of('Technology');
  if (systems.length === 0 || techs.length === 0) return;
  const usesTech = v.hasWord(v.lex.useVerbs);
  for (const tech of techs) {
    const container = systems.find((sys) => sys.start <= tech.start && tech.end <= sys.end);
    const user = container ?? (usesTech ? userOf(v, tech, systems) : undefined);
    if (user) relate('USES', user.entity, tech.entity);
  }
}

function userOf(v: SentenceView, tech: Placed, systems: readonly Placed[]): Placed | undefined {
  const earlier = systems.filter((sys) => sys.end <= tech.start);
  if (earlier.length === 0) return closest(systems, tech);
  const subjects = earlier.filter((sys) => v.opensClause(sys));
  const own = v.clauseStart(tech.start);
  const inClause = subjects.find((sys) => sys.start >= own);
  if (inClause || subjects.length > 0) return inClause ?? subjects[subjects.length - 1];
  const last = earlier[earlier.length - 1]!;
  // after a list of systems (建立A库、B库和C库，运用大数据) the technology serves what builds them, not the last item
  const listed = earlier.length > 1 && /^[”"」』]?(?:、|和|及|以及)[“"「『]?$/.test(between(v.body, earlier[earlier.length - 2]!, last));
  return listed ? undefined : last;
}
