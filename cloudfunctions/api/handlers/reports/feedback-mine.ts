import { feedbackMine } from '../../../../types/actions/reports';
import { villageNames } from '../../../common/feedback/names';
import { handle } from '../../handler';

/** The caller's own items (by WeChat identity), newest first, with the county's answers. */
export default handle(feedbackMine, async (ctx) => {
  const docs = await ctx.store.find('feedback', { openid: ctx.openid }, { orderBy: [{ field: 'createdAt', dir: 'desc' }], limit: 50 });
  const names = await villageNames(ctx.store, docs);
  return docs.map((d) => ({
    id: d._id,
    kind: d.kind,
    text: d.text,
    anonymous: d.anonymous,
    villageName: d.villageId ? (names.villages.get(d.villageId) ?? null) : null,
    status: d.status,
    createdAt: d.createdAt,
    reply: d.reply,
    repliedAt: d.repliedAt,
  }));
});
