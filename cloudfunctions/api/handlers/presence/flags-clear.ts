import { flagsClear } from '../../../../types/actions/presence';
import { audit } from '../../../common/audit';
import { fail } from '../../../common/errors';
import { once } from '../../../common/idempotency';
import { canSeeVillage } from '../../../common/scope';
import { handle } from '../../handler';
import { toFlagViews } from './flag-view';

/** A township supervisor (or the county admin) of the flag's village clears it with a note. */
export default handle(flagsClear, async (ctx, input) =>
  once(ctx, 'flags.clear', input.clientRequestId, async (tx) => {
    const flag = await tx.get('flags', input.flagId);
    if (!flag) return fail('NOT_FOUND', '没有找到这条提示。');
    const village = await tx.get('villages', flag.villageId);
    if (!village) return fail('NOT_FOUND', '没有找到这个村。');
    if (!canSeeVillage(ctx, village, ['township_supervisor', 'county_admin'])) return fail('OUT_OF_SCOPE');
    if (flag.status === 'cleared') return fail('CONFLICT', '这条提示已经核实销号，请刷新后再看。');
    const patch = { status: 'cleared' as const, clearedAt: ctx.now.toISOString(), clearedBy: ctx.person!._id, clearNote: input.note };
    await tx.update('flags', flag._id, patch);
    await audit(ctx, tx, {
      countyId: flag.countyId,
      entity: 'flag',
      entityId: flag._id,
      action: 'clear',
      before: { status: flag.status },
      after: { status: 'cleared' },
      note: input.note,
    });
    const [view] = await toFlagViews(tx, [{ ...flag, ...patch }]);
    return view;
  }),
);
