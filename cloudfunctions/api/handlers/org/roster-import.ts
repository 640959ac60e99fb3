import { rosterImport } from '../../../../types/actions/org';
import { fail } from '../../../common/errors';
import type { CountyDoc } from '../../../common/model';
import { applyRoster, knownCodes } from '../../../common/roster/apply';
import { validateRoster } from '../../../common/roster/validate';
import { parseRosterWorkbook } from '../../../common/roster/xlsx';
import { callerCounty } from '../../../common/scope';
import { handle } from '../../handler';

/** All or nothing: every row is validated before anything is written. */
export default handle(rosterImport, async (ctx, { base64 }) => {
  const countyId = callerCounty(ctx);
  const county = (await ctx.store.get('counties', countyId)) as unknown as CountyDoc | null;
  if (!county) return fail('NOT_FOUND', '没有找到您所在的县。');
  const parsed = await parseRosterWorkbook(Buffer.from(base64, 'base64'));
  if (!parsed.ok) return fail('IMPORT_INVALID', undefined, parsed.errors);
  const valid = validateRoster(parsed.rows, await knownCodes(ctx.store, countyId), parsed.rowNumbers);
  if (!valid.ok) return fail('IMPORT_INVALID', `${valid.errors.length}处错误，本次没有导入任何数据。`, valid.errors);
  return applyRoster(ctx, ctx.store, county, valid.roster);
});
