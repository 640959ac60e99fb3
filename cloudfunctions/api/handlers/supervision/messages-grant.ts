import { messagesGrant } from '../../../../types/actions/supervision';
import { addGrants } from '../../../common/delivery/grants';
import { fail } from '../../../common/errors';
import { once } from '../../../common/idempotency';
import { handle } from '../../handler';

/** Records the one-time subscribe templates the user just accepted (one push each); a retry counts once. */
export default handle(messagesGrant, async (ctx, { accepted, clientRequestId }) => {
  const person = ctx.person ?? fail('UNAUTHENTICATED');
  return once(ctx, 'messages.grant', clientRequestId, async (tx) => ({ remaining: await addGrants(tx, person._id, [...new Set(accepted)], ctx.now) }));
});
