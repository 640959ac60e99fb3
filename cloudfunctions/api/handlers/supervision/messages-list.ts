import { messagesList } from '../../../../types/actions/supervision';
import type { MessageDoc } from '../../../common/delivery/messages';
import { fail } from '../../../common/errors';
import type { Filter } from '../../../common/store/driver';
import { handle } from '../../handler';

const LIMIT = 100;

/** The caller's in-app messages, newest first (the last 100), and how many are unread. */
export default handle(messagesList, async (ctx, { unreadOnly }) => {
  if (!ctx.person) return fail('UNAUTHENTICATED');
  const personId = ctx.person._id;
  const where: Filter = unreadOnly ? { personId, readAt: null } : { personId };
  const [docs, unread] = await Promise.all([
    ctx.store.find('messages', where, { orderBy: [{ field: 'createdAt', dir: 'desc' }], limit: LIMIT }) as unknown as Promise<MessageDoc[]>,
    ctx.store.count('messages', { personId, readAt: null }),
  ]);
  return {
    unread,
    items: docs.map((m) => ({ id: m._id, kind: m.kind, day: m.day, title: m.title, body: m.body, page: m.page, createdAt: m.createdAt, readAt: m.readAt })),
  };
});
