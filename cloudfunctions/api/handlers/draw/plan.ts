import { nextMonth, shanghaiMonth } from '../../../../src/core';
import { drawPlan } from '../../../../types/actions/draw';
import { audit } from '../../../common/audit';
import { AppError, fail } from '../../../common/errors';
import { once } from '../../../common/idempotency';
import { cityOf, drawView, loadDraw, managerScope } from '../../../common/inspection/draw-access';
import { planDraw } from '../../../common/inspection/draw-steps';
import type { DrawDoc } from '../../../common/inspection/docs';
import type { DocTx } from '../../../common/store/driver';
import { handle } from '../../handler';

/** A plan for this month or next: the frame as the roster stands now; replaced freely until 公示. */
export default handle(drawPlan, async (ctx, input) => {
  const scope = managerScope(ctx);
  if (!scope) return fail('FORBIDDEN');
  const month = shanghaiMonth(ctx.now);
  if (input.month !== month && input.month !== nextMonth(month)) {
    return fail('VALIDATION', `只能为本月（${month}）或下月（${nextMonth(month)}）制定摇号计划。`, [{ path: 'month', message: '月份不在范围内' }]);
  }
  // The reads (frame, teams) come before the transaction; a refusal is kept and thrown inside it,
  // so a retry of a plan that went through still answers the first result.
  let prepared: DrawDoc | AppError;
  try {
    prepared = await planDraw(ctx.store, {
      level: scope.level,
      scopeId: scope.id,
      scopeName: scope.name,
      cityId: await cityOf(ctx, scope.level, scope.id),
      month: input.month,
      ratePercent: input.ratePercent,
      frameRule: input.frameRule,
      publicValue: input.publicValue,
      by: ctx.person!._id,
      now: ctx.now,
    });
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    prepared = e;
  }
  let planned: DrawDoc | null = null;
  const out = await once(ctx, 'draw.plan', input.clientRequestId, async (tx: DocTx) => {
    if (prepared instanceof AppError) throw prepared;
    const cur = await tx.get('draws', prepared._id);
    if (cur && cur.status !== 'planned') return fail('CONFLICT', '这个月的摇号计划已经公示，不能再改。摇号结果一经揭示即为最终结果，不能重新摇号。');
    planned = prepared;
    await tx.put('draws', prepared);
    return { drawId: prepared._id };
  });
  const done = planned as DrawDoc | null;
  if (done) {
    await audit(ctx, ctx.store, { countyId: scope.id, entity: 'draw', entityId: done._id, action: 'draw.plan', after: { month: done.month, rate: done.rate, frameRule: done.frameRule, frame: done.frame.length, publicValue: done.publicValue } });
  }
  return drawView(ctx, await loadDraw(ctx, out.drawId));
});
