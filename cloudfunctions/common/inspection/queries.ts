import { findAll, type DocDriver } from '../store/driver';
import type { DrawStatus } from '../../../src/core/draw';
import type { DrawDoc, InspectionTeamDoc } from './docs';
import type { InspectionRecordDoc } from './record-docs';

/**
 * The named reads of the inspection area's collections (teams and records), so every caller asks
 * the same question the same way.
 */

/** Every team (of any city or county) the person is a member of. */
export async function teamsWithMember(store: DocDriver, personId: string): Promise<InspectionTeamDoc[]> {
  // Membership is a list inside the team: the store filters on top-level fields only, so read all teams (a few per city).
  return (await findAll(store, 'inspection_teams', {})).filter((t) => t.memberIds.includes(personId));
}

/** The teams of these cities or counties. */
export async function teamsOfScopes(store: DocDriver, scopeIds: readonly string[]): Promise<InspectionTeamDoc[]> {
  if (scopeIds.length === 0) return [];
  return findAll(store, 'inspection_teams', scopeIds.length === 1 ? { scopeId: scopeIds[0] } : { scopeId: { $in: [...scopeIds] } });
}

/** The draws of these cities or counties (all of them, or those in one status). */
export async function drawsOfScopes(store: DocDriver, scopeIds: readonly string[], status?: DrawStatus): Promise<DrawDoc[]> {
  if (scopeIds.length === 0) return [];
  return findAll(store, 'draws', { scopeId: { $in: [...scopeIds] }, ...(status ? { status } : {}) });
}

/** The signed (valid) records of a month, of one village or of a whole county. */
export async function signedRecords(store: DocDriver, of: { villageId: string } | { countyId: string }, month: string): Promise<InspectionRecordDoc[]> {
  return findAll(store, 'inspection_records', { ...of, month, status: 'signed' });
}
