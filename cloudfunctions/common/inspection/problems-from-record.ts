import { createHash } from 'node:crypto';
import { nextMonth } from '../../../src/core';
import type { ProblemDoc } from '../ledger/docs';
import type { DocDriver } from '../store/driver';
import type { InspectionRecordDoc } from './record-docs';
import { villageCadres } from './signers';

/** Deterministic problem id: signing twice (a retry) writes the same documents. */
export const problemId = (recordId: string, part: string) => `prb_${createHash('sha256').update(`${recordId}:${part}`).digest('hex').slice(0, 24)}`;

/** The default 时限: the 20th of the next month, before that month's inspection (每月25日至30日) checks it. */
export const defaultDueDay = (month: string) => `${nextMonth(month)}-20`;

/** The problem text of a 否 item: the item as asked, and what the inspector noted. */
export function itemProblemText(text: string, note: string): string {
  const t = text.replace(/^是否/, '').replace(/[。.]$/, '');
  return note ? `${t}：否。${note}` : `${t}：否。`;
}

/**
 * When a record is signed, each 否 item and each problem the inspector added becomes an open problem
 * of the rectification ledger (整改台账), whose lifecycle the ledger owns from here. 责任人 by default:
 * the first secretary for a first-secretary item, the team leader for a team item (the first secretary
 * when there is no leader), or the one the inspector named. An existing problem is never overwritten.
 */
export async function problemsFromRecord(store: DocDriver, rec: InspectionRecordDoc, now: Date): Promise<string[]> {
  const cadres = await villageCadres(store, rec.villageId);
  const fs = cadres.find((c) => c.role === 'first_secretary')?.id ?? null;
  const leader = cadres.find((c) => c.role === 'team_leader')?.id ?? fs;
  const base = {
    villageId: rec.villageId,
    countyId: rec.countyId,
    townshipId: rec.townshipId,
    month: rec.month,
    inspectionId: rec._id,
    measures: '',
    dueDay: defaultDueDay(rec.month),
    status: 'open' as const,
    createdAt: now.toISOString(),
    createdBy: rec.createdBy,
  };
  const docs: ProblemDoc[] = [
    ...rec.items
      .filter((i) => i.answer === 'no')
      .map((i) => ({
        ...base,
        _id: problemId(rec._id, `item:${i.key}`),
        source: 'item' as const,
        itemKey: i.key,
        text: itemProblemText(i.text, i.note),
        responsiblePersonId: i.group === 'secretary' ? fs : leader,
      })),
    ...rec.extraProblems.map((p, k) => ({
      ...base,
      _id: problemId(rec._id, `extra:${k}`),
      source: 'inspector' as const,
      itemKey: null,
      text: p.text,
      responsiblePersonId: p.responsiblePersonId ?? leader,
    })),
  ];
  for (const d of docs) {
    if (!(await store.get('problems', d._id))) await store.insert('problems', d);
  }
  return docs.map((d) => d._id);
}
