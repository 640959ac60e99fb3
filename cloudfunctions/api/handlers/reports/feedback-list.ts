import { feedbackList } from '../../../../types/actions/reports';
import { FEEDBACK_PAGE } from '../../../common/feedback/model';
import { villageNames } from '../../../common/feedback/names';
import { callerCounty } from '../../../common/scope';
import type { Filter } from '../../../common/store/driver';
import { handle } from '../../handler';

/** The county admin's inbox; anonymous items carry no identity (no name, no contact, no openid). */
export default handle(feedbackList, async (ctx, { status, offset = 0 }) => {
  const countyId = callerCounty(ctx);
  const where: Filter = status ? { countyId, status } : { countyId };
  const [page, open] = await Promise.all([
    ctx.store.find('feedback', where, { orderBy: [{ field: 'createdAt', dir: 'desc' }], limit: FEEDBACK_PAGE + 1, offset }),
    ctx.store.count('feedback', { countyId, status: 'open' }),
  ]);
  const docs = page.slice(0, FEEDBACK_PAGE);
  const names = await villageNames(ctx.store, docs);
  return {
    open,
    more: page.length > FEEDBACK_PAGE,
    items: docs.map((d) => ({
      id: d._id,
      kind: d.kind,
      text: d.text,
      anonymous: d.anonymous,
      villageName: d.villageId ? (names.villages.get(d.villageId) ?? null) : null,
      townshipName: d.townshipId ? (names.townships.get(d.townshipId) ?? null) : null,
      status: d.status,
      createdAt: d.createdAt,
      reply: d.reply,
      repliedAt: d.repliedAt,
      submitter: d.anonymous ? null : { name: d.personName ?? '群众', contact: d.contact },
    })),
  };
});
