import { messagesList } from '../../../../types/actions/supervision';
import { failedPushes, unreadCount } from '../../../common/delivery/messages';
import { personNames } from '../../../common/diary/names';
import { fail } from '../../../common/errors';
import type { Filter } from '../../../common/store/driver';
import { handle } from '../../handler';

const LIMIT = 100;

/**
 * The caller's in-app messages, newest first (the last 100), and how many are unread. A county
 * admin also sees the county's WeChat pushes that were given up (failed), so none is lost unseen.
 */
export default handle(messagesList, async (ctx, { unreadOnly }) => {
  if (!ctx.person) return fail('UNAUTHENTICATED');
  const personId = ctx.person._id;
  const where: Filter = unreadOnly ? { personId, readAt: null } : { personId };
  const [docs, unread] = await Promise.all([
    ctx.store.find('messages', where, { orderBy: [{ field: 'createdAt', dir: 'desc' }], limit: LIMIT }),
    unreadCount(ctx.store, personId),
  ]);
  const items = docs.map((m) => ({ id: m._id, kind: m.kind, day: m.day, title: m.title, body: m.body, page: m.page, createdAt: m.createdAt, readAt: m.readAt }));
  const admin = ctx.grants.some((g) => g.role === 'county_admin' && g.scopeId === ctx.person!.countyId);
  if (!admin) return { unread, items };
  const failed = await failedPushes(ctx.store, ctx.person.countyId, 5);
  const names = await personNames(ctx.store, failed.recent.map((m) => m.personId));
  return {
    unread,
    items,
    failedPushes: {
      count: failed.count,
      recent: failed.recent.map((m) => ({ id: m._id, personName: names.get(m.personId) ?? '', title: m.title, day: m.day, error: m.pushError })),
    },
  };
});
