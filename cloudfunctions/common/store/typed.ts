/**
 * Typed documents: one map of collection → document type, and a typed view of the store over it,
 * so `typed(ctx.store).get('people', id)` is a `PersonDoc | null` with no cast at the call. The
 * one cast is here, at the boundary: the documents a collection holds are the ones its writers
 * put there through this view (or through the same types by hand).
 *
 * Collections not in the map read as plain `Doc`. Adopt the view where a handler is touched anyway;
 * the untyped DocDriver stays for the rest.
 */
import type { AlertDoc } from '../alerts';
import type { CountyRulesDoc } from '../county-rules';
import type { MessageDoc } from '../delivery/messages';
import type { SubscriptionDoc } from '../delivery/grants';
import type { DiaryDoc, HouseholdDoc, VisitDoc } from '../diary/docs';
import type { FeedbackDoc } from '../feedback/model';
import type { FlagDoc } from '../flags';
import type { LeaveDoc } from '../leave/doc';
import type { CountyDoc, GrantDoc, InviteDoc, PersonDoc, TownshipDoc, UnitDoc, VillageDoc } from '../model';
import type { PersonMonthDoc } from '../month';
import type { AnswerDoc, CampaignDoc, SurveyCodeDoc, SurveyKeyDoc } from '../survey/model';
import type { Collection } from './collections';
import type { Doc, DocDriver, DocTx, Filter, FindOptions } from './driver';

/** The document type of each collection that has one. */
export interface DocMap {
  counties: CountyDoc;
  townships: TownshipDoc;
  villages: VillageDoc;
  units: UnitDoc;
  people: PersonDoc;
  grants: GrantDoc;
  invites: InviteDoc;
  leaves: LeaveDoc;
  person_months: PersonMonthDoc;
  diaries: DiaryDoc;
  visits: VisitDoc;
  households: HouseholdDoc;
  flags: FlagDoc;
  campaigns: CampaignDoc;
  survey_codes: SurveyCodeDoc;
  survey_answers: AnswerDoc;
  survey_keys: SurveyKeyDoc;
  messages: MessageDoc;
  subscriptions: SubscriptionDoc;
  alerts: AlertDoc;
  feedback: FeedbackDoc;
  config: CountyRulesDoc | Doc;
  requests: { _id: string; at: string; action?: string; result: unknown };
}

/** The document type of a collection: its entry in DocMap, else a plain Doc. */
export type DocOf<C extends Collection> = C extends keyof DocMap ? DocMap[C] : Doc;

/** Document operations by id, typed. */
export interface TypedTx {
  get<C extends Collection>(coll: C, id: string): Promise<DocOf<C> | null>;
  insert<C extends Collection>(coll: C, doc: DocOf<C>): Promise<void>;
  put<C extends Collection>(coll: C, doc: DocOf<C>): Promise<void>;
  update<C extends Collection>(coll: C, id: string, patch: Partial<DocOf<C>>): Promise<boolean>;
  remove(coll: Collection, id: string): Promise<void>;
}

/** The store, typed: document operations, queries, and transactions whose handle is typed too. */
export interface TypedStore extends TypedTx {
  find<C extends Collection>(coll: C, where: Filter, opts?: FindOptions): Promise<DocOf<C>[]>;
  count(coll: Collection, where: Filter): Promise<number>;
  transaction<T>(fn: (tx: TypedTx) => Promise<T>): Promise<T>;
}

/** The typed view of a driver (the same object: no copy, no wrapper). */
export function typed(store: DocDriver): TypedStore {
  return store as unknown as TypedStore;
}

/** The typed view of a transaction handle. */
export function typedTx(tx: DocTx): TypedTx {
  return tx as unknown as TypedTx;
}
