import { ROLE_LABELS } from '../../../types';
import type { SignerRole } from '../../../types/inspection';
import { findAll, getMany, type DocDriver } from '../store/driver';
import type { InspectionRecordDoc } from './record-docs';

export interface RequiredSigner {
  role: SignerRole;
  personId: string | null;
  name: string;
  signed: boolean;
  at: string | null;
}

/** The village's cadres (for 责任人 and the first secretary's signature), first secretary first. */
export async function villageCadres(store: DocDriver, villageId: string): Promise<{ id: string; name: string; role: string; roleLabel: string }[]> {
  const grants = await findAll(store, 'grants', { scopeId: villageId });
  const order = ['first_secretary', 'team_leader', 'team_member'];
  const best = new Map<string, string>();
  for (const g of grants) {
    const rank = order.indexOf(g.role);
    if (rank < 0) continue;
    const cur = best.get(g.personId);
    if (cur === undefined || order.indexOf(cur) > rank) best.set(g.personId, g.role);
  }
  const people = await getMany(store, 'people', best.keys());
  return people
    .map((p) => ({ id: p._id, name: p.name, role: best.get(p._id)!, roleLabel: ROLE_LABELS[best.get(p._id) as keyof typeof ROLE_LABELS] }))
    .sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role) || a.id.localeCompare(b.id));
}

/**
 * Who must sign (seed 002: 经所在村级党组织负责人、第一书记、督查组成员签字后方视为有效): the village party
 * secretary, each first secretary of the village, and every inspector of the team.
 */
export async function requiredSigners(store: DocDriver, rec: InspectionRecordDoc): Promise<RequiredSigner[]> {
  const team = rec.teamId ? await store.get('inspection_teams', rec.teamId) : null;
  const inspectorIds = team ? team.memberIds : [rec.createdBy];
  const cadres = await villageCadres(store, rec.villageId);
  const inspectors = await getMany(store, 'people', inspectorIds);
  const sig = (role: SignerRole, personId: string | null) => rec.signatures.find((s) => s.role === role && (personId === null || s.personId === personId));
  const entry = (role: SignerRole, personId: string | null, name: string): RequiredSigner => {
    const s = sig(role, personId);
    return { role, personId, name: s?.name ?? name, signed: !!s, at: s?.at ?? null };
  };
  return [
    entry('village_secretary', null, '村党组织负责人'),
    ...cadres.filter((c) => c.role === 'first_secretary').map((c) => entry('first_secretary', c.id, c.name)),
    ...inspectorIds.map((id) => entry('inspector', id, inspectors.find((p) => p._id === id)?.name ?? id)),
  ];
}
