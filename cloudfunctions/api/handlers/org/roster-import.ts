import { rosterImport } from '../../../../types/actions/org';
import { parseRosterFileId, ROSTER_FILE_BAD_ID, ROSTER_FILE_MAX_BYTES, ROSTER_FILE_TOO_LARGE } from '../../../../types/roster';
import { fail } from '../../../common/errors';
import { applyRoster, knownCodes } from '../../../common/roster/apply';
import { validateRoster } from '../../../common/roster/validate';
import { parseRosterWorkbook } from '../../../common/roster/xlsx';
import { callerCounty } from '../../../common/scope';
import { FileMissing } from '../../../common/services';
import { handle } from '../../handler';

/**
 * All or nothing: every row is validated before anything is written. The file itself was uploaded
 * to cloud storage (or the local stack's `POST /upload`) by the client; only its fileId comes here.
 */
export default handle(rosterImport, async (ctx, { fileId }) => {
  const countyId = callerCounty(ctx);
  const county = await ctx.store.get('counties', countyId);
  if (!county) return fail('NOT_FOUND', '没有找到您所在的县。');
  const where = parseRosterFileId(fileId);
  if (!where) return fail('VALIDATION', ROSTER_FILE_BAD_ID);
  // In cloud storage the client puts a county's roster under roster/<countyId>/: another county's file is not ours to read.
  if (where.kind === 'cloud' && where.countyId !== countyId) return fail('OUT_OF_SCOPE', '这个文件不是本县上传的名册，请重新选择文件上传。');
  let bytes: Buffer;
  try {
    bytes = await ctx.services.files.read(fileId);
  } catch (e) {
    if (e instanceof FileMissing) return fail('NOT_FOUND', '上传的文件找不到了，请重新选择文件上传。');
    throw e;
  }
  // The file holds names and phone numbers: it is not kept once read, whatever the import's outcome
  // (a second try uploads the file again). Failing to delete it must not fail the import.
  await ctx.services.files.remove(fileId).catch(() => undefined);
  if (bytes.length > ROSTER_FILE_MAX_BYTES) return fail('VALIDATION', ROSTER_FILE_TOO_LARGE);
  const parsed = await parseRosterWorkbook(bytes);
  if (!parsed.ok) return fail('IMPORT_INVALID', undefined, parsed.errors);
  const valid = validateRoster(parsed.rows, await knownCodes(ctx.store, countyId), parsed.rowNumbers);
  if (!valid.ok) return fail('IMPORT_INVALID', `${valid.errors.length}处错误，本次没有导入任何数据。`, valid.errors);
  return applyRoster(ctx, ctx.store, county, valid.roster);
});
