import { wxRuntime } from '../common/wx';
import { route } from './app';

const rt = wxRuntime();

/** CloudBase entry: identity comes from WeChat (OPENID), never from the event. */
export async function main(event: unknown) {
  return route(event, {
    openid: rt.openid(),
    now: new Date(),
    store: rt.store,
    services: rt.services,
    env: 'cloud',
    log: (l) => console.error(JSON.stringify(l)),
  });
}
