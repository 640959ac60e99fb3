import type { Handler } from '../../handler';
import history from './history';
import rulesGet from './rules-get';
import rulesSet from './rules-set';

/** The handlers of this area, one per contract in types/actions/settings.ts. */
export const SETTINGS_HANDLERS: Handler[] = [rulesGet, rulesSet, history] as Handler[];
