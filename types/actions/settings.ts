import { z } from 'zod';
import { defineAction } from '../action';
import { ClientRequestId } from '../common';
import { ruleConfigSchema } from '../../src/core/rules/config';
import { RulesView, SettingsChange } from '../settings';

/** County admin: the county's rule settings (changes over the defaults) and any stored value that could not be used. */
export const settingsRulesGet = defineAction('settings.rules.get', ['county_admin'], z.object({}).strict(), RulesView);

/**
 * County admin: saves the county's whole rule configuration (validated, Chinese messages per field),
 * audited with before/after. `version` is the one read; a newer save in between answers CONFLICT.
 */
export const settingsRulesSet = defineAction(
  'settings.rules.set',
  ['county_admin'],
  z
    .object({
      rules: ruleConfigSchema,
      version: z.number({ error: '缺少版本号' }).int({ error: '版本号不正确' }).min(0, { error: '版本号不正确' }),
      clientRequestId: ClientRequestId,
    })
    .strict(),
  RulesView,
);

/** County admin: the latest changes to the county's settings and working-day calendar (from the audit log). */
export const settingsHistory = defineAction('settings.history', ['county_admin'], z.object({}).strict(), z.array(SettingsChange));
