import { templateItemsProblem } from '../../../../src/core/inspection/template';
import { inspectionTemplateSave } from '../../../../types/actions/inspection';
import { audit } from '../../../common/audit';
import { fail } from '../../../common/errors';
import type { InspectionTemplateDoc } from '../../../common/inspection/record-docs';
import { BUILTIN, editableScope, scopeTemplate, templateId } from '../../../common/inspection/templates';
import { handle } from '../../handler';

/**
 * A county (or city) saves its copy of the template; `reset` goes back to the built-in one. Records
 * already opened keep the text they were filled with. Audited.
 */
export default handle(inspectionTemplateSave, async (ctx, input) => {
  const scope = await editableScope(ctx);
  const before = await scopeTemplate(ctx.store, scope.id);
  const countyId = scope.level === 'county' ? scope.id : ctx.person!.countyId;
  if (input.reset) {
    await ctx.store.remove('inspection_templates', templateId(scope.id));
    await audit(ctx, ctx.store, { countyId, entity: 'inspection_template', entityId: scope.id, action: 'reset', before });
    return { name: BUILTIN.name, items: BUILTIN.items };
  }
  const problem = templateItemsProblem(input.items);
  if (problem) return fail('VALIDATION', problem, [{ path: 'items', message: problem }]);
  const doc: InspectionTemplateDoc = {
    _id: templateId(scope.id),
    scopeLevel: scope.level,
    scopeId: scope.id,
    name: input.name,
    items: input.items,
    updatedAt: ctx.now.toISOString(),
    updatedBy: ctx.person!._id,
  };
  await ctx.store.put('inspection_templates', doc);
  await audit(ctx, ctx.store, { countyId, entity: 'inspection_template', entityId: scope.id, action: 'save', before, after: { name: doc.name, items: doc.items } });
  return { name: doc.name, items: doc.items };
});
