import type { Handler } from '../../handler';

/** The handlers of this area, one per contract in types/actions/reports.ts. */
export const REPORTS_HANDLERS: Handler[] = [] as Handler[];
