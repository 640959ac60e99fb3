import { drawReveal } from '../../../../types/actions/draw';
import { revealDraw } from '../../../common/inspection/draw-steps';
import { drawStep } from '../../../common/inspection/draw-write';
import { handle } from '../../handler';

/** The server checks SHA-256(value) against the commitment; the last reveal draws (final, never again). */
export default handle(drawReveal, async (ctx, input) =>
  drawStep(ctx, 'draw.reveal', input.clientRequestId, input.drawId, (d) => revealDraw(d, ctx.person!._id, input.value, ctx.now), {
    audit: (d) => (d.status === 'drawn' ? { seed: d.seed, selection: d.selection.map((s) => s.villageId) } : null),
  }),
);
