import { CADRE_ROLES } from '../../../types';
import type { SignerRole } from '../../../types/inspection';
import type { Ctx } from '../context';
import { fail } from '../errors';
import type { InspectionTeamDoc } from './docs';
import { teamsWithMember } from './queries';
import { normaliseRecord, type InspectionRecordDoc } from './record-docs';

export interface RecordAccess {
  read: boolean;
  /** An inspector of the record's team (or its author when it has no team). */
  inspector: boolean;
  firstSecretary: boolean;
}

/** The inspection teams (督查组) the caller is a member of. */
export async function myTeams(ctx: Ctx): Promise<InspectionTeamDoc[]> {
  return ctx.person ? teamsWithMember(ctx.store, ctx.person._id) : [];
}

/**
 * Who may do what with a record: an inspector of its team reads and fills it; the village's cadres
 * read it (its first secretary signs it); the township supervisor, county admin and city admin read
 * it in their scope. Anyone else, villagers included, nothing.
 */
export async function recordAccess(ctx: Ctx, rec: InspectionRecordDoc): Promise<RecordAccess> {
  const me = ctx.person?._id;
  if (!me) return { read: false, inspector: false, firstSecretary: false };
  const inspector =
    ctx.grants.some((g) => g.role === 'inspector') &&
    (rec.teamId ? (await myTeams(ctx)).some((t) => t._id === rec.teamId) : rec.createdBy === me);
  const firstSecretary = ctx.grants.some((g) => g.role === 'first_secretary' && g.scopeLevel === 'village' && g.scopeId === rec.villageId);
  const read =
    inspector ||
    ctx.grants.some(
      (g) =>
        (CADRE_ROLES.includes(g.role) && g.scopeLevel === 'village' && g.scopeId === rec.villageId) ||
        (g.role === 'township_supervisor' && g.scopeLevel === 'township' && g.scopeId === rec.townshipId) ||
        (g.role === 'county_admin' && g.scopeLevel === 'county' && g.scopeId === rec.countyId) ||
        (g.role === 'city_admin' && g.scopeLevel === 'city' && !!rec.cityId && g.scopeId === rec.cityId),
    );
  return { read, inspector, firstSecretary };
}

/** Loads a record the caller may read, else NOT_FOUND / OUT_OF_SCOPE. */
export async function requireRecord(ctx: Ctx, recordId: string): Promise<{ rec: InspectionRecordDoc; access: RecordAccess }> {
  const doc = await ctx.store.get('inspection_records', recordId);
  if (!doc) return fail('NOT_FOUND', '没有找到这份督查纪实表。');
  const rec = normaliseRecord(doc);
  const access = await recordAccess(ctx, rec);
  if (!access.read) return fail('OUT_OF_SCOPE', '这份督查纪实表不在您的查看范围内。');
  return { rec, access };
}

/** The role the caller would sign as now (roster signers only; the village secretary signs by code). */
export function signerRoleOf(rec: InspectionRecordDoc, access: RecordAccess, personId: string | undefined): SignerRole | null {
  if (rec.status !== 'signing' || !personId) return null;
  if (rec.signatures.some((s) => s.personId === personId)) return null;
  if (access.inspector) return 'inspector';
  if (access.firstSecretary) return 'first_secretary';
  return null;
}
