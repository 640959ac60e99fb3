import { drawCommit } from '../../../../types/actions/draw';
import { commitDraw } from '../../../common/inspection/draw-steps';
import { drawStep } from '../../../common/inspection/draw-write';
import { handle } from '../../handler';

/** The phone computed the hash; the number itself never leaves it until the reveal. */
export default handle(drawCommit, async (ctx, input) =>
  drawStep(ctx, 'draw.commit', input.clientRequestId, input.drawId, (d) => commitDraw(d, ctx.person!, input.hash, ctx.now)),
);
