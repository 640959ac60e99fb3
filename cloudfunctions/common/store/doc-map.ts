/**
 * Typed documents: one map of collection → document type. The store port (`driver.ts`) is
 * generic over it, so `store.get('people', id)` is a `PersonDoc | null` and `store.find('leaves', …)`
 * a `LeaveDoc[]`, with no cast at the call. The drivers hold the one cast, at the boundary: a
 * collection holds what its writers put there, and every writer goes through these types.
 */
import type { AlertDoc } from '../alerts';
import type { AuditDoc } from '../audit';
import type { NationalYearDoc } from '../calendar-years';
import type { ClockInDoc } from '../clockin-doc';
import type { SnapshotDoc, VillageSnapshotDoc } from '../compliance-month';
import type { CountyRulesDoc } from '../county-rules';
import type { MessageDoc } from '../delivery/messages';
import type { SubscriptionDoc } from '../delivery/grants';
import type { DiaryDoc, HouseholdDoc, PhotoDoc, VisitDoc } from '../diary/docs';
import type { FeedbackDoc } from '../feedback/model';
import type { FlagDoc } from '../flags';
import type { GradeDoc } from '../grade-proposals';
import type { DrawDoc, InspectionTeamDoc } from '../inspection/docs';
import type { InspectionRecordDoc, InspectionTemplateDoc, SignCodeDoc } from '../inspection/record-docs';
import type { InviteAttemptDoc } from '../invite-throttle';
import type { JobDoc } from '../job-markers';
import type { EvidenceDoc, ProblemDoc } from '../ledger/docs';
import type { LeaveDoc } from '../leave/doc';
import type { CityDoc, CountyDoc, GrantDoc, InviteDoc, PersonDoc, TownshipDoc, UnitDoc, VillageDoc } from '../model';
import type { PersonMonthDoc } from '../month';
import type { VillageMonthDoc } from '../village-months';
import type { GuardDoc } from '../read-guard';
import type { MonthlyReportDoc } from '../monthly-report';
import type { RecallDoc } from '../recalls';
import type { AnswerDoc, CampaignDoc, SurveyCodeDoc, SurveyKeyDoc } from '../survey/model';
import type { CalendarOverride } from '../../../src/core';
import type { Collection } from './collections';
import type { Doc } from './driver';

/** A county's own change to the working calendar (`<countyId>:<date>`). */
export interface CalendarOverrideDoc extends CalendarOverride {
  _id: string;
  countyId: string;
  month: string;
}

/** An idempotency marker: the first answer of a request, replayed to its retries. */
export interface RequestDoc {
  _id: string;
  at: string;
  action?: string;
  result: unknown;
}

/** A notice the local stack "sent" (the stand-in for WeChat's subscription messages). */
export type OutboxDoc = Doc;

/** The document type of every collection. */
export interface DocMap {
  cities: CityDoc;
  counties: CountyDoc;
  townships: TownshipDoc;
  villages: VillageDoc;
  units: UnitDoc;
  people: PersonDoc;
  grants: GrantDoc;
  invites: InviteDoc;
  config: CountyRulesDoc;
  calendar_overrides: CalendarOverrideDoc;
  calendar_years: NationalYearDoc;
  audit: AuditDoc;
  requests: RequestDoc;
  clockins: ClockInDoc;
  person_months: PersonMonthDoc;
  village_months: VillageMonthDoc;
  leaves: LeaveDoc;
  diaries: DiaryDoc;
  visits: VisitDoc;
  households: HouseholdDoc;
  flags: FlagDoc;
  campaigns: CampaignDoc;
  survey_codes: SurveyCodeDoc;
  survey_answers: AnswerDoc;
  survey_keys: SurveyKeyDoc;
  invite_attempts: InviteAttemptDoc;
  messages: MessageDoc;
  subscriptions: SubscriptionDoc;
  alerts: AlertDoc;
  jobs: JobDoc;
  snapshots: SnapshotDoc | VillageSnapshotDoc;
  grades: GradeDoc;
  feedback: FeedbackDoc;
  files: PhotoDoc;
  outbox: OutboxDoc;
  inspection_teams: InspectionTeamDoc;
  draws: DrawDoc;
  inspection_records: InspectionRecordDoc;
  inspection_templates: InspectionTemplateDoc;
  inspection_sign_codes: SignCodeDoc;
  problems: ProblemDoc;
  evidence: EvidenceDoc;
  recalls: RecallDoc;
  monthly_reports: MonthlyReportDoc;
  guards: GuardDoc;
}

/** The document type of a collection. */
export type DocOf<C extends Collection> = DocMap[C];

// Every collection has its type: a collection added to COLLECTIONS without one fails here.
type Missing = Exclude<Collection, keyof DocMap>;
export const everyCollectionTyped: [Missing] extends [never] ? true : Missing = true;
