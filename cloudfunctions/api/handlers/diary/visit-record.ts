import { shanghaiDay, shanghaiMonth } from '../../../../src/core';
import { visitRecord } from '../../../../types/actions/diary';
import { stationedCadre } from '../../../common/diary/caller';
import { diaryId, type VisitDoc } from '../../../common/diary/docs';
import { requestDocId } from '../../../common/diary/ids';
import { visitView } from '../../../common/diary/view';
import { fail } from '../../../common/errors';
import { once } from '../../../common/idempotency';
import { countyRules } from '../../../common/month';
import { matchVillageFence, requireReliableFix } from '../../../common/village-fence';
import { handle } from '../../handler';

/**
 * A household visit, recorded by the cadre in person: a household of their own village, at a
 * position inside the village fence (checked like a clock-in), on the server's day. Linked to that
 * day's diary when it exists (the diary page links it otherwise).
 */
export default handle(visitRecord, async (ctx, input) => {
  const { me, village } = await stationedCadre(ctx);
  const household = await ctx.store.get('households', input.householdId);
  if (!household) return fail('NOT_FOUND', '没有找到这户，请刷新农户名单后再选。');
  if (household.villageId !== village._id) return fail('OUT_OF_SCOPE', '这户不在您驻的村，只能记录本村农户的走访。');
  const rules = await countyRules(ctx.store, me.countyId);
  requireReliableFix(rules, input, '记录走访');
  return once(ctx, 'visit.record', input.clientRequestId, async (tx) => {
    const match = matchVillageFence(village, input, rules);
    const distanceM = Math.round(match.distanceM);
    if (!match.inside) {
      fail('OUT_OF_SCOPE', `您现在距${village.name}约${distanceM}米，不在村里。走访须本人到户，请到农户家里再记录。`);
    }
    const day = shanghaiDay(ctx.now);
    const doc: VisitDoc = {
      _id: requestDocId('vst', ctx.openid, input.clientRequestId),
      personId: me._id,
      villageId: village._id,
      townshipId: village.townshipId,
      countyId: me.countyId,
      householdId: household._id,
      householdName: household.name,
      group: household.group,
      day,
      month: shanghaiMonth(ctx.now),
      at: ctx.now.toISOString(),
      lat: input.lat,
      lng: input.lng,
      accuracyM: input.accuracyM,
      fuzzy: input.fuzzy,
      distanceM,
      note: input.note,
    };
    await tx.insert('visits', doc);
    const diary = await tx.get('diaries', diaryId(me._id, day));
    if (diary && !diary.visitIds.includes(doc._id)) {
      await tx.update('diaries', diary._id, { visitIds: [...diary.visitIds, doc._id] });
    }
    return {
      visit: visitView(doc),
      linkedToDiary: !!diary,
      message: `已记录走访${household.name}家${diary ? '，已加入今天的日志' : '，保存今天的日志时会一并关联'}。`,
    };
  });
});
