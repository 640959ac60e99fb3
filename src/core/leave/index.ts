/** Leave (请假), official business (公假) and return (销假): pure day rules. */
export * from './types';
export * from './rules';
export * from './today';
export * from './effect';
