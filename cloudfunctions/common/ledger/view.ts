import { PROBLEM_STATUS_LABELS, type ProblemRow } from '../../../types/ledger';
import { namesById } from '../org';
import type { DocDriver } from '../store/driver';
import { isOverdue, type ProblemDoc } from './docs';

/** Names of the villages, townships and people the rows mention, read once per list. */
export async function rowNames(store: DocDriver, problems: ProblemDoc[]) {
  const [village, township, person] = await Promise.all([
    namesById(store, 'villages', problems.map((p) => p.villageId)),
    namesById(store, 'townships', problems.map((p) => p.townshipId)),
    namesById(store, 'people', problems.flatMap((p) => (p.responsiblePersonId ? [p.responsiblePersonId] : []))),
  ]);
  return { village, township, person };
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
