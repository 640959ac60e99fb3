import { flagsClear } from '../../../../types/actions/presence';
import { audit } from '../../../common/audit';
import { fail } from '../../../common/errors';
import type { FlagDoc } from '../../../common/flags';
import { once } from '../../../common/idempotency';
import { canSeeVillage, loadVillage } from '../../../common/scope';
import { handle } from '../../handler';
import { toFlagViews } from './flag-view';

/** A township supervisor (or the county admin) of the flag's village clears it with a note. */
export default handle(flagsClear, async (ctx, input) =>
  once(ctx, 'flags.clear', input.clientRequestId, async () => {
    const flag = (await ctx.store.get('flags', input.flagId)) as unknown as FlagDoc | null;
    if (!flag) return fail('NOT_FOUND', '没有找到这条提示。');
    const village = await loadVillage(ctx, flag.villageId);
    if (!canSeeVillage(ctx, village, ['township_supervisor', 'county_admin'])) return fail('OUT_OF_SCOPE');
    if (flag.status === 'cleared') return fail('CONFLICT', '这条提示已经核实销号，请刷新后再看。');
    const patch = { status: 'cleared' as const, clearedAt: ctx.now.toISOString(), clearedBy: ctx.person!._id, clearNote: input.note };
    await ctx.store.update('flags', flag._id, patch);
    await audit(ctx, ctx.store, {
      countyId: flag.countyId,
      entity: 'flag',
      entityId: flag._id,
      action: 'clear',
      before: { status: flag.status },
      after: { status: 'cleared' },
      note: input.note,
    });
    const [view] = await toFlagViews(ctx.store, [{ ...flag, ...patch }]);
    return view;
  }),
);
