import type { DocDriver } from '../store/driver';
import type { FeedbackDoc } from './model';

/** Village and township names of a page of items, read by id (a page is at most 50 items). */
export async function villageNames(store: DocDriver, docs: FeedbackDoc[]) {
  const villageIds = [...new Set(docs.map((d) => d.villageId).filter((x): x is string => !!x))];
  const townshipIds = [...new Set(docs.map((d) => d.townshipId).filter((x): x is string => !!x))];
  const [villages, townships] = await Promise.all([
    villageIds.length ? store.find('villages', { _id: { $in: villageIds } }) : Promise.resolve([]),
    townshipIds.length ? store.find('townships', { _id: { $in: townshipIds } }) : Promise.resolve([]),
  ]);
  return {
    villages: new Map(villages.map((v) => [v._id, String(v.name)])),
    townships: new Map(townships.map((t) => [t._id, String(t.name)])),
  };
}
