import { wxRuntime } from '../common/wx';
import { dispatch } from './dispatch';
import { JOBS } from './jobs';

const rt = wxRuntime();

/** Timer trigger entry (config.json: every 5 minutes); due jobs run once per period per county. */
export async function main() {
  return dispatch(JOBS, { store: rt.store, services: rt.services, now: new Date(), log: (l) => console.log(JSON.stringify(l)) });
}
