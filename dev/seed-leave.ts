import { addDays, approverLevelFor, DEFAULT_RULE_CONFIG, leaveDayCount, leaveDaysByMonth, shanghaiDay, type LeaveStatus, type LeaveType } from '../src/core';
import type { LeaveDoc } from '../cloudfunctions/common/leave/doc';
import { saveLeave } from '../cloudfunctions/common/leave/doc';
import { addLeaveToRollup } from '../cloudfunctions/common/leave/rollup';
import { ids } from '../cloudfunctions/common/model';
import { personMonthId, writeRollup } from '../cloudfunctions/common/month';
import type { DocDriver } from '../cloudfunctions/common/store/driver';

interface DemoLeave {
  code: string;
  type: LeaveType;
  /** Start and end, in days from today. */
  from: number;
  to: number;
  reason: string;
  status: LeaveStatus;
  note?: string;
}

/**
 * All in 城关镇 (T01), so demo-supervisor sees a queue: a short pending leave to approve, one long
 * leave waiting for the county admin, and an approved 公假 next week awaiting its return. None covers
 * today or is overdue, so the scheduler's reminders and alerts of a fresh demo are not changed by them.
 */
const DEMO_LEAVES: DemoLeave[] = [
  { code: 'P0103', type: 'personal', from: 1, to: 2, reason: '家中老人到县医院复查，需要陪同', status: 'pending' },
  { code: 'P0401', type: 'annual', from: 3, to: 7, reason: '年休假，回家探亲', status: 'pending' },
  { code: 'P0201', type: 'official', from: 4, to: 5, reason: '参加县委组织部驻村干部集中培训', status: 'approved', note: '同意，按时返岗' },
];

/** Demo leaves for the local stack; approved ones are in the month rollups (seeded presence on those days removed). */
export async function seedLeave(store: DocDriver, countyId: string, now: Date): Promise<void> {
  const today = shanghaiDay(now);
  const approver = await store.get('people', ids.person(countyId, 'P0002'));
  if (!approver) return;
  for (const [i, l] of DEMO_LEAVES.entries()) {
    const person = await store.get('people', ids.person(countyId, l.code));
    if (!person?.villageId) continue;
    const village = await store.get('villages', person.villageId);
    if (!village) continue;
    const span = { from: addDays(today, l.from), to: addDays(today, l.to) };
    const days = leaveDayCount(span);
    const decided = l.status !== 'pending';
    const leave: LeaveDoc = {
      _id: `lv_${person._id}_demo${i + 1}`,
      personId: person._id,
      personName: person.name,
      villageId: village._id,
      villageName: village.name,
      townshipId: village.townshipId,
      countyId,
      type: l.type,
      ...span,
      days,
      reason: l.reason,
      status: l.status,
      approverLevel: approverLevelFor(days, DEFAULT_RULE_CONFIG.leave.countyApprovalAboveDays),
      createdAt: new Date(now.getTime() + (l.from - 3) * 86_400_000).toISOString(),
      decidedAt: decided ? new Date(now.getTime() + (l.from - 2) * 86_400_000).toISOString() : null,
      decidedBy: decided ? approver._id : null,
      decidedByName: decided ? approver.name : null,
      decisionNote: l.note ?? null,
      returnedAt: null,
      returnDay: null,
      plannedTo: null,
    };
    await saveLeave(store, leave);
    if (l.status !== 'approved') continue;
    await clearSeededPresence(store, person._id, span);
    await addLeaveToRollup(store, person, leave);
  }
}

/** A cadre on leave was not in the village: drop the random demo presence on those days. */
async function clearSeededPresence(store: DocDriver, personId: string, span: { from: string; to: string }): Promise<void> {
  for (const part of leaveDaysByMonth(span)) {
    const doc = await store.get('person_months', personMonthId(personId, part.month));
    if (!doc) continue;
    const off = new Set(part.days);
    doc.presentDays = doc.presentDays.filter((d) => !off.has(d));
    doc.diaries = doc.diaries.filter((d) => !off.has(d.day));
    for (const d of off) delete doc.firstClockIn[d];
    await writeRollup(store, doc);
  }
}
