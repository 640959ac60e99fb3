import { createRouter } from './router';
import { HANDLERS } from './handlers';

/** The router over every handler: the same in CloudBase and on the local stack. */
export const route = createRouter(HANDLERS);
