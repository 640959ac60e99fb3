import { z } from 'zod';

/** Shared shapes of the reports area (dashboard, exports, 投诉建议). Contracts live in actions/reports.ts. */

/** Colour of a village or cadre on the dashboard, decided by the county's rule config. */
export const Tone = z.enum(['ok', 'warn', 'bad']);
export type Tone = z.infer<typeof Tone>;

/** A month's colour, word and sentence from the core's one rule set (a failed rule wins over the projection). */
export const MonthVerdict = z.object({ tone: Tone, word: z.string(), sentence: z.string() });

/** How the credited days add up (each day once: 在村, else 外勤, else 公假), and the days set apart with why. */
export const CreditView = z.object({
  credited: z.number(),
  present: z.number(),
  field: z.number(),
  official: z.number(),
  notCounted: z.number(),
  notCountedReason: z.string(),
});

export const RuleRow = z.object({
  rule: z.enum(['presence', 'absence', 'diary', 'coverage']),
  status: z.enum(['pass', 'fail', 'pending', 'not-applicable']),
  reason: z.string(),
});

/** An xlsx file in the JSON envelope. */
export const FileOut = z.object({ fileName: z.string(), base64: z.string() });

export const FeedbackKind = z.enum(['complaint', 'suggestion']);
export type FeedbackKind = z.infer<typeof FeedbackKind>;
export const FeedbackStatus = z.enum(['open', 'replied', 'closed']);
export type FeedbackStatus = z.infer<typeof FeedbackStatus>;

export const FEEDBACK_KIND_LABELS: Record<FeedbackKind, string> = { complaint: '投诉', suggestion: '建议' };
export const FEEDBACK_STATUS_LABELS: Record<FeedbackStatus, string> = { open: '待答复', replied: '已答复', closed: '已办结' };

/** What the submitter sees of their own item. */
export const FeedbackMineItem = z.object({
  id: z.string(),
  kind: FeedbackKind,
  text: z.string(),
  anonymous: z.boolean(),
  villageName: z.string().nullable(),
  status: FeedbackStatus,
  createdAt: z.string(),
  reply: z.string().nullable(),
  repliedAt: z.string().nullable(),
});

/** What the county admin sees: no identity at all for anonymous items. */
export const FeedbackAdminItem = FeedbackMineItem.extend({
  submitter: z.object({ name: z.string(), contact: z.string().nullable() }).nullable(),
  townshipName: z.string().nullable(),
});
