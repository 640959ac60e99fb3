import { z } from 'zod';
import { defineAction } from '../action';
import { ClientRequestId, Day, Id, Month } from '../common';
import { DIARY_MAX_PHOTOS, DIARY_MAX_VISITS, DiaryEntryView, DiarySectionsInput, HouseholdView, PHOTO_TYPES, VisitView } from '../diary';
import { CADRE_ROLES } from '../roles';

/** Diaries are written by the cadre themself; passing someone else's id is refused with a clear message. */
const OwnPersonId = Id.optional();

/** The caller's diary of a day (default today, decided by the server) and that day's household visits. */
export const diaryGet = defineAction(
  'diary.get',
  CADRE_ROLES,
  z.object({ day: Day.optional() }).strict(),
  z.object({
    day: Day,
    today: Day,
    /** 'write': today's entry, saved as often as needed; 'amend': a past day (补记 with a reason); 'future': not yet. */
    mode: z.enum(['write', 'amend', 'future']),
    entry: DiaryEntryView.nullable(),
    visits: z.array(VisitView),
    photosRequired: z.boolean(),
  }),
);

/** Writes the caller's diary of today (or back-fills a missing past day); the server decides the day. */
export const diarySave = defineAction(
  'diary.save',
  CADRE_ROLES,
  z
    .object({
      day: Day,
      sections: DiarySectionsInput,
      visitIds: z.array(Id).max(DIARY_MAX_VISITS, `一篇日志最多关联${DIARY_MAX_VISITS}次走访`).default([]),
      photoIds: z.array(Id).max(DIARY_MAX_PHOTOS, `一篇日志最多${DIARY_MAX_PHOTOS}张照片`).default([]),
      clientRequestId: ClientRequestId,
      personId: OwnPersonId,
    })
    .strict(),
  z.object({ entry: DiaryEntryView, created: z.boolean(), message: z.string() }),
);

/** Changes a past day's entry (补记): a reason is required; the original is kept beside it and audited. */
export const diaryAmend = defineAction(
  'diary.amend',
  CADRE_ROLES,
  z
    .object({
      day: Day,
      sections: DiarySectionsInput,
      reason: z.string({ error: '请填写补记原因' }).trim().min(4, '补记原因至少4个字').max(200, '补记原因不超过200字'),
      clientRequestId: ClientRequestId,
      personId: OwnPersonId,
    })
    .strict(),
  z.object({ entry: DiaryEntryView, message: z.string() }),
);

/** A month of diaries: a cadre's own; a supervisor's (township, county, team leader, sending unit) within scope. */
export const diaryList = defineAction(
  'diary.list',
  'person',
  z.object({ month: Month, personId: Id.optional(), villageId: Id.optional() }).strict(),
  z.object({
    month: Month,
    entries: z.array(DiaryEntryView),
  }),
);

/** One compressed photo for the caller's diary; stored in cloud storage (files under the data folder locally). */
export const diaryUploadPhoto = defineAction(
  'diary.uploadPhoto',
  CADRE_ROLES,
  z
    .object({
      contentType: z.enum(PHOTO_TYPES, { error: '照片格式不对，请换一张照片' }),
      dataBase64: z.string({ error: '缺少照片内容' }).min(16, '照片内容为空').max(120_000, '照片太大，请压缩后再传'),
      clientRequestId: ClientRequestId,
    })
    .strict(),
  z.object({ photoId: z.string(), url: z.string(), bytes: z.number() }),
);

/** The households of a village: the cadres of that village, and supervisors within scope. */
export const householdsList = defineAction(
  'households.list',
  'person',
  z.object({ villageId: Id.optional() }).strict(),
  z.object({
    village: z.object({ id: z.string(), name: z.string() }),
    households: z.array(HouseholdView),
  }),
);

/**
 * A household visit made in person: the position of this moment is checked against the village
 * fence like a clock-in. There is no input for 'by phone' or 'on behalf of': unknown fields are refused.
 */
export const visitRecord = defineAction(
  'visit.record',
  CADRE_ROLES,
  z.strictObject(
    {
      householdId: Id,
      lat: z.number({ error: '缺少纬度' }).min(-90, '纬度不对').max(90, '纬度不对'),
      lng: z.number({ error: '缺少经度' }).min(-180, '经度不对').max(180, '经度不对'),
      accuracyM: z.number({ error: '缺少定位精度' }).positive('定位精度不对').max(100000, '定位精度不对'),
      fuzzy: z.boolean().default(false),
      note: z.string({ error: '请写一句走访情况' }).trim().min(2, '走访情况至少2个字').max(500, '走访情况不超过500字'),
      clientRequestId: ClientRequestId,
    },
    {
      error: (iss) =>
        iss.code === 'unrecognized_keys' ? '走访只能由本人到户当场记录，不能电话走访或替别人记录。' : '走访记录格式不对',
    },
  ),
  z.object({ visit: VisitView, linkedToDiary: z.boolean(), message: z.string() }),
);
