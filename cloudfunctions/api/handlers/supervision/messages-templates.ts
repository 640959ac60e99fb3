import { messagesTemplates } from '../../../../types/actions/supervision';
import { TemplateKey } from '../../../../types/supervision';
import { remainingGrants } from '../../../common/delivery/grants';
import { fail } from '../../../common/errors';
import { handle } from '../../handler';

/** The configured subscribe templates the app may ask for, and the caller's remaining one-time grants. */
export default handle(messagesTemplates, async (ctx) => {
  if (!ctx.person) return fail('UNAUTHENTICATED');
  const ids = ctx.services.delivery.templateIds?.() ?? {};
  const templates = TemplateKey.options.filter((k) => ids[k]).map((key) => ({ key, templateId: ids[key] }));
  return { templates, remaining: await remainingGrants(ctx.store, ctx.person._id) };
});
