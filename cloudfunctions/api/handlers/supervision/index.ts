import type { Handler } from '../../handler';

/** The handlers of this area, one per contract in types/actions/supervision.ts. */
export const SUPERVISION_HANDLERS: Handler[] = [] as Handler[];
