import { z } from 'zod';

/** Shapes of the inspection record (督查纪实表, seed 002 annex 2), shared by the app and the functions. */

export const InspectionGroup = z.enum(['team', 'secretary']);
export const InspectionAnswer = z.enum(['yes', 'no']);
export const InspectionStatus = z.enum(['draft', 'signing', 'signed']);
export type InspectionStatus = z.infer<typeof InspectionStatus>;
export const SignerRole = z.enum(['village_secretary', 'first_secretary', 'inspector']);
export type SignerRole = z.infer<typeof SignerRole>;

export const SIGNER_LABELS: Record<SignerRole, string> = {
  village_secretary: '村党组织负责人',
  first_secretary: '第一书记',
  inspector: '督查组成员',
};
export const STATUS_LABELS: Record<InspectionStatus, string> = {
  draft: '填写中',
  signing: '待签字',
  signed: '已签字生效',
};

export const TemplateItem = z.object({
  key: z.string(),
  group: InspectionGroup,
  text: z.string(),
  evidence: z.enum(['coverage', 'presence']).optional(),
});

export const RecordItem = z.object({
  key: z.string(),
  group: InspectionGroup,
  text: z.string(),
  answer: InspectionAnswer.nullable(),
  note: z.string(),
  /** Proposed from what the system knows (items backed by a fact), else null. */
  suggested: InspectionAnswer.nullable(),
  evidence: z.enum(['coverage', 'presence']).nullable(),
});
export type RecordItem = z.infer<typeof RecordItem>;

/** One cadre's month as the system knows it (compliance-month), with the evidence days. */
export const CadreFact = z.object({
  personId: z.string(),
  name: z.string(),
  role: z.string(),
  roleLabel: z.string(),
  workingDays: z.number(),
  requiredDays: z.number().nullable(),
  presentDays: z.number(),
  creditedDays: z.array(z.string()),
  leaveDays: z.array(z.string()),
  unexcusedAbsences: z.array(z.string()),
  diary: z.object({ requiredDays: z.number(), onTimeDays: z.number(), lateDays: z.array(z.string()), missingDays: z.array(z.string()) }),
  presenceStatus: z.string(),
  presenceReason: z.string(),
});
export type CadreFact = z.infer<typeof CadreFact>;

export const SurveyFact = z.object({
  campaignId: z.string(),
  title: z.string(),
  from: z.string(),
  to: z.string(),
  /** 走访人数: the answers of the village in the campaign. */
  visited: z.number(),
  /** Shares 0..1; null when withheld (too few answers) or not asked. */
  satisfiedRate: z.number().nullable(),
  dissatisfiedRate: z.number().nullable(),
  withheld: z.boolean(),
});

export const InspectionFacts = z.object({
  month: z.string(),
  asOf: z.string(),
  computedAt: z.string(),
  /** The year's holiday schedule is missing: days in the village cannot be judged yet. */
  calendarPending: z.boolean(),
  workingDays: z.number().nullable(),
  cadres: z.array(CadreFact),
  coverage: z.object({ judgedDays: z.number(), coveredDays: z.number(), gapDays: z.array(z.string()), status: z.string(), reason: z.string() }).nullable(),
  survey: SurveyFact.nullable(),
});
export type InspectionFacts = z.infer<typeof InspectionFacts>;

/** The inspector's word on a system fact: confirmed, or corrected with a value and a note. */
export const FactCheck = z.object({
  state: z.enum(['confirmed', 'corrected']),
  value: z.string().nullable(),
  note: z.string(),
});
export type FactCheck = z.infer<typeof FactCheck>;

export const Header = z.object({
  unitName: z.string(),
  teamSize: z.number(),
  leaderName: z.string(),
  firstSecretaryName: z.string(),
  villageName: z.string(),
  /** Typed by the inspector (the system does not hold them). */
  population: z.string(),
  poorCount: z.string(),
  lastYearIncome: z.string(),
  fundWan: z.string(),
  projectFundWan: z.string(),
});
export type Header = z.infer<typeof Header>;

export const Satisfaction = z.object({
  visited: z.number().nullable(),
  satisfiedRate: z.number().nullable(),
  dissatisfiedRate: z.number().nullable(),
  /** Taken from the village's survey as is; false once the inspector corrected it. */
  fromSurvey: z.boolean(),
  note: z.string(),
});
export type Satisfaction = z.infer<typeof Satisfaction>;

export const Signature = z.object({
  role: SignerRole,
  personId: z.string().nullable(),
  name: z.string(),
  at: z.string(),
  /** 'app': a roster person on their own account; 'code': the one-time signing code on the signer's phone. */
  via: z.enum(['app', 'code']),
});
export type Signature = z.infer<typeof Signature>;

export const ExtraProblem = z.object({ text: z.string(), responsiblePersonId: z.string().nullable() });

export const RequiredSigner = z.object({
  role: SignerRole,
  personId: z.string().nullable(),
  name: z.string(),
  signed: z.boolean(),
  at: z.string().nullable(),
});

export const OpenProblem = z.object({ id: z.string(), text: z.string(), month: z.string(), status: z.string(), dueDay: z.string() });

export const RecordView = z.object({
  id: z.string(),
  drawId: z.string().nullable(),
  villageId: z.string(),
  villageName: z.string(),
  townshipName: z.string(),
  countyName: z.string(),
  month: z.string(),
  teamId: z.string().nullable(),
  teamName: z.string(),
  templateName: z.string(),
  status: InspectionStatus,
  revision: z.number(),
  header: Header,
  items: z.array(RecordItem),
  facts: InspectionFacts,
  checks: z.record(z.string(), FactCheck),
  satisfaction: Satisfaction,
  extraProblems: z.array(ExtraProblem),
  signatures: z.array(Signature),
  required: z.array(RequiredSigner),
  problems: z.array(z.string()),
  updatedAt: z.string(),
  updatedByName: z.string(),
  /** The caller may fill it (an inspector of the team, not yet signed). */
  canEdit: z.boolean(),
  /** The role the caller signs as now, or null. */
  canSignAs: SignerRole.nullable(),
  /** 上次督查未销号问题: the village's problems not closed, from earlier records. */
  openProblems: z.array(OpenProblem),
  /** Cadres of the village, to name a 责任人 for a problem. */
  people: z.array(z.object({ id: z.string(), name: z.string(), roleLabel: z.string() })),
});
export type RecordView = z.infer<typeof RecordView>;

export const RecordSummary = z.object({
  id: z.string(),
  drawId: z.string().nullable(),
  villageId: z.string(),
  villageName: z.string(),
  townshipName: z.string(),
  month: z.string(),
  teamName: z.string(),
  status: InspectionStatus,
  signed: z.number(),
  required: z.number(),
  noCount: z.number(),
  updatedAt: z.string(),
});
export type RecordSummary = z.infer<typeof RecordSummary>;
