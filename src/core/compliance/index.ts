export * from './types';
export { requiredPresenceDays } from './required';
export { creditedDays, daysInMonth, isStationed, personWorkingDays, stationedInMonth, workingDaysOf, type Stationing } from './days';
export { unexcusedAbsences, personMonthCompliance } from './presence';
export { diaryCompliance, diaryDeadline } from './diary';
export { teamCoverage } from './coverage';
export { villageMonthCompliance, type VillageMonthInput } from './village';
export { presenceProjection, remainingCreditableDays, type PresenceProjection, type ProjectionStatus } from './projection';
export { dayLabel, dayList, stationingNote } from './format';
