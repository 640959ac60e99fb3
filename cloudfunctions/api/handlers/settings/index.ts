import type { Handler } from '../../handler';

/** The handlers of this area, one per contract in types/actions/settings.ts. */
export const SETTINGS_HANDLERS: Handler[] = [] as Handler[];
