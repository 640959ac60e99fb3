import type { LeaveDoc } from '../../cloudfunctions/common/leave/doc';
import type { DocDriver } from '../../cloudfunctions/common/store/driver';

type Decided = Pick<LeaveDoc, '_id' | 'personId' | 'from' | 'to' | 'days' | 'status' | 'approverLevel' | 'createdAt' | 'decidedAt' | 'decidedBy' | 'returnedAt'>;

/**
 * Stores a decided personal leave of a roster cadre as leave.decide leaves it: village, township,
 * county and names read from the roster (the seed's people and villages), no note, no early return.
 */
export async function putDecidedLeave(store: DocDriver, leave: Decided): Promise<LeaveDoc> {
  const person = await store.get('people', leave.personId);
  const village = person?.villageId ? await store.get('villages', person.villageId) : null;
  const decider = leave.decidedBy ? await store.get('people', leave.decidedBy) : null;
  if (!person || !village) throw new Error(`no stationed cadre ${leave.personId} in the seed`);
  const doc: LeaveDoc = {
    ...leave,
    personName: person.name,
    villageId: village._id,
    villageName: village.name,
    townshipId: village.townshipId,
    countyId: person.countyId,
    type: 'personal',
    reason: '家中有事',
    decidedByName: decider?.name ?? null,
    decisionNote: null,
    returnDay: null,
    plannedTo: null,
  };
  await store.put('leaves', doc);
  return doc;
}
