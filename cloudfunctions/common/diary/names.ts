import { namesById } from '../org';
import type { DocTx } from '../store/driver';

/** Names of the given people (unknown ids read as '（已调离）'). */
export async function personNames(store: DocTx, ids: Iterable<string>): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const out = await namesById(store, 'people', unique);
  for (const id of unique) if (!out.has(id)) out.set(id, '（已调离）');
  return out;
}
