import { messagesRead } from '../../../../types/actions/supervision';
import { unreadCount, unreadMessages } from '../../../common/delivery/messages';
import { fail } from '../../../common/errors';
import { handle } from '../../handler';

/** Writes in flight at once when marking all read. */
const WRITE_BATCH = 50;

/** Marks one of the caller's messages (or all of them) as read; reading twice changes nothing. */
export default handle(messagesRead, async (ctx, { id }) => {
  if (!ctx.person) return fail('UNAUTHENTICATED');
  const personId = ctx.person._id;
  const at = ctx.now.toISOString();
  if (id) {
    const m = await ctx.store.get('messages', id);
    if (!m || m.personId !== personId) return fail('NOT_FOUND', '没有找到这条消息。');
    if (!m.readAt) await ctx.store.update('messages', id, { readAt: at });
  } else {
    // Every unread message at once, WRITE_BATCH writes in flight (marking read is idempotent).
    const unread = await unreadMessages(ctx.store, personId);
    for (let i = 0; i < unread.length; i += WRITE_BATCH) {
      await Promise.all(unread.slice(i, i + WRITE_BATCH).map((m) => ctx.store.update('messages', m._id, { readAt: at })));
    }
  }
  return { unread: await unreadCount(ctx.store, personId) };
});
