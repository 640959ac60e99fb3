import { dayLabel, monthOf, trimSections } from '../../../../src/core';
import { diarySave } from '../../../../types/actions/diary';
import { refuseFuture, refuseOthersDiary, refuseTooOld, serverToday, stationedCadre } from '../../../common/diary/caller';
import { detectOnSave, readDetection } from '../../../common/diary/detect';
import { diaryId, type DiaryDoc } from '../../../common/diary/docs';
import { requireOwnPhotos, requireOwnVisits } from '../../../common/diary/links';
import { diaryFlagsOf, entryViews, withFlags } from '../../../common/diary/view';
import { reminderDone } from '../../../common/delivery/messages';
import { fail } from '../../../common/errors';
import { once } from '../../../common/idempotency';
import { countyRules, updatePersonMonth } from '../../../common/month';
import { handle } from '../../handler';

/**
 * Writes the caller's diary of a day: today's as often as needed; a missing past day once (补写,
 * counted late); a past day already written only through diary.amend with a reason.
 */
export default handle(diarySave, async (ctx, input) => {
  refuseOthersDiary(ctx, input.personId);
  const { me, village } = await stationedCadre(ctx);
  const today = serverToday(ctx);
  refuseFuture(input.day, today);
  refuseTooOld(input.day, today);
  const rules = await countyRules(ctx.store, me.countyId);
  const id = diaryId(me._id, input.day);
  const at = ctx.now.toISOString();
  return once(ctx, 'diary.save', input.clientRequestId, {
    // Reads first (queries cannot run in a transaction): the links' owners, what detection compares, the flags so far.
    read: async () => {
      const visitIds = await requireOwnVisits(ctx, me._id, input.day, input.visitIds);
      const photoIds = await requireOwnPhotos(ctx, me._id, input.photoIds);
      if (rules.diary.photosRequired && photoIds.length === 0) {
        fail('VALIDATION', '本县要求工作日志附至少一张照片，请添加照片后再保存。');
      }
      const detection = await readDetection(ctx.store, { personId: me._id, townshipId: village.townshipId, day: input.day, createdAt: at }, rules);
      const flags = await diaryFlagsOf(ctx.store, [me._id]);
      return { visitIds, photoIds, detection, flags };
    },
    // Then the entry, the month's rollup, the flags and the reminder, with the request's marker.
    write: async (tx, { visitIds, photoIds, detection, flags }) => {
      const existing = await tx.get('diaries', id);
      if (existing && input.day < today) {
        fail('CONFLICT', `${dayLabel(input.day)}的日志已经写过，过了当天再修改请用“补记”，并写明原因。`);
      }
      const doc: DiaryDoc = existing
        ? { ...existing, sections: trimSections(input.sections), visitIds, photoIds, updatedAt: at }
        : {
            _id: id,
            personId: me._id,
            villageId: village._id,
            townshipId: village.townshipId,
            countyId: me.countyId,
            day: input.day,
            month: monthOf(input.day),
            sections: trimSections(input.sections),
            visitIds,
            photoIds,
            createdAt: at,
            updatedAt: at,
            amendments: [],
          };
      await tx.put('diaries', doc);
      if (!existing) {
        // The on-time rule judges the first creation; later edits never move it.
        await updatePersonMonth(tx, me, village.townshipId, doc.month, (m) => {
          if (!m.diaries.some((d) => d.day === doc.day)) m.diaries.push({ day: doc.day, writtenAt: doc.createdAt });
          m.diaries.sort((a, b) => a.day.localeCompare(b.day));
        });
      }
      const raised = await detectOnSave({ store: tx, now: ctx.now }, doc, rules, !existing, detection);
      await reminderDone(tx, ctx.now, me._id, 'diary-reminder', doc.day); // the day's 日志提醒 is done
      const [entry] = await entryViews(ctx, [doc], withFlags(flags, raised), rules.diary.graceHours, tx);
      const message =
        input.day === today ? '已保存' : `已补写${dayLabel(input.day)}的日志（过了当天才写，按补写计）。`;
      return { entry, created: !existing, message };
    },
  });
});
