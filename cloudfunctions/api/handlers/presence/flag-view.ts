import { FLAG_KIND_LABELS, type FlagView } from '../../../../types/presence';
import type { FlagDoc } from '../../../common/flags';
import type { DocDriver } from '../../../common/store/driver';

/** Names of people and villages for a page of flags, read by id (a bounded set). */
async function names(store: DocDriver, coll: 'people' | 'villages', ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter(Boolean))];
  if (unique.length === 0) return new Map();
  const docs = await store.find(coll, { _id: { $in: unique } });
  return new Map(docs.map((d) => [d._id, String(d.name)]));
}

/** Flags as supervisors and cadres read them: with names and the kind in Chinese. */
export async function toFlagViews(store: DocDriver, flags: FlagDoc[]): Promise<FlagView[]> {
  const [people, villages] = await Promise.all([
    names(store, 'people', flags.flatMap((f) => [f.personId, f.clearedBy ?? ''])),
    names(store, 'villages', flags.map((f) => f.villageId)),
  ]);
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
