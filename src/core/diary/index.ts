/** Work diary rules: sections, batched writing and near-duplicate detection (pure). */
export * from './sections';
export * from './similarity';
export * from './batch';
export * from './duplicate';
export * from './explain';
