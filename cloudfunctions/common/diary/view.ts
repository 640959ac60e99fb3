import { diaryDeadline, trimSections } from '../../../src/core';
import { DIARY_FLAG_KINDS } from '../../../src/core/diary/flag-kinds';
import type { DiaryEntryView, DiaryFlagView, VisitView } from '../../../types/diary';
import type { Ctx } from '../context';
import type { FlagDoc } from '../flags';
import type { Collection } from '../store/collections';
import type { DocOf } from '../store/doc-map';
import { getMany, type DocDriver, type DocTx } from '../store/driver';
import type { DiaryDoc, VisitDoc } from './docs';
import { personNames } from './names';

export function visitView(v: VisitDoc): VisitView {
  return {
    id: v._id,
    householdId: v.householdId,
    householdName: v.householdName,
    group: v.group,
    day: v.day,
    at: v.at,
    note: v.note,
    distanceM: v.distanceM,
    fuzzy: v.fuzzy,
  };
}

function flagView(f: FlagDoc): DiaryFlagView {
  return { id: f._id, kind: f.kind, explanation: f.explanation, status: f.status, evidence: f.evidence };
}

/** Documents of one collection by id, in pages the store accepts. */
async function byIds<C extends Collection>(store: DocTx, coll: C, ids: string[]): Promise<Map<string, DocOf<C>>> {
  return new Map((await getMany(store, coll, ids)).map((d) => [d._id, d]));
}

/** The diary flags of these people (bounded: a handful of people, newest first). */
export async function diaryFlagsOf(store: DocDriver, personIds: string[]): Promise<FlagDoc[]> {
  if (personIds.length === 0) return [];
  return store.find(
    'flags',
    { personId: { $in: [...new Set(personIds)] }, kind: { $in: [...DIARY_FLAG_KINDS] } },
    { orderBy: [{ field: 'raisedAt', dir: 'desc' }] },
  );
}

/** The flags read before a save with the ones it raised or updated (newest first, each once). */
export function withFlags(before: FlagDoc[], raised: FlagDoc[]): FlagDoc[] {
  const byId = new Map(before.map((f) => [f._id, f]));
  for (const f of raised) byId.set(f._id, f);
  return [...byId.values()].sort((a, b) => (a.raisedAt === b.raisedAt ? (a._id < b._id ? -1 : 1) : a.raisedAt < b.raisedAt ? 1 : -1));
}

/** Whether a flag's evidence names the entry. */
export const flagConcerns = (f: FlagDoc, diaryId: string) =>
  Array.isArray(f.evidence.diaryIds) && (f.evidence.diaryIds as unknown[]).includes(diaryId);

/** Entries as the app shows them: visits, photo URLs, names, late mark and their owner's flags. */
export async function entryViews(ctx: Ctx, docs: DiaryDoc[], flags: FlagDoc[], graceHours: number, reader: DocTx = ctx.store): Promise<DiaryEntryView[]> {
  // `reader`: a transaction handle when the view is built inside a write (by-id reads only).
  const visits = await byIds(reader, 'visits', docs.flatMap((d) => d.visitIds));
  const photos = await byIds(reader, 'files', docs.flatMap((d) => d.photoIds));
  const names = await personNames(reader, docs.map((d) => d.personId));
  // One request for every photo's temporary URL, not one per photo.
  const shown = docs.flatMap((d) => d.photoIds).filter((id) => photos.has(id));
  const urls = new Map((await ctx.services.files.urls(shown.map((id) => photos.get(id)!.fileId))).map((u, i) => [shown[i], u]));
  const out: DiaryEntryView[] = [];
  for (const d of docs) {
    const photoViews = d.photoIds.filter((id) => urls.has(id)).map((id) => ({ id, url: urls.get(id)! }));
    out.push({
      id: d._id,
      personId: d.personId,
      personName: names.get(d.personId) ?? '',
      villageId: d.villageId,
      day: d.day,
      sections: trimSections(d.sections),
      visits: d.visitIds.flatMap((id) => (visits.has(id) ? [visitView(visits.get(id)!)] : [])),
      photos: photoViews,
      createdAt: d.createdAt,
      updatedAt: d.updatedAt,
      late: Date.parse(d.createdAt) >= diaryDeadline(d.day, graceHours).getTime(),
      amendments: d.amendments.map((a) => ({ ...a, by: a.by ?? null, before: trimSections(a.before), after: trimSections(a.after) })),
      flags: flags.filter((f) => f.personId === d.personId && flagConcerns(f, d._id)).map(flagView),
    });
  }
  return out;
}
