/**
 * The contract: every action the app may call, with its zod input and output schema.
 * The client validates before sending; the `api` function validates again.
 */
import * as session from './actions/session';
import * as org from './actions/org';
import * as cadre from './actions/cadre';
import * as attendance from './actions/attendance';
import * as calendar from './actions/calendar';
import * as grading from './actions/grading';
import * as leave from './actions/leave';
import * as diary from './actions/diary';
import * as presence from './actions/presence';
import * as survey from './actions/survey';
import * as supervision from './actions/supervision';
import * as reports from './actions/reports';
import * as settings from './actions/settings';
import * as draw from './actions/draw';
import * as inspection from './actions/inspection';
import * as ledger from './actions/ledger';
import * as gradesReport from './actions/grades-report';
import { applyChineseZodMessages } from './zod-locale';

export * from './errors';
export * from './envelope';
export * from './roles';
export * from './common';
export * from './action';
export { zhIssueMessage } from './zod-locale';

// Zod's own messages (wrong types, missing fields, unknown fields) in plain Chinese, for client and server alike.
applyChineseZodMessages();

const all = {
  ...session,
  ...org,
  ...cadre,
  ...attendance,
  ...calendar,
  ...grading,
  ...leave,
  ...diary,
  ...presence,
  ...survey,
  ...supervision,
  ...reports,
  ...settings,
  ...draw,
  ...ledger,
  ...gradesReport,
  ...inspection,
};

/** Action name → contract. */
export const ACTIONS = Object.fromEntries(Object.values(all).map((a) => [a.name, a])) as {
  [K in keyof typeof all as (typeof all)[K]['name']]: (typeof all)[K];
};
export const contracts = all;
export type ActionName = keyof typeof ACTIONS;
