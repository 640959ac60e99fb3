import type { Handler } from '../../handler';
import apply from './apply';
import cancel from './cancel';
import decide from './decide';
import mine from './mine';
import queue from './queue';

/** The handlers of this area, one per contract in types/actions/leave.ts. */
export const LEAVE_HANDLERS: Handler[] = [apply, cancel, decide, mine, queue] as Handler[];
