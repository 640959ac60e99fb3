import { FLAG_KIND_LABELS, type FlagView } from '../../../../types/presence';
import type { FlagDoc } from '../../../common/flags';
import { getMany, type DocTx } from '../../../common/store/driver';

/** Names of people and villages for a page of flags, read by id (a bounded set). */
async function names(store: DocTx, coll: 'people' | 'villages', ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter(Boolean))];
  if (unique.length === 0) return new Map();
  const docs = await getMany(store, coll, unique);
  return new Map(docs.map((d) => [d._id, String(d.name)]));
}

/** Flags as supervisors and cadres read them: with names and the kind in Chinese. */
export async function toFlagViews(store: DocTx, flags: FlagDoc[]): Promise<FlagView[]> {
  const people = await names(store, 'people', flags.flatMap((f) => [f.personId, f.clearedBy ?? '']));
  const villages = await names(store, 'villages', flags.map((f) => f.villageId));
  return flags.map((f) => ({
    id: f._id,
    kind: f.kind,
    kindLabel: FLAG_KIND_LABELS[f.kind] ?? '其他提示',
    personId: f.personId,
    personName: people.get(f.personId) ?? '',
    villageId: f.villageId,
    villageName: villages.get(f.villageId) ?? '',
    day: f.day,
    explanation: f.explanation,
    evidence: f.evidence ?? {},
    status: f.status,
    raisedAt: f.raisedAt,
    clearedAt: f.clearedAt,
    clearedByName: f.clearedBy ? (people.get(f.clearedBy) ?? null) : null,
    clearNote: f.clearNote,
  }));
}
