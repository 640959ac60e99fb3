import { ROLE_LABELS } from '../../../../types';
import { bulkInvites } from '../../../../types/actions/org';
import { fail } from '../../../common/errors';
import { issueInvite, openInvites } from '../../../common/invites';
import type { GrantDoc } from '../../../common/model';
import { townshipVillages } from '../../../common/org';
import { callerCounty } from '../../../common/scope';
import { findAll, getMany, type DocDriver } from '../../../common/store/driver';
import { handle } from '../../handler';

const ROLE_ORDER: string[] = ['first_secretary', 'team_leader', 'team_member', 'township_supervisor', 'inspector', 'unit_contact', 'county_admin', 'city_admin'];

/** The villages (and, for a township, its supervisors) of the sheet, within the caller's county. */
async function sheetScope(countyId: string, store: DocDriver, input: { townshipId?: string; villageId?: string }) {
  if (input.villageId) {
    const v = await store.get('villages', input.villageId);
    if (!v || v.countyId !== countyId) return fail('NOT_FOUND', '没有找到这个村。');
    return { name: v.name, villages: [v], scopeIds: [v._id] };
  }
  const t = await store.get('townships', input.townshipId!);
  if (!t || t.countyId !== countyId) return fail('NOT_FOUND', '没有找到这个乡镇。');
  const villages = await townshipVillages(store, countyId, t._id);
  return { name: t.name, villages, scopeIds: [t._id, ...villages.map((v) => v._id)] };
}

export default handle(bulkInvites, async (ctx, input) => {
  const countyId = callerCounty(ctx);
  const scope = await sheetScope(countyId, ctx.store, input);
  const grants = await findAll(ctx.store, 'grants', { countyId, scopeId: { $in: scope.scopeIds } });
  const personIds = [...new Set(grants.map((g) => g.personId))];
  const people = (await getMany(ctx.store, 'people', personIds)).filter((p) => p.countyId === countyId);
  const unbound = people.filter((p) => !p.openid);
  const open = await openInvites(ctx.store, countyId, unbound.map((p) => p._id), ctx.now);
  const grantOf = new Map<string, GrantDoc>();
  for (const g of grants) {
    const prev = grantOf.get(g.personId);
    if (!prev || ROLE_ORDER.indexOf(g.role) < ROLE_ORDER.indexOf(prev.role)) grantOf.set(g.personId, g);
  }
  const items = [];
  for (const p of unbound) {
    const invite = open.get(p._id) ?? (await issueInvite(ctx, p, input.validDays));
    const g = grantOf.get(p._id)!;
    items.push({ personId: p._id, personName: p.name, roleLabel: ROLE_LABELS[g.role], placeName: g.scopeName, code: invite._id, expiresAt: invite.expiresAt, order: ROLE_ORDER.indexOf(g.role) });
  }
  items.sort((a, b) => a.placeName.localeCompare(b.placeName, 'zh-CN') || a.order - b.order || a.personName.localeCompare(b.personName, 'zh-CN'));
  return { scopeName: scope.name, items: items.map(({ order: _order, ...rest }) => rest) };
});
