import type { Job } from './dispatch';
import { calendarMissing } from './jobs/calendar-missing';
import { clockInReminder } from './jobs/clock-in-reminder';
import { coverageGap } from './jobs/coverage-gap';
import { diaryReminder } from './jobs/diary-reminder';
import { escalation } from './jobs/escalation';
import { forwardWarning } from './jobs/forward-warning';
import { housekeeping } from './jobs/housekeeping';
import { ledgerOverdue } from './jobs/ledger-overdue';
import { monthClose } from './jobs/month-close';
import { overdueReturn } from './jobs/overdue-return';

/** The scheduled jobs, each due per county at the times of its rules.schedule. */
export const JOBS: Job[] = [monthClose, coverageGap, forwardWarning, overdueReturn, clockInReminder, diaryReminder, escalation, ledgerOverdue, calendarMissing, housekeeping];
