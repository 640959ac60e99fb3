import type { Handler } from '../../handler';
import complianceMonthly from './compliance-monthly';

/** The handlers of this area, one per contract in types/actions/supervision.ts. */
export const SUPERVISION_HANDLERS: Handler[] = [complianceMonthly] as Handler[];
