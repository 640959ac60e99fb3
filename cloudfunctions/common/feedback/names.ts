import { namesById } from '../org';
import type { DocDriver } from '../store/driver';
import type { FeedbackDoc } from './model';

/** Village and township names of a page of items, read by id (a page is at most 50 items). */
export async function villageNames(store: DocDriver, docs: FeedbackDoc[]) {
  const [villages, townships] = await Promise.all([
    namesById(store, 'villages', docs.flatMap((d) => d.villageId ?? [])),
    namesById(store, 'townships', docs.flatMap((d) => d.townshipId ?? [])),
  ]);
  return { villages, townships };
}
