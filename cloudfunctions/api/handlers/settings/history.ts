import { mergeRuleConfig, settingDifferences } from '../../../../src/core';
import { settingsHistory } from '../../../../types/actions/settings';
import type { SettingsChange } from '../../../../types/settings';
import { adminCounty } from '../../../common/county-rules';
import type { AuditDoc } from '../../../common/audit';
import { handle } from '../../handler';

/** How many changes the settings page lists. */
const LATEST = 20;

function entry(a: AuditDoc, names: Map<string, string>): SettingsChange {
  const by = a.by ? (names.get(String(a.by)) ?? String(a.by)) : null;
  const at = String(a.at);
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
  return { at, by, kind: 'calendar', settings: [], day: { date: String(a.entityId), kind: now?.kind ?? null, reason: String(a.note ?? '') }, year: null };
}

/** The latest changes to the county's rule settings, calendar overrides and entered years, newest first, with names. */
export default handle(settingsHistory, async (ctx) => {
  const countyId = adminCounty(ctx);
  const audits = await ctx.store.find('audit', { countyId, entity: { $in: ['settings', 'calendar', 'calendar_year'] } }, { orderBy: [{ field: 'at', dir: 'desc' }], limit: LATEST });
  const ids = [...new Set(audits.map((a) => a.by).filter((x): x is string => typeof x === 'string'))];
  const people = ids.length ? await ctx.store.find('people', { _id: { $in: ids } }) : [];
  const names = new Map(people.map((p) => [p._id, String(p.name)]));
  return audits.map((a) => entry(a, names));
});
