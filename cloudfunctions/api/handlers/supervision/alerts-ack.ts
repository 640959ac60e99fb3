import { alertsAck } from '../../../../types/actions/supervision';
import { audit } from '../../../common/audit';
import { fail } from '../../../common/errors';
import { handle } from '../../handler';
import { alertInScope, alertViews } from './alert-view';

/** Acknowledge an alert in scope with an optional note (audited). Acknowledging twice changes nothing. */
export default handle(alertsAck, async (ctx, { alertId, note }) => {
  const alert = await ctx.store.get('alerts', alertId);
  if (!alert) return fail('NOT_FOUND', '没有找到这条预警。');
  if (!alertInScope(ctx.grants, alert)) return fail('OUT_OF_SCOPE');
  if (alert.status === 'acknowledged') return (await alertViews(ctx.store, [alert], ctx.now))[0];
  const patch = { status: 'acknowledged' as const, ackAt: ctx.now.toISOString(), ackBy: ctx.person?._id ?? null, ackNote: note || null };
  await ctx.store.transaction(async (tx) => {
    await tx.update('alerts', alertId, patch);
    await audit(ctx, tx, {
      countyId: alert.countyId,
      entity: 'alert',
      entityId: alertId,
      action: 'acknowledge',
      before: { status: alert.status },
      after: patch,
      note: note || undefined,
    });
  });
  return (await alertViews(ctx.store, [{ ...alert, ...patch }], ctx.now))[0];
});
