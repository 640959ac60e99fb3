import { drawPublicGet, drawPublicIndex } from '../../../../types/actions/draw';
import { fail } from '../../../common/errors';
import { publicDraw, publicIndex } from '../../../common/inspection/public';
import { handle } from '../../handler';

/** What /public/draws/index.json holds, for the mini-program (which cannot read the H5 stack's files). */
export const publicIndexHandler = handle(drawPublicIndex, async (ctx) => publicIndex(ctx.store));

/** What /public/draws/<id>.json holds; an unpublished plan does not exist for the public. */
export const publicGetHandler = handle(drawPublicGet, async (ctx, input) => {
  const d = await ctx.store.get('draws', input.drawId);
  if (!d || d.status === 'planned') return fail('NOT_FOUND', '没有找到这次摇号。');
  return publicDraw(d);
});
