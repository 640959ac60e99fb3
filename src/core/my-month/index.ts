export * from './types';
export { buildMyMonth, DAY_LABELS } from './build';
