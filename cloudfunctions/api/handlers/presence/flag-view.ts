import { FLAG_KIND_LABELS, type FlagView } from '../../../../types/presence';
import type { FlagDoc } from '../../../common/flags';
import { namesById } from '../../../common/org';
import type { DocTx } from '../../../common/store/driver';

/** Flags as supervisors and cadres read them: with names and the kind in Chinese. */
export async function toFlagViews(store: DocTx, flags: FlagDoc[]): Promise<FlagView[]> {
  const people = await namesById(store, 'people', flags.flatMap((f) => [f.personId, f.clearedBy ?? '']));
  const villages = await namesById(store, 'villages', flags.map((f) => f.villageId));
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
