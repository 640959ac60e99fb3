export * from './types';
export * from './grade';
export * from './annual';
