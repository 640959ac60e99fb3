import { isReturnOverdue, type ApproverLevel, type LeaveStatus, type LeaveType } from '../../../src/core';
import type { LeaveView } from '../../../types/leave';
import { boundedId } from '../client-ids';
import { namesById } from '../org';
import { findAll, type DocDriver, type DocTx } from '../store/driver';

/**
 * A stored leave (collection `leaves`); the shape other areas read. Names are kept for lists; leaves
 * written by older versions or other seeds may lack them (`withNames` fills them from the roster).
 */
export interface LeaveDoc {
  _id: string;
  personId: string;
  personName?: string;
  villageId: string;
  villageName?: string;
  townshipId: string;
  countyId: string;
  type: LeaveType;
  from: string;
  to: string;
  days: number;
  reason: string;
  status: LeaveStatus;
  approverLevel: ApproverLevel;
  createdAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
  decidedByName?: string | null;
  decisionNote: string | null;
  returnedAt: string | null;
  returnDay: string | null;
  /** The approved last day, kept when an early return shortened the leave. */
  plannedTo?: string | null;
}

/** Within the 64 characters leave.cancel and leave.decide accept, whatever the clientRequestId. */
export const leaveId = (personId: string, clientRequestId: string) => boundedId(`lv_${personId}_${clientRequestId}`);

export async function getLeave(store: DocTx, id: string): Promise<LeaveDoc | null> {
  return store.get('leaves', id);
}

/** One person's leaves (a handful a year, through the personId index), optionally only those of some statuses. */
export function personLeaves(store: DocDriver, personId: string, statuses?: LeaveStatus[]): Promise<LeaveDoc[]> {
  return findAll(store, 'leaves', statuses ? { personId, status: { $in: statuses } } : { personId });
}

export async function saveLeave(store: DocTx, doc: LeaveDoc): Promise<void> {
  await store.put('leaves', doc);
}

/**
 * Fills the names of leaves written without them (e.g. by other seeds or older versions) from the
 * roster: one read per distinct person and village, for the bounded lists we show.
 */
export async function withNames(store: DocDriver, docs: LeaveDoc[]): Promise<LeaveDoc[]> {
  const missing = docs.filter((d) => !d.personName || !d.villageName);
  if (missing.length === 0) return docs;
  const people = await namesById(store, 'people', missing.map((d) => d.personId));
  const villages = await namesById(store, 'villages', missing.map((d) => d.villageId));
  return docs.map((d) => (d.personName && d.villageName ? d : { ...d, personName: people.get(d.personId) ?? '', villageName: villages.get(d.villageId) ?? '' }));
}

/** A leave as the app shows it; `workingDays` from leave/working-days.ts (null: waits for the year's holiday schedule). */
export function leaveView(doc: LeaveDoc, today: string, graceDays: number, workingDays: number | null): LeaveView {
  return {
    id: doc._id,
    personId: doc.personId,
    personName: doc.personName ?? '',
    villageName: doc.villageName ?? '',
    type: doc.type,
    from: doc.from,
    to: doc.to,
    days: doc.days,
    workingDays,
    reason: doc.reason,
    status: doc.status,
    approverLevel: doc.approverLevel,
    createdAt: doc.createdAt,
    decidedAt: doc.decidedAt,
    decidedByName: doc.decidedByName ?? null,
    decisionNote: doc.decisionNote,
    returnedAt: doc.returnedAt,
    returnDay: doc.returnDay,
    plannedTo: doc.plannedTo ?? null,
    overdue: isReturnOverdue(doc, today, graceDays),
  };
}

/** Newest first by start day, then by creation. */
export function byNewest(a: LeaveDoc, b: LeaveDoc): number {
  return b.from.localeCompare(a.from) || b.createdAt.localeCompare(a.createdAt);
}
