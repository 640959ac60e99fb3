import { recallDone } from '../../../../types/actions/grades-report';
import { audit } from '../../../common/audit';
import { fail } from '../../../common/errors';
import { handle } from '../../handler';
import { recallNames, recallView } from './recall-list';

/** The sending unit's contact marks the recall done, with a note (audited); doing it again answers the same. */
export default handle(recallDone, async (ctx, { recallId, note }) => {
  const r = await ctx.store.get('recalls', recallId);
  if (!r) return fail('NOT_FOUND', '没有找到这条召回任务。');
  if (!ctx.grants.some((g) => g.role === 'unit_contact' && g.scopeLevel === 'unit' && g.scopeId === r.unitId)) return fail('OUT_OF_SCOPE');
  const names = await recallNames(ctx, [r.countyId]);
  if (r.status === 'done') return recallView(r, names);
  if (r.status !== 'open') return fail('CONFLICT', '这条召回任务已取消（等次已改）。');
  const patch = { status: 'done' as const, doneAt: ctx.now.toISOString(), doneBy: ctx.person!._id, doneNote: note };
  const ok = await ctx.store.transaction(async (tx) => {
    const current = await tx.get('recalls', recallId);
    if (current?.status !== 'open') return false;
    await tx.update('recalls', recallId, patch);
    await audit(ctx, tx, { countyId: r.countyId, entity: 'recall', entityId: recallId, action: 'done', before: { status: 'open' }, after: { status: 'done' }, note });
    return true;
  });
  if (!ok) return fail('CONFLICT', '这条召回任务刚被处理过，请刷新后再看。');
  return recallView({ ...r, ...patch }, names);
});
