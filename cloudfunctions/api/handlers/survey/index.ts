import type { Handler } from '../../handler';

/** The handlers of this area, one per contract in types/actions/survey.ts. */
export const SURVEY_HANDLERS: Handler[] = [] as Handler[];
