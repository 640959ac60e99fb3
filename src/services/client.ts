import { createApi } from './api';
import { currentTransport } from './current-transport';

export { isLocalMode, setTransport } from './current-transport';

/** The one api client of the app. Only hooks call it. */
export const api = createApi({ send: (fn, event) => currentTransport().send(fn, event) });
