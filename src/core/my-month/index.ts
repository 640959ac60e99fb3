export * from './types';
export { buildMyMonth, buildPendingMonth, DAY_LABELS } from './build';
