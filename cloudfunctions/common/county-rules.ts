import { mergeRuleConfig, ruleConfigChanges, type RuleConfig } from '../../src/core';
import type { Ctx } from './context';
import { fail } from './errors';
import type { DocTx } from './store/driver';

/**
 * A county's rule settings: document config/`rules:<countyId>` holding only what the county changed
 * (`rules`, a sparse tree over DEFAULT_RULE_CONFIG), with a version for concurrent edits. Older
 * documents holding a full configuration read the same way.
 */
export interface CountyRulesDoc {
  _id: string;
  /** The rules as the county changed them (older documents may hold a whole configuration). */
  rules: Record<string, unknown>;
  // Absent on documents from before the settings page (hand-written `{ _id, rules }`): read as version 1, editor unknown.
  countyId?: string;
  version?: number;
  updatedAt?: string;
  updatedBy?: string | null;
}

export const countyRulesId = (countyId: string) => `rules:${countyId}`;

/** The county's configuration over the defaults, what could not be used, and who changed it last. */
export interface CountyRules {
  config: RuleConfig;
  problems: string[];
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

export async function readCountyRules(store: DocTx, countyId: string): Promise<CountyRules> {
  const doc = await store.get('config', countyRulesId(countyId));
  const { config, problems } = mergeRuleConfig(doc?.rules);
  return {
    config,
    problems,
    version: typeof doc?.version === 'number' ? doc.version : doc ? 1 : 0,
    updatedAt: doc?.updatedAt ?? null,
    updatedBy: doc?.updatedBy ?? null,
  };
}

/** The county the caller administers (county_admin granted on that county), else FORBIDDEN. */
export function adminCounty(ctx: Ctx): string {
  if (!ctx.person) return fail('UNAUTHENTICATED');
  const countyId = ctx.person.countyId;
  const ok = ctx.grants.some((g) => g.role === 'county_admin' && g.scopeLevel === 'county' && g.scopeId === countyId);
  return ok ? countyId : fail('FORBIDDEN', '只有本县的县级管理员可以修改设置。');
}

/** Writes the county's settings as the changes over the defaults; returns the stored document. */
export async function writeCountyRules(
  store: DocTx,
  countyId: string,
  config: RuleConfig,
  version: number,
  at: string,
  by: string | null,
): Promise<CountyRulesDoc> {
  const doc: CountyRulesDoc = { _id: countyRulesId(countyId), countyId, rules: ruleConfigChanges(config), version, updatedAt: at, updatedBy: by };
  await store.put('config', doc);
  return doc;
}
