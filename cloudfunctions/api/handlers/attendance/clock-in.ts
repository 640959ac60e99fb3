import { shanghaiDay, shanghaiMonth } from '../../../../src/core';
import { clockIn } from '../../../../types/actions/attendance';
import { fail } from '../../../common/errors';
import { boundedId } from '../../../common/client-ids';
import type { ClockInDoc } from '../../../common/clockin-doc';
import { reminderDone } from '../../../common/delivery/messages';
import { once } from '../../../common/idempotency';
import { approvedLeaves, closeLeavesOnReturn } from '../../../common/leave/return';
import { addDay, countyRules, updatePersonMonth } from '../../../common/month';
import { flagClockIn, recentClockIns } from '../../../common/plausibility/check-clock-in';
import { loadVillage } from '../../../common/scope';
import { matchVillageFence, requireReliableFix } from '../../../common/village-fence';
import { handle } from '../../handler';

export default handle(clockIn, async (ctx, input) => {
  const me = ctx.person!;
  if (!me.villageId) return fail('NOT_FOUND', '您还没有驻村安排，请联系县委组织部。');
  const rules = await countyRules(ctx.store, me.countyId);
  requireReliableFix(rules, input, '打卡');
  let at = ctx.now;
  let syncedLater = false;
  if (input.deviceAt) {
    const device = new Date(input.deviceAt);
    const lag = ctx.now.getTime() - device.getTime();
    if (lag < -5 * 60_000) return fail('TOO_EARLY_OR_LATE', '手机时间比实际时间快，请校准手机时间后再试。');
    // Offline records are accepted with their device time within the county's window, marked 'synced later'.
    if (lag > rules.clockIn.offlineWindowHours * 3600_000) {
      return fail('TOO_EARLY_OR_LATE', `离线保存的打卡超过${rules.clockIn.offlineWindowHours}小时，已不能补交，请向乡镇说明情况。`);
    }
    if (lag > 10 * 60_000) [at, syncedLater] = [device, true];
  }
  return once(ctx, 'attendance.clockIn', input.clientRequestId, {
    // Reads first (queries cannot run in a transaction): the village, the person's approved leaves and recent clock-ins.
    read: async () => {
      const village = await loadVillage(ctx, me.villageId!);
      const month = shanghaiMonth(at);
      const [approved, recent] = await Promise.all([
        approvedLeaves(ctx.store, me._id),
        // The plausibility check never fails a clock-in: without the history it is skipped (logged).
        recentClockIns(ctx.store, me._id, month).catch((e: unknown) => (console.error('plausibility check skipped; the clock-in stands', e), null)),
      ]);
      return { village, approved, recent };
    },
    // Then every write in one transaction with the request's marker: the clock-in, the month's
    // rollup, the reminder, 销假 and the plausibility flags land together or not at all.
    write: async (tx, { village, approved, recent }) => {
      // The server decides: the county's fence, widened for a fuzzy fix only by the county's rule.
      const match = matchVillageFence(village, input, rules);
      const decision: ClockInDoc['decision'] = match.inside ? 'in-village' : input.reason ? 'field' : 'outside';
      const day = shanghaiDay(at);
      const month = shanghaiMonth(at);
      const distanceM = Math.round(match.distanceM);
      const id = boundedId(`${me._id}:${input.clientRequestId}`);
      const doc = {
        _id: id,
        personId: me._id,
        villageId: village._id,
        townshipId: village.townshipId,
        countyId: me.countyId,
        at: at.toISOString(),
        receivedAt: ctx.now.toISOString(),
        day,
        month,
        lat: input.lat,
        lng: input.lng,
        accuracyM: input.accuracyM,
        fuzzy: input.fuzzy,
        distanceM,
        decision,
        reason: input.reason ?? null,
        syncedLater,
        // In the village only thanks to the fuzzy widening: the plausibility check flags it.
        fuzzyWidening: match.onlyWidened ? { distanceM: match.distanceM, radiusM: match.fence.radiusM, extraM: match.widenedM } : null,
      };
      await tx.insert('clockins', doc);
      if (decision !== 'outside') {
        await updatePersonMonth(tx, me, village.townshipId, month, (m) => {
          addDay(decision === 'in-village' ? m.presentDays : m.fieldDays, day);
          if (decision === 'in-village' && !m.firstClockIn[day]) m.firstClockIn[day] = at.toISOString();
        });
        await reminderDone(tx, ctx.now, me._id, 'clock-in-reminder', day); // the day's 打卡提醒 is done
      }
      if (decision === 'in-village') await closeLeavesOnReturn(ctx, tx, me, day, at, approved); // 销假
      if (recent) await flagClockIn(tx, ctx.now, rules, doc, recent); // plausibility flags, never a refusal
      const message =
        decision === 'in-village'
          ? `已在${village.name}打卡，计入${day}驻村。${match.onlyWidened ? '本次是模糊定位，乡镇会核实。' : ''}`
          : decision === 'field'
            ? `已记为外勤，距村${distanceM}米。`
            : `您距${village.name}约${distanceM}米，不在村内，本次不计驻村。如在外勤，请填写外勤事由。`;
      return { decision, distanceM, day, at: at.toISOString(), syncedLater, fuzzy: input.fuzzy, message };
    },
  });
});
