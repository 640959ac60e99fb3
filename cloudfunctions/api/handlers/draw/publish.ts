import { drawPublish } from '../../../../types/actions/draw';
import { fail } from '../../../common/errors';
import { isManager, loadDraw } from '../../../common/inspection/draw-access';
import { publishDraw } from '../../../common/inspection/draw-steps';
import { drawStep } from '../../../common/inspection/draw-write';
import { handle } from '../../handler';

/** 公示: from here the plan is fixed and its JSON public. */
export default handle(drawPublish, async (ctx, input) => {
  if (!isManager(ctx, await loadDraw(ctx, input.drawId))) return fail('FORBIDDEN', '只有制定计划的管理员可以公示。');
  return drawStep(ctx, 'draw.publish', input.clientRequestId, input.drawId, (d) => publishDraw(d, ctx.now), {
    audit: (d) => ({ status: d.status, frame: d.frame.length, publishedAt: d.publishedAt }),
  });
});
