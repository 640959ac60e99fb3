import type { Handler } from '../handler';
import whoami from './session/whoami';
import redeemInvite from './session/redeem-invite';
import rosterOverview from './org/roster-overview';
import rosterTemplate from './org/roster-template';
import rosterImport from './org/roster-import';
import inviteCreate from './org/invite-create';
import inviteList from './org/invite-list';
import inviteBulk from './org/invite-bulk';
import villagePicker from './org/village-picker';
import cadreToday from './cadre/today';
import clockIn from './attendance/clock-in';
import calendarMonth from './calendar/month';
import setCalendarOverride from './calendar/set-override';
import calendarYear from './calendar/year-get';
import setCalendarYear from './calendar/year-set';
import gradingVillage from './grading/village';
import confirmGrade from './grading/confirm';
import gradingReview from './grading/review';
import gradingBulletin from './grading/bulletin';
import gradingBulletinExport from './grading/bulletin-export';
import recallList from './grading/recall-list';
import recallDone from './grading/recall-done';
import reportMonthly from './grading/report-monthly';
import reportMonthlySend from './grading/report-monthly-send';
import reportMonthlyStatus from './grading/report-monthly-status';
import { LEAVE_HANDLERS } from './leave';
import { DIARY_HANDLERS } from './diary';
import { PRESENCE_HANDLERS } from './presence';
import { SURVEY_HANDLERS } from './survey';
import { SUPERVISION_HANDLERS } from './supervision';
import { REPORTS_HANDLERS } from './reports';
import { SETTINGS_HANDLERS } from './settings';
import { DRAW_HANDLERS } from './draw';
import { INSPECTION_HANDLERS } from './inspection';
import { LEDGER_HANDLERS } from './ledger';

/** Every action the `api` function serves. A contract without a handler is caught by a test. */
export const HANDLERS: Handler[] = [
  whoami,
  redeemInvite,
  rosterOverview,
  rosterTemplate,
  rosterImport,
  inviteCreate,
  inviteList,
  inviteBulk,
  villagePicker,
  cadreToday,
  clockIn,
  calendarMonth,
  setCalendarOverride,
  calendarYear,
  setCalendarYear,
  gradingVillage,
  confirmGrade,
  gradingReview,
  gradingBulletin,
  gradingBulletinExport,
  recallList,
  recallDone,
  reportMonthly,
  reportMonthlySend,
  reportMonthlyStatus,
  ...LEAVE_HANDLERS,
  ...DIARY_HANDLERS,
  ...PRESENCE_HANDLERS,
  ...SURVEY_HANDLERS,
  ...SUPERVISION_HANDLERS,
  ...REPORTS_HANDLERS,
  ...SETTINGS_HANDLERS,
  ...DRAW_HANDLERS,
  ...LEDGER_HANDLERS,
  ...INSPECTION_HANDLERS,
] as Handler[];
