import type { DrawView } from '../../../types/draw';
import { audit } from '../audit';
import type { Ctx } from '../context';
import { fail } from '../errors';
import { once } from '../idempotency';
import type { DocTx } from '../store/driver';
import type { DrawDoc } from './docs';
import { drawView, loadDraw } from './draw-access';
import { writePublicDraw } from './public';

/**
 * One step on a draw, once per clientRequestId: the draw is read again inside the transaction (so two
 * inspectors revealing at the same moment both count), `step` checks and changes it (throwing
 * changes nothing), and it is stored. Afterwards the public JSON is written again and the step
 * audited. Answers the draw as it now stands.
 */
export async function drawStep(
  ctx: Ctx,
  action: string,
  clientRequestId: string,
  id: string,
  step: (d: DrawDoc) => DrawDoc | Promise<DrawDoc>,
  opts: { publish?: boolean; audit?: (d: DrawDoc) => Record<string, unknown> | null } = {},
): Promise<DrawView> {
  await loadDraw(ctx, id); // the caller may see it at all
  let changed: DrawDoc | null = null;
  await once(ctx, action, clientRequestId, async (tx: DocTx) => {
    const cur = await tx.get('draws', id);
    if (!cur) return fail('NOT_FOUND', '没有找到这次摇号。');
    const next = await step(cur);
    await tx.put('draws', next);
    changed = next;
    return { drawId: id };
  });
  const done = changed as DrawDoc | null;
  if (done) {
    const entry = opts.audit?.(done);
    if (entry) await audit(ctx, ctx.store, { countyId: done.scopeId, entity: 'draw', entityId: done._id, action, after: entry });
    if (opts.publish !== false && done.status !== 'planned') await writePublicDraw(ctx.store, ctx.services, done);
  }
  return drawView(ctx, await loadDraw(ctx, id));
}
