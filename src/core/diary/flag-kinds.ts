/** Kinds of flag raised on diaries (batched writing, near-identical text): the server queries them, the app links them to the diaries. */
export const DIARY_FLAG_KINDS = ['batched-diary', 'duplicate-diary'] as const;
