import { PROBLEM_STATUS_LABELS, type ProblemRow } from '../../../types/ledger';
import { getMany, type DocDriver } from '../store/driver';
import { isOverdue, type ProblemDoc } from './docs';

/** Names of the villages, townships and people the rows mention, read once per list. */
export async function rowNames(store: DocDriver, problems: ProblemDoc[]) {
  const uniq = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))];
  const villageIds = uniq(problems.map((p) => p.villageId));
  const townshipIds = uniq(problems.map((p) => p.townshipId));
  const personIds = uniq(problems.map((p) => p.responsiblePersonId));
  const [villages, townships, people] = await Promise.all([
    getMany(store, 'villages', villageIds),
    getMany(store, 'townships', townshipIds),
    getMany(store, 'people', personIds),
  ]);
  return {
    village: new Map(villages.map((v) => [v._id, v.name])),
    township: new Map(townships.map((t) => [t._id, t.name])),
    person: new Map(people.map((p) => [p._id, p.name])),
  };
}

export function toRow(p: ProblemDoc, names: Awaited<ReturnType<typeof rowNames>>, today: string): ProblemRow {
  return {
    id: p._id,
    villageId: p.villageId,
    villageName: names.village.get(p.villageId) ?? '',
    townshipName: names.township.get(p.townshipId) ?? '',
    month: p.month,
    text: p.text,
    responsibleName: p.responsiblePersonId ? (names.person.get(p.responsiblePersonId) ?? null) : null,
    dueDay: p.dueDay,
    status: p.status,
    statusLabel: PROBLEM_STATUS_LABELS[p.status],
    overdue: isOverdue(p, today),
    flagCount: p.flags?.length ?? 0,
  };
}
