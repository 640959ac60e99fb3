import { changedSections, dayLabel, trimSections } from '../../../../src/core';
import { diaryAmend } from '../../../../types/actions/diary';
import { audit } from '../../../common/audit';
import { refuseFuture, refuseOthersDiary, serverToday, stationedCadre } from '../../../common/diary/caller';
import { detectOnSave } from '../../../common/diary/detect';
import { diaryId, type DiaryDoc } from '../../../common/diary/docs';
import { diaryFlagsOf, entryViews } from '../../../common/diary/view';
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
  return once(ctx, 'diary.amend', input.clientRequestId, async () => {
    const id = diaryId(me._id, input.day);
    const existing = (await ctx.store.get('diaries', id)) as unknown as DiaryDoc | null;
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
    await ctx.store.put('diaries', doc as unknown as DiaryDoc & Record<string, unknown>);
    await audit(ctx, ctx.store, { countyId: me.countyId, entity: 'diary', entityId: id, action: 'diary.amend', before, after, note: input.reason });
    await detectOnSave(ctx, doc, rules, false);
    const [entry] = await entryViews(ctx, [doc], await diaryFlagsOf(ctx.store, [me._id]), rules.diary.graceHours);
    return { entry, message: `已补记${dayLabel(input.day)}的日志，原内容已保留。` };
  });
});
