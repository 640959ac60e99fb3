import { CADRE_ROLES } from '../../../../types';
import { inspectionList } from '../../../../types/actions/inspection';
import { myTeams } from '../../../common/inspection/access';
import { normaliseRecord, type InspectionRecordDoc } from '../../../common/inspection/record-docs';
import { requiredSigners } from '../../../common/inspection/signers';
import { recordSummary } from '../../../common/inspection/view';
import { namesById } from '../../../common/org';
import { findAll, type Filter } from '../../../common/store/driver';
import { handle } from '../../handler';

/**
 * The records the caller may read, newest month first: an inspector's team's, a cadre's own village's,
 * a township supervisor's township's, a county admin's county's, a city admin's city's.
 */
export default handle(inspectionList, async (ctx, { month }) => {
  const filters: Filter[] = [];
  for (const g of ctx.grants) {
    if (CADRE_ROLES.includes(g.role) && g.scopeLevel === 'village') filters.push({ villageId: g.scopeId });
    if (g.role === 'township_supervisor' && g.scopeLevel === 'township') filters.push({ townshipId: g.scopeId });
    if (g.role === 'county_admin' && g.scopeLevel === 'county') filters.push({ countyId: g.scopeId });
    if (g.role === 'city_admin' && g.scopeLevel === 'city') filters.push({ cityId: g.scopeId });
  }
  if (ctx.grants.some((g) => g.role === 'inspector')) {
    const teams = await myTeams(ctx);
    if (teams.length) filters.push({ teamId: { $in: teams.map((t) => t._id) } });
  }
  const found = new Map<string, InspectionRecordDoc>();
  for (const f of filters) {
    for (const d of await findAll(ctx.store, 'inspection_records', month ? { ...f, month } : f)) found.set(d._id, normaliseRecord(d));
  }
  const records = [...found.values()].sort((a, b) => b.month.localeCompare(a.month) || a.villageName.localeCompare(b.villageName, 'zh'));
  const townships = await namesById(ctx.store, 'townships', records.map((r) => r.townshipId));
  const out = [];
  for (const r of records) {
    const required = await requiredSigners(ctx.store, r);
    out.push(recordSummary(r, townships.get(r.townshipId) ?? '', required.length));
  }
  return { records: out };
});
