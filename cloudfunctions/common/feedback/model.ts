import type { FeedbackKind, FeedbackStatus } from '../../../types/reports';

/**
 * One complaint or suggestion (投诉建议). `openid` is kept for the sender's own list and the
 * per-sender rate limit only; for anonymous items no name or contact is stored at all, and the
 * county admin's view never carries the openid.
 */
export interface FeedbackDoc {
  _id: string;
  countyId: string;
  townshipId: string | null;
  villageId: string | null;
  kind: FeedbackKind;
  text: string;
  anonymous: boolean;
  openid: string;
  personId: string | null;
  personName: string | null;
  contact: string | null;
  status: FeedbackStatus;
  createdAt: string;
  reply: string | null;
  repliedAt: string | null;
  repliedBy: string | null;
  closedAt: string | null;
}

/** A sender may send at most this many items per Shanghai day (anonymous or not). */
export const FEEDBACK_PER_DAY = 5;
/** …and not two within this many seconds. */
export const FEEDBACK_MIN_GAP_S = 30;
/** Page size of the admin list. */
export const FEEDBACK_PAGE = 50;
