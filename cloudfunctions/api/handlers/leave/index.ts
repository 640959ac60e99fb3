import type { Handler } from '../../handler';

/** The handlers of this area, one per contract in types/actions/leave.ts. */
export const LEAVE_HANDLERS: Handler[] = [] as Handler[];
