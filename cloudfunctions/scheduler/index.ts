import { wxRuntime } from '../common/wx';
import { dispatch } from './dispatch';
import { JOBS } from './jobs';

const rt = wxRuntime();

/** Timer trigger entry (config.json: every 5 minutes); due jobs run once per period. */
export async function main() {
  return dispatch(JOBS, new Date(), rt.store);
}
