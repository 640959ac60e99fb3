import { mergeRuleConfig, settingDifferences } from '../../../../src/core';
import { settingsHistory } from '../../../../types/actions/settings';
import type { SettingsChange } from '../../../../types/settings';
import { adminCounty } from '../../../common/county-rules';
import type { AuditDoc } from '../../../common/audit';
import { namesById } from '../../../common/org';
import { handle } from '../../handler';

/** How many changes the settings page lists. */
const LATEST = 20;

function entry(a: AuditDoc, names: Map<string, string>): SettingsChange {
  const by = a.by ? (names.get(a.by) ?? a.by) : null;
  const at = a.at;
  if (a.entity === 'settings') {
    const before = mergeRuleConfig((a.before as { rules?: unknown } | null)?.rules).config;
    const after = mergeRuleConfig((a.after as { rules?: unknown } | null)?.rules).config;
    return { at, by, kind: 'rules', settings: settingDifferences(before, after), day: null, year: null };
  }
  if (a.entity === 'calendar_year') {
    const now = (a.after ?? {}) as { holidays?: unknown[]; makeupWorkdays?: unknown[] };
    const year = { year: Number(a.entityId), holidays: now.holidays?.length ?? 0, makeupWorkdays: now.makeupWorkdays?.length ?? 0, corrected: a.before != null };
    return { at, by, kind: 'year', settings: [], day: null, year };
  }
  const now = a.after as { kind?: 'workday' | 'rest' } | null;
  return { at, by, kind: 'calendar', settings: [], day: { date: a.entityId, kind: now?.kind ?? null, reason: a.note ?? '' }, year: null };
}

/** The latest changes to the county's rule settings, calendar overrides and entered years, newest first, with names. */
export default handle(settingsHistory, async (ctx) => {
  const countyId = adminCounty(ctx);
  const audits = await ctx.store.find('audit', { countyId, entity: { $in: ['settings', 'calendar', 'calendar_year'] } }, { orderBy: [{ field: 'at', dir: 'desc' }], limit: LATEST });
  const names = await namesById(ctx.store, 'people', audits.flatMap((a) => a.by ?? []));
  return audits.map((a) => entry(a, names));
});
