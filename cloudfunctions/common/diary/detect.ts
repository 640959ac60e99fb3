import {
  addDays,
  dayLabel,
  detectBatch,
  diaryText,
  explainBatch,
  explainDuplicate,
  findNearDuplicates,
  monthOf,
  shanghaiDay,
  shanghaiHourMinute,
  type RuleConfig,
  type TextEntry,
} from '../../../src/core';
import { raiseFlag, type FlagDoc } from '../flags';
import { MAX_PAGE, type DocDriver, type DocTx } from '../store/driver';
import type { DiaryDoc } from './docs';
import { personNames } from './names';

/** What detection writes through (the save's transaction) and the server time (the demo seed passes its own). */
export interface DetectCtx {
  store: DocTx;
  now: Date;
}

/**
 * What detection reads, before the save's transaction (queries cannot run in one): the person's
 * entries created in the batch window, and the township's entries around the day.
 */
export interface DetectionInputs {
  recent: DiaryDoc[];
  candidates: DiaryDoc[];
}

export async function readDetection(
  store: DocDriver,
  doc: Pick<DiaryDoc, 'personId' | 'townshipId' | 'day' | 'createdAt'>,
  rules: RuleConfig,
): Promise<DetectionInputs> {
  const since = new Date(Date.parse(doc.createdAt) - rules.diary.batchWindowMinutes * 60_000).toISOString();
  const [recent, candidates] = await Promise.all([
    store.find('diaries', { personId: doc.personId, createdAt: { $gte: since, $lte: doc.createdAt } }, { limit: MAX_PAGE }),
    store.find(
      'diaries',
      { townshipId: doc.townshipId, day: { $gte: addDays(doc.day, -DUPLICATE_LOOKBACK_DAYS), $lte: addDays(doc.day, DUPLICATE_LOOKBACK_DAYS) } },
      { orderBy: [{ field: 'day', dir: 'desc' }], limit: MAX_PAGE },
    ),
  ]);
  return { recent, candidates };
}

/** The read list as it reads after the save: the saved entry in place of (or beside) its old version. */
const withSaved = (docs: DiaryDoc[], doc: DiaryDoc) => [doc, ...docs.filter((d) => d._id !== doc._id)];

/** Days back the near-duplicate check looks (the same township only, never the whole county). */
export const DUPLICATE_LOOKBACK_DAYS = 31;
/** At most this many near-duplicate flags per save (the closest matches). */
const MAX_DUPLICATE_FLAGS = 3;

/**
 * Batched writing: this entry was just created; were other days' entries created by the same
 * person in the same sitting? Reads only the person's entries created within the window.
 */
async function batchFlag(ctx: DetectCtx, doc: DiaryDoc, rules: RuleConfig, read: DiaryDoc[]): Promise<FlagDoc | null> {
  const { batchMinEntries, batchWindowMinutes } = rules.diary;
  const since = new Date(Date.parse(doc.createdAt) - batchWindowMinutes * 60_000).toISOString();
  const recent = withSaved(read, doc).filter((d) => d.createdAt >= since && d.createdAt <= doc.createdAt);
  const finding = detectBatch(
    recent.map((d) => ({ id: d._id, day: d.day, createdAt: d.createdAt })),
    doc._id,
    batchMinEntries,
    batchWindowMinutes,
  );
  if (!finding) return null;
  const lastDay = finding.days[finding.days.length - 1];
  const explanation = explainBatch(finding);
  const evidence = {
    diaryIds: finding.entries.map((e) => e.id),
    days: finding.days,
    from: finding.from,
    to: finding.to,
    spanMinutes: finding.spanMinutes,
    // Readable lines for the supervisor (the flags page lists the plain text fields of each).
    entries: finding.entries.map((e) => ({ text: `${dayLabel(e.day)}的日志，写于${dayLabel(shanghaiDay(new Date(e.createdAt)))} ${shanghaiHourMinute(new Date(e.createdAt))}` })),
  };
  // One flag per sitting, keyed by its first entry; a sitting that grows updates the open flag's evidence.
  const flag = await raiseFlag(ctx.store, ctx.now, {
    kind: 'batched-diary',
    key: finding.entries[0].id,
    personId: doc.personId,
    villageId: doc.villageId,
    townshipId: doc.townshipId,
    countyId: doc.countyId,
    day: lastDay,
    month: monthOf(lastDay),
    explanation,
    evidence,
  });
  if (flag.status === 'open' && (flag.evidence.diaryIds as string[] | undefined)?.length !== evidence.diaryIds.length) {
    await ctx.store.update('flags', flag._id, { explanation, evidence, day: lastDay, month: monthOf(lastDay) });
    return { ...flag, explanation, evidence, day: lastDay, month: monthOf(lastDay) };
  }
  return flag;
}

/**
 * Near-duplicate text against a bounded candidate set: the entries of the same township (the
 * person's own, their team's, the neighbouring villages') over the last DUPLICATE_LOOKBACK_DAYS.
 */
async function duplicateFlags(ctx: DetectCtx, doc: DiaryDoc, rules: RuleConfig, read: DiaryDoc[]): Promise<FlagDoc[]> {
  const focus: TextEntry = { id: doc._id, personId: doc.personId, day: doc.day, text: diaryText(doc.sections) };
  const candidates = withSaved(read, doc).sort((a, b) => (a.day === b.day ? (a._id < b._id ? -1 : 1) : a.day < b.day ? 1 : -1));
  const byId = new Map(candidates.map((d) => [d._id, d]));
  const matches = findNearDuplicates(
    focus,
    candidates.map((d) => ({ id: d._id, personId: d.personId, day: d.day, text: diaryText(d.sections) })),
    rules.diary.duplicateSimilarity,
  ).slice(0, MAX_DUPLICATE_FLAGS);
  if (matches.length === 0) return [];
  const names = await personNames(ctx.store, [doc.personId, ...matches.map((m) => m.other.personId)]);
  const out: FlagDoc[] = [];
  for (const m of matches) {
    const other = byId.get(m.other.id)!;
    // Each side holds only what a person reads; the ids are in diaryIds and personIds.
    const side = (d: DiaryDoc, text: string) => ({ personName: names.get(d.personId) ?? '', day: d.day, text });
    out.push(
      await raiseFlag(ctx.store, ctx.now, {
        kind: 'duplicate-diary',
        key: [doc._id, other._id].sort().join('|'),
        personId: doc.personId,
        villageId: doc.villageId,
        townshipId: doc.townshipId,
        countyId: doc.countyId,
        day: doc.day,
        month: doc.month,
        explanation: explainDuplicate(focus, m, { focus: names.get(doc.personId)!, other: names.get(m.other.personId)! }),
        evidence: {
          diaryIds: [doc._id, other._id],
          personIds: [doc.personId, other.personId],
          similarity: Math.round(m.similarity * 1000) / 1000,
          samePerson: m.samePerson,
          pair: [side(doc, focus.text), side(other, m.other.text)],
        },
      }),
    );
  }
  return out;
}

/**
 * Runs the diary checks after a save and raises flags for the supervisor; it never rejects the
 * diary. Batched writing is judged when an entry is created; near-duplicate text on every save.
 */
export async function detectOnSave(ctx: DetectCtx, doc: DiaryDoc, rules: RuleConfig, created: boolean, read: DetectionInputs): Promise<FlagDoc[]> {
  const batch = created ? await batchFlag(ctx, doc, rules, read.recent) : null;
  const dups = await duplicateFlags(ctx, doc, rules, read.candidates);
  return batch ? [batch, ...dups] : dups;
}

/** The same checks on an entry already stored (the demo seed): reads, then raises in a transaction. */
export async function detectStored(store: DocDriver, now: Date, doc: DiaryDoc, rules: RuleConfig, created: boolean): Promise<FlagDoc[]> {
  const read = await readDetection(store, doc, rules);
  return store.transaction((tx) => detectOnSave({ store: tx, now }, doc, rules, created, read));
}
