import { inspectionTemplate } from '../../../../types/actions/inspection';
import { BUILTIN, editableScope, scopeTemplate } from '../../../common/inspection/templates';
import { handle } from '../../handler';

/** The admin's template (their county's or city's copy, else the built-in annex 2) and the built-in items. */
export default handle(inspectionTemplate, async (ctx) => {
  const scope = await editableScope(ctx);
  const t = await scopeTemplate(ctx.store, scope.id);
  return { name: t.name, builtIn: t.builtIn, scopeName: scope.name, items: t.items, builtInItems: BUILTIN.items };
});
