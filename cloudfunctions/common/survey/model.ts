import type { SurveyAnswers, SurveyQuestion } from '../../../src/core/survey/types';

/** A survey campaign: questions for chosen villages over a period. */
export interface CampaignDoc {
  _id: string;
  countyId: string;
  title: string;
  templateId: string;
  questions: SurveyQuestion[];
  villageIds: string[];
  from: string;
  to: string;
  targetPerVillage: number;
  onePerHousehold: boolean;
  status: 'open' | 'closed';
  /** Who asks, as the villager reads it: 长沙县委组织部, 城关镇党委. */
  organiser: string;
  createdBy: string;
  createdByName: string;
  createdAt: string;
  closedAt: string | null;
  closedBy: string | null;
  /** Random per campaign; with the server secret it keys the voter and household hashes. */
  salt: string;
}

/** One QR code: `_id` is the scene itself (crypto-random, never derived from ids). */
export interface SurveyCodeDoc {
  _id: string;
  scene: string;
  campaignId: string;
  villageId: string;
  countyId: string;
  /** The stored PNG, made on first request. */
  fileId: string | null;
  createdAt: string;
}

/**
 * One submission. Nothing identifies the person: `_id` is campaign + a salted hash of the
 * WeChat identity (which makes 'one answer per WeChat user' a unique key); no time is kept.
 */
export interface AnswerDoc {
  _id: string;
  campaignId: string;
  villageId: string;
  countyId: string;
  voterKey: string;
  answers: SurveyAnswers;
}

/**
 * `survey_keys`: the household guard of 'one answer per household' (`hh:<campaign>:<hash of
 * village + household>`), the per-village hourly counter (`rate:<village>:<hour>`, kind 'rate',
 * removed by housekeeping after two days), and the answers so far per campaign and village
 * (`tally:<campaign>:<village>`, kind 'tally'). None holds anything about a person.
 */
export interface SurveyKeyDoc {
  _id: string;
  kind?: 'rate' | 'tally';
  countyId?: string;
  campaignId?: string;
  villageId?: string;
  /** Rate counters: the Shanghai hour 'YYYY-MM-DDTHH'. */
  hour?: string;
  n?: number;
}
