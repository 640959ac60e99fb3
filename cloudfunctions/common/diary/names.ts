import { getMany, type DocTx } from '../store/driver';

/** Names of the given people (unknown ids read as '（已调离）'). */
export async function personNames(store: DocTx, ids: Iterable<string>): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const out = new Map<string, string>();
  for (const p of await getMany(store, 'people', unique)) out.set(p._id, p.name);
  for (const id of unique) if (!out.has(id)) out.set(id, '（已调离）');
  return out;
}
