import type { Handler } from '../../handler';
import cadreMonth from './cadre-month';
import flagsClear from './flags-clear';
import flagsList from './flags-list';

/** The handlers of this area, one per contract in types/actions/presence.ts. */
export const PRESENCE_HANDLERS: Handler[] = [flagsList, flagsClear, cadreMonth] as Handler[];
