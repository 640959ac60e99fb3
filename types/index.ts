/**
 * The contract: every action the app may call, with its zod input and output schema.
 * The client validates before sending; the `api` function validates again.
 */
import { z } from 'zod';
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

export * from './errors';
export * from './envelope';
export * from './roles';
export * from './common';
export * from './action';

// Zod's own messages (wrong types, missing fields) in Chinese, for client and server alike.
z.config(z.locales.zhCN());

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
};

/** Action name → contract. */
export const ACTIONS = Object.fromEntries(Object.values(all).map((a) => [a.name, a])) as {
  [K in keyof typeof all as (typeof all)[K]['name']]: (typeof all)[K];
};
export const contracts = all;
export type ActionName = keyof typeof ACTIONS;
