import { changedSections, dayLabel, trimSections } from '../../../../src/core';
import { diaryAmend } from '../../../../types/actions/diary';
import { audit } from '../../../common/audit';
import { refuseFuture, refuseOthersDiary, serverToday, stationedCadre } from '../../../common/diary/caller';
import { detectOnSave, readDetection } from '../../../common/diary/detect';
import { diaryId, type DiaryDoc } from '../../../common/diary/docs';
import { diaryFlagsOf, entryViews, withFlags } from '../../../common/diary/view';
import { fail } from '../../../common/errors';
import { once } from '../../../common/idempotency';
import { countyRules } from '../../../common/month';
import { handle } from '../../handler';

/** 补记: a change to a past day's entry, with a reason; the original stays beside it; audited. */
export default handle(diaryAmend, async (ctx, input) => {
  refuseOthersDiary(ctx, input.personId);
  const { me } = await stationedCadre(ctx);
  const today = serverToday(ctx);
  refuseFuture(input.day, today);
  if (input.day === today) fail('CONFLICT', '今天的日志直接修改后点“保存日志”即可，不需要补记。');
  const rules = await countyRules(ctx.store, me.countyId);
  const id = diaryId(me._id, input.day);
  return once(ctx, 'diary.amend', input.clientRequestId, {
    // Reads first (queries cannot run in a transaction): the entry, what detection compares, the flags so far.
    read: async () => {
      const seen = await ctx.store.get('diaries', id);
      if (!seen) return fail('NOT_FOUND', `${dayLabel(input.day)}没有写日志，没有可以补记的内容。`);
      const [detection, flags] = await Promise.all([readDetection(ctx.store, seen, rules), diaryFlagsOf(ctx.store, [me._id])]);
      return { detection, flags };
    },
    write: async (tx, { detection, flags }) => {
      const existing = await tx.get('diaries', id);
      if (!existing) return fail('NOT_FOUND', `${dayLabel(input.day)}没有写日志，没有可以补记的内容。`);
      const before = trimSections(existing.sections);
      const after = trimSections(input.sections);
      if (changedSections(before, after).length === 0) fail('VALIDATION', '内容没有改动，不需要补记。');
      const at = ctx.now.toISOString();
      const doc: DiaryDoc = {
        ...existing,
        sections: after,
        updatedAt: at,
        amendments: [...existing.amendments, { at, by: me._id, reason: input.reason, before, after }],
      };
      await tx.put('diaries', doc);
      await audit(ctx, tx, { countyId: me.countyId, entity: 'diary', entityId: id, action: 'diary.amend', before, after, note: input.reason });
      const raised = await detectOnSave({ store: tx, now: ctx.now }, doc, rules, false, detection);
      const [entry] = await entryViews(ctx, [doc], withFlags(flags, raised), rules.diary.graceHours, tx);
      return { entry, message: `已补记${dayLabel(input.day)}的日志，原内容已保留。` };
    },
  });
});
