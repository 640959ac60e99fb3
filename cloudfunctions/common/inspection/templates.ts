import { BUILTIN_ITEMS, BUILTIN_TEMPLATE_NAME, type InspectionItemTemplate } from '../../../src/core/inspection/template';
import type { Ctx } from '../context';
import { fail } from '../errors';
import type { DocDriver } from '../store/driver';

export const templateId = (scopeId: string) => `tpl_${scopeId}`;

export interface ResolvedTemplate {
  name: string;
  items: InspectionItemTemplate[];
  builtIn: boolean;
}

export const BUILTIN: ResolvedTemplate = { name: BUILTIN_TEMPLATE_NAME, items: BUILTIN_ITEMS.map((i) => ({ ...i })), builtIn: true };

/** The template of a scope (a county or a city): its own copy, else the built-in annex 2. */
export async function scopeTemplate(store: DocDriver, scopeId: string | null): Promise<ResolvedTemplate> {
  const own = scopeId ? await store.get('inspection_templates', templateId(scopeId)) : null;
  return own ? { name: own.name, items: own.items, builtIn: false } : BUILTIN;
}

/**
 * The template a new record starts from: a city draw uses the city's copy; a county draw the county's,
 * else its city's; else the built-in one.
 */
export async function templateForRecord(store: DocDriver, draw: { scopeLevel?: string; scopeId?: string }, countyId: string, cityId: string | null): Promise<ResolvedTemplate> {
  if (draw.scopeLevel === 'city') return scopeTemplate(store, draw.scopeId ?? cityId);
  const county = await scopeTemplate(store, countyId);
  return county.builtIn && cityId ? scopeTemplate(store, cityId) : county;
}

/** The scope whose template the caller edits: a city admin's city, else the county admin's county. */
export async function editableScope(ctx: Ctx): Promise<{ level: 'county' | 'city'; id: string; name: string }> {
  const city = ctx.grants.find((g) => g.role === 'city_admin' && g.scopeLevel === 'city');
  if (city) return { level: 'city', id: city.scopeId, name: city.scopeName };
  const county = ctx.grants.find((g) => g.role === 'county_admin' && g.scopeLevel === 'county');
  if (!county) return fail('FORBIDDEN');
  const doc = await ctx.store.get('counties', county.scopeId);
  return { level: 'county', id: county.scopeId, name: doc?.name ?? county.scopeName };
}
