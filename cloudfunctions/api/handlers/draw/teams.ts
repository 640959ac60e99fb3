import { cmp, sha256Hex } from '../../../../src/core/draw';
import { teamsList, teamsSave } from '../../../../types/actions/draw';
import { audit } from '../../../common/audit';
import { fail } from '../../../common/errors';
import { once } from '../../../common/idempotency';
import { managerScope } from '../../../common/inspection/draw-access';
import type { InspectionTeamDoc } from '../../../common/inspection/docs';
import { scopeCounties } from '../../../common/inspection/frame';
import { teamsOfScopes } from '../../../common/inspection/queries';
import type { PersonDoc } from '../../../common/model';
import type { Ctx } from '../../../common/context';
import { countyGrants } from '../../../common/org';
import type { DocTx } from '../../../common/store/driver';
import { handle } from '../../handler';

/** The manager's scope, its counties and the 督查组成员 in them. */
async function scopeInspectors(ctx: Ctx) {
  const scope = managerScope(ctx);
  if (!scope) return fail('FORBIDDEN');
  const counties = await scopeCounties(ctx.store, scope.level, scope.id);
  const countyName = new Map(counties.map((c) => [c._id, c.name]));
  const inspectors: PersonDoc[] = [];
  for (const c of counties) {
    const grants = await countyGrants(ctx.store, c._id);
    const ids = [...new Set(grants.filter((g) => g.role === 'inspector').map((g) => g.personId))];
    for (const id of ids) {
      const p = await ctx.store.get('people', id);
      if (p) inspectors.push(p);
    }
  }
  return { scope, countyName, inspectors };
}

export const teamsListHandler = handle(teamsList, async (ctx) => {
  const { scope, countyName, inspectors } = await scopeInspectors(ctx);
  const byId = new Map(inspectors.map((p) => [p._id, p]));
  const member = (id: string) => {
    const p = byId.get(id);
    return { id, name: p?.name ?? id, countyName: p ? countyName.get(p.countyId) ?? '' : '' };
  };
  const teams = (await teamsOfScopes(ctx.store, [scope.id])).sort((a, b) => cmp(a.name, b.name) || cmp(a._id, b._id));
  return {
    scope,
    teams: teams.map((t) => ({ id: t._id, name: t.name, members: t.memberIds.map(member), homeCountyNames: t.homeCountyIds.map((c) => countyName.get(c) ?? c) })),
    inspectors: inspectors.map((p) => member(p._id)),
  };
});

export const teamsSaveHandler = handle(teamsSave, async (ctx, input) => {
  const { scope, inspectors } = await scopeInspectors(ctx);
  const byId = new Map(inspectors.map((p) => [p._id, p]));
  const strangers = input.memberIds.filter((id) => !byId.has(id));
  if (strangers.length) return fail('VALIDATION', `有${strangers.length}人不是本${scope.level === 'city' ? '市' : '县'}的督查组成员，不能加入督查组。`, [{ path: 'memberIds', message: '成员不在范围内' }]);
  const memberIds = [...new Set(input.memberIds)];
  let existing: InspectionTeamDoc | null = null;
  if (input.teamId) {
    existing = await ctx.store.get('inspection_teams', input.teamId);
    if (!existing || existing.scopeId !== scope.id) return fail('NOT_FOUND', '没有找到这个督查组。');
  }
  const doc: InspectionTeamDoc = {
    _id: existing?._id ?? `team_${sha256Hex(`${scope.id}:${ctx.openid}:${input.clientRequestId}`).slice(0, 16)}`,
    scopeLevel: scope.level,
    scopeId: scope.id,
    name: input.name,
    memberIds,
    homeCountyIds: [...new Set(memberIds.map((id) => byId.get(id)!.countyId))].sort(),
  };
  let wrote = false;
  const out = await once(ctx, 'teams.save', input.clientRequestId, async (tx: DocTx) => {
    await tx.put('inspection_teams', doc);
    wrote = true;
    return { teamId: doc._id };
  });
  if (wrote) await audit(ctx, ctx.store, { countyId: scope.id, entity: 'inspection_team', entityId: doc._id, action: existing ? 'update' : 'create', before: existing, after: doc });
  return out;
});
