import type { Handler } from '../../handler';

/** The handlers of this area, one per contract in types/actions/diary.ts. */
export const DIARY_HANDLERS: Handler[] = [] as Handler[];
