import { z } from 'zod';
import { ruleConfigSchema } from '../src/core/rules/config';

/**
 * The county's rule settings as the county admin sees them: the effective configuration (the
 * county's changes over the defaults), which settings differ from the defaults, stored values that
 * could not be used (each counted as its default until the next save), and the version to edit.
 */
export const RulesView = z.object({
  rules: ruleConfigSchema,
  /** Dotted paths of the settings that differ from the defaults, e.g. 'diary.graceHours'. */
  changed: z.array(z.string()),
  problems: z.array(z.string()),
  /** 0 while the county has never saved; each save adds 1. */
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  /** Name of whoever saved last. */
  updatedBy: z.string().nullable(),
});
export type RulesView = z.infer<typeof RulesView>;

/** One entry of the settings' change history (from the audit log), newest first. */
export const SettingsChange = z.object({
  at: z.string(),
  /** Name of whoever made the change. */
  by: z.string().nullable(),
  kind: z.enum(['rules', 'calendar', 'year']),
  /** kind 'rules': every setting that changed, with both values. */
  settings: z.array(z.object({ path: z.string(), before: z.unknown(), after: z.unknown() })),
  /** kind 'calendar': the day and what it became; `kind: null` when the county's change was removed. */
  day: z.object({ date: z.string(), kind: z.enum(['workday', 'rest']).nullable(), reason: z.string() }).nullable(),
  /** kind 'year': a year's holiday schedule entered (or corrected) by the county, with its counts. */
  year: z.object({ year: z.number().int(), holidays: z.number().int(), makeupWorkdays: z.number().int(), corrected: z.boolean() }).nullable(),
});
export type SettingsChange = z.infer<typeof SettingsChange>;
