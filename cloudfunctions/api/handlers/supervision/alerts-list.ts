import { alertsList } from '../../../../types/actions/supervision';
import type { AlertDoc } from '../../../common/alerts';
import { callerCounty } from '../../../common/scope';
import type { Filter } from '../../../common/store/driver';
import { handle } from '../../handler';
import { alertViews } from './alert-view';

const LIMIT = 200;

/**
 * The alerts inbox: a township supervisor's townships (township and escalated alerts alike),
 * and for a county admin the alerts escalated to the county. Open ones oldest first; acknowledged
 * ones newest first.
 */
export default handle(alertsList, async (ctx, { status }) => {
  const countyId = callerCounty(ctx);
  const filters: Filter[] = [];
  for (const g of ctx.grants) {
    if (g.role === 'township_supervisor' && g.scopeLevel === 'township') filters.push({ countyId, townshipId: g.scopeId });
    if (g.role === 'county_admin' && g.scopeLevel === 'county' && g.scopeId === countyId) filters.push({ countyId, level: 'county' });
  }
  const byId = new Map<string, AlertDoc>();
  for (const f of filters) {
    const where = status ? { ...f, status } : f;
    const docs = await ctx.store.find('alerts', where, { orderBy: [{ field: 'raisedAt', dir: 'desc' }], limit: LIMIT });
    for (const d of docs) byId.set(d._id, d);
  }
  const all = [...byId.values()];
  const open = all.filter((a) => a.status === 'open').sort((a, b) => a.raisedAt.localeCompare(b.raisedAt));
  const acked = all.filter((a) => a.status === 'acknowledged').sort((a, b) => (b.ackAt ?? '').localeCompare(a.ackAt ?? ''));
  return { open: open.length, items: await alertViews(ctx.store, [...open, ...acked], ctx.now) };
});
