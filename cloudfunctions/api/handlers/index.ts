import type { Handler } from '../handler';
import whoami from './session/whoami';
import redeemInvite from './session/redeem-invite';
import rosterOverview from './org/roster-overview';
import rosterTemplate from './org/roster-template';
import rosterImport from './org/roster-import';
import inviteCreate from './org/invite-create';
import inviteList from './org/invite-list';
import villagesToday from './org/villages-today';
import cadreToday from './cadre/today';
import clockIn from './attendance/clock-in';
import calendarMonth from './calendar/month';
import setCalendarOverride from './calendar/set-override';
import gradingVillage from './grading/village';
import confirmGrade from './grading/confirm';

/** Every action the `api` function serves. A contract without a handler is caught by a test. */
export const HANDLERS: Handler[] = [
  whoami,
  redeemInvite,
  rosterOverview,
  rosterTemplate,
  rosterImport,
  inviteCreate,
  inviteList,
  villagesToday,
  cadreToday,
  clockIn,
  calendarMonth,
  setCalendarOverride,
  gradingVillage,
  confirmGrade,
] as Handler[];
