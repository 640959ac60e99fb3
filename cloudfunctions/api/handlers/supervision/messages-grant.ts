import { messagesGrant } from '../../../../types/actions/supervision';
import { addGrants } from '../../../common/delivery/grants';
import { fail } from '../../../common/errors';
import { handle } from '../../handler';

/** Records the one-time subscribe templates the user just accepted (one push each). */
export default handle(messagesGrant, async (ctx, { accepted }) => {
  if (!ctx.person) return fail('UNAUTHENTICATED');
  return { remaining: await addGrants(ctx.store, ctx.person._id, [...new Set(accepted)], ctx.now) };
});
