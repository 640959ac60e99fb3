import type { PersonDoc } from '../model';
import type { DocDriver } from '../store/driver';

/** Names of the given people (unknown ids read as '（已调离）'). */
export async function personNames(store: DocDriver, ids: Iterable<string>): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const out = new Map<string, string>();
  for (let i = 0; i < unique.length; i += 500) {
    const people = (await store.find('people', { _id: { $in: unique.slice(i, i + 500) } })) as unknown as PersonDoc[];
    for (const p of people) out.set(p._id, p.name);
  }
  for (const id of unique) if (!out.has(id)) out.set(id, '（已调离）');
  return out;
}
