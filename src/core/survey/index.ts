export * from './types';
export * from './wilson';
export * from './flow';
export * from './household';
export * from './rates';
export * from './templates';
