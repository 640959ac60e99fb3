import { z } from 'zod';

/**
 * Shared shapes of the supervisor's month: compliance results, alerts and in-app messages.
 * The contracts (types/actions/supervision.ts) and other areas (reports, exports) import these.
 */

export const RuleStatus = z.enum(['pass', 'fail', 'pending', 'not-applicable']);
export const RuleName = z.enum(['presence', 'absence', 'diary', 'coverage']);
export const RuleResult = z.object({ rule: RuleName, status: RuleStatus, reason: z.string() });

/** Status of a person or village for the month: any failure → 'fail'; all passed and month over → 'pass'. */
export const ComplianceStatus = z.enum(['pass', 'fail', 'pending']);
export type ComplianceStatus = z.infer<typeof ComplianceStatus>;

export const ProjectionStatus = z.enum(['done', 'on-track', 'at-risk', 'cannot-reach', 'not-applicable']);

/** One cadre's month, as the domain core judges it (src/core/compliance). */
export const PersonCompliance = z.object({
  personId: z.string(),
  name: z.string(),
  role: z.enum(['first_secretary', 'team_leader', 'team_member']),
  villageId: z.string(),
  status: ComplianceStatus,
  pass: z.boolean(),
  workingDays: z.number(),
  workingDaysElapsed: z.number(),
  /** Required days in the village; null when the ratio does not apply to the role. */
  requiredDays: z.number().nullable(),
  presentDays: z.number(),
  creditedDays: z.array(z.string()),
  unexcusedAbsences: z.array(z.string()),
  leaveDays: z.array(z.string()),
  diary: z.object({
    requiredDays: z.number(),
    onTimeDays: z.number(),
    lateDays: z.array(z.string()),
    missingDays: z.array(z.string()),
  }),
  rules: z.array(RuleResult),
  projection: z.object({
    status: ProjectionStatus,
    neededDays: z.number(),
    remainingDays: z.number(),
    sentence: z.string(),
  }),
});
export type PersonCompliance = z.infer<typeof PersonCompliance>;

/** One village's team for the month. */
export const VillageCompliance = z.object({
  villageId: z.string(),
  villageName: z.string(),
  townshipId: z.string(),
  townshipName: z.string(),
  status: ComplianceStatus,
  pass: z.boolean(),
  /** Chinese lines naming each failure ('张三：…', '工作队：…'). */
  reasons: z.array(z.string()),
  coverage: z.object({
    judgedDays: z.number(),
    coveredDays: z.number(),
    gapDays: z.array(z.string()),
    result: RuleResult,
  }),
  persons: z.array(PersonCompliance),
});
export type VillageCompliance = z.infer<typeof VillageCompliance>;

export const ComplianceScope = z.object({ level: z.enum(['county', 'township', 'village']), id: z.string(), name: z.string() });
export type ComplianceScope = z.infer<typeof ComplianceScope>;

/** A month's compliance for a scope (county, township or village), villages in name order. */
export const MonthCompliance = z.object({
  month: z.string(),
  /** The Shanghai day the result was computed for (days before it are judged). */
  asOf: z.string(),
  closed: z.boolean(),
  /** Set when read from the month-close snapshot (the audited, frozen result); null when computed live. */
  frozenAt: z.string().nullable(),
  workingDays: z.number(),
  scope: ComplianceScope,
  counts: z.object({
    villages: z.number(),
    villagesFailing: z.number(),
    cadres: z.number(),
    cadresFailing: z.number(),
    cadresAtRisk: z.number(),
  }),
  villages: z.array(VillageCompliance),
});
export type MonthCompliance = z.infer<typeof MonthCompliance>;

/** Alerts raised by the scheduler for supervisors (and escalated to the county). */
export const AlertKind = z.enum(['at-risk', 'cannot-reach', 'absence', 'diary', 'coverage-gap', 'overdue-return']);
export type AlertKind = z.infer<typeof AlertKind>;

export const ALERT_KIND_LABELS: Record<AlertKind, string> = {
  'at-risk': '驻村天数预警',
  'cannot-reach': '驻村天数无法达标',
  absence: '无故缺勤',
  diary: '日志未按时填写',
  'coverage-gap': '无人在村',
  'overdue-return': '假满未返岗',
};

export const AlertView = z.object({
  id: z.string(),
  kind: AlertKind,
  kindLabel: z.string(),
  level: z.enum(['township', 'county']),
  day: z.string(),
  text: z.string(),
  status: z.enum(['open', 'acknowledged']),
  villageId: z.string().nullable(),
  villageName: z.string().nullable(),
  townshipName: z.string().nullable(),
  personId: z.string().nullable(),
  personName: z.string().nullable(),
  raisedAt: z.string(),
  /** Whole days since raised. */
  ageDays: z.number(),
  escalatedAt: z.string().nullable(),
  ackAt: z.string().nullable(),
  ackByName: z.string().nullable(),
  ackNote: z.string().nullable(),
});
export type AlertView = z.infer<typeof AlertView>;

/** Kinds of in-app message (one of a kind per person per day; leave notices one per leave). */
export const MessageKind = z.enum([
  'clock-in-reminder',
  'diary-reminder',
  'forward-warning',
  'coverage-gap',
  'overdue-return',
  'at-risk-summary',
  'month-close',
  'escalation',
  'feedback-new',
  'feedback-answered',
  'calendar-missing',
  'leave-request',
  'leave-decision',
  'ledger-submitted',
  'ledger-reviewed',
  'ledger-overdue',
  'recall-task',
  'monthly-report',
  'inspection-sign',
]);
export type MessageKind = z.infer<typeof MessageKind>;

/**
 * One-time subscribe templates the app asks the user to accept (≤ 5 per request). The template
 * ids are configuration (ZHUCUN_TEMPLATE_<KEY> in the cloud function's environment).
 */
export const TemplateKey = z.enum(['reminder', 'alert', 'notice']);
export type TemplateKey = z.infer<typeof TemplateKey>;

export const MESSAGE_TEMPLATE: Record<MessageKind, TemplateKey> = {
  'clock-in-reminder': 'reminder',
  'diary-reminder': 'reminder',
  'forward-warning': 'alert',
  'coverage-gap': 'alert',
  'overdue-return': 'alert',
  'at-risk-summary': 'alert',
  'month-close': 'notice',
  escalation: 'alert',
  'feedback-new': 'notice',
  'feedback-answered': 'notice',
  'calendar-missing': 'notice',
  'leave-request': 'notice',
  'leave-decision': 'notice',
  'ledger-submitted': 'notice',
  'ledger-reviewed': 'notice',
  'ledger-overdue': 'alert',
  'recall-task': 'notice',
  'monthly-report': 'notice',
  'inspection-sign': 'notice',
};

export const MessageView = z.object({
  id: z.string(),
  kind: MessageKind,
  day: z.string(),
  title: z.string(),
  body: z.string(),
  /** The app page the message opens. */
  page: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type MessageView = z.infer<typeof MessageView>;
