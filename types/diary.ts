import { z } from 'zod';
import { DIARY_SECTION_KEYS, DIARY_SECTION_LABELS, DIARY_SECTION_MAX, hasContent } from '../src/core/diary/sections';
import { Day } from './common';

/** Most photos one diary entry keeps. */
export const DIARY_MAX_PHOTOS = 9;
/** Most household visits one diary entry links. */
export const DIARY_MAX_VISITS = 50;
/**
 * Largest photo accepted, in bytes (after compression on the phone). A cloud function call carries
 * at most 100 KB of text; a 70 KB photo is about 94 KB as base64, so it fits with the envelope.
 */
export const PHOTO_MAX_BYTES = 70 * 1024;
export const PHOTO_TYPES = ['image/jpeg', 'image/png'] as const;

const sectionText = (key: (typeof DIARY_SECTION_KEYS)[number]) =>
  z
    .string({ error: `“${DIARY_SECTION_LABELS[key]}”应为文字` })
    .max(DIARY_SECTION_MAX, `“${DIARY_SECTION_LABELS[key]}”不能超过${DIARY_SECTION_MAX}字`)
    .default('');

/** The five sections as typed; at least one must hold something. */
export const DiarySectionsInput = z
  .strictObject(
    {
      visits: sectionText('visits'),
      party: sectionText('party'),
      industry: sectionText('industry'),
      service: sectionText('service'),
      other: sectionText('other'),
    },
    { error: (iss) => (iss.code === 'unrecognized_keys' ? '日志中有不认识的栏目' : '日志内容格式不对') },
  )
  .refine(hasContent, { message: '请至少填写一项工作内容（走访农户、党建工作、产业发展、为民办事或其他）' });

export const DiarySectionsView = z.object({
  visits: z.string(),
  party: z.string(),
  industry: z.string(),
  service: z.string(),
  other: z.string(),
});

/** One household visit, as the cadre and the supervisor read it. */
export const VisitView = z.object({
  id: z.string(),
  householdId: z.string(),
  householdName: z.string(),
  group: z.string(),
  day: Day,
  at: z.string(),
  note: z.string(),
  distanceM: z.number(),
  fuzzy: z.boolean(),
});
export type VisitView = z.infer<typeof VisitView>;

/** A detection flag on an entry (batched writing, near-duplicate text), with its evidence. */
export const DiaryFlagView = z.object({
  id: z.string(),
  kind: z.string(),
  explanation: z.string(),
  status: z.enum(['open', 'cleared']),
  evidence: z.record(z.string(), z.unknown()),
});
export type DiaryFlagView = z.infer<typeof DiaryFlagView>;

export const AmendmentView = z.object({
  at: z.string(),
  by: z.string().nullable(),
  reason: z.string(),
  before: DiarySectionsView,
  after: DiarySectionsView,
});

export const DiaryEntryView = z.object({
  id: z.string(),
  personId: z.string(),
  personName: z.string(),
  villageId: z.string(),
  day: Day,
  sections: DiarySectionsView,
  visits: z.array(VisitView),
  photos: z.array(z.object({ id: z.string(), url: z.string() })),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Created after the day's deadline (补写): the on-time rule counts it late. */
  late: z.boolean(),
  amendments: z.array(AmendmentView),
  flags: z.array(DiaryFlagView),
});
export type DiaryEntryView = z.infer<typeof DiaryEntryView>;

export const HouseholdView = z.object({
  id: z.string(),
  name: z.string(),
  group: z.string(),
  /** Visits by anyone of the team this month, and the last day one was recorded. */
  visitsThisMonth: z.number(),
  lastVisitDay: Day.nullable(),
});
export type HouseholdView = z.infer<typeof HouseholdView>;
