import { drawGet } from '../../../../types/actions/draw';
import { drawView, loadDraw } from '../../../common/inspection/draw-access';
import { handle } from '../../handler';

export default handle(drawGet, async (ctx, input) => drawView(ctx, await loadDraw(ctx, input.drawId)));
