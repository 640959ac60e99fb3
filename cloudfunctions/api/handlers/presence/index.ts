import type { Handler } from '../../handler';

/** The handlers of this area, one per contract in types/actions/presence.ts. */
export const PRESENCE_HANDLERS: Handler[] = [] as Handler[];
