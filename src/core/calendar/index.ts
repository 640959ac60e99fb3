export * from './types';
export * from './source';
export * from './month';
export * from './entered-year';
