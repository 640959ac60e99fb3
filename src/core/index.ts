/** Framework-free domain core: time, calendar, rules, compliance, grading, geo. */
export * from './time';
export * from './labels';
export * from './calendar/index';
export * from './rules/config';
export * from './rules/merge';
export * from './compliance/index';
export * from './grading/index';
export * from './geo';
export * from './gcj02';
export * from './diary/index';
export * from './leave/index';
export * from './survey/index';
export * from './plausibility/index';
export * from './my-month/index';
export * from './schedule/index';
