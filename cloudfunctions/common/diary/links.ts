import type { Ctx } from '../context';
import { fail } from '../errors';
import { getMany } from '../store/driver';

/** The visits a diary links: each must be the author's own visit recorded on that day. */
export async function requireOwnVisits(ctx: Ctx, personId: string, day: string, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const found = await getMany(ctx.store, 'visits', unique);
  const ok = new Set(found.filter((v) => v.personId === personId && v.day === day).map((v) => v._id));
  if (unique.some((id) => !ok.has(id))) fail('VALIDATION', '关联的走访记录不是您本人当天的走访，请重新选择。');
  return unique;
}

/** The photos a diary keeps: each must have been uploaded by the author. */
export async function requireOwnPhotos(ctx: Ctx, personId: string, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const found = await getMany(ctx.store, 'files', unique);
  const ok = new Set(found.filter((p) => p.kind === 'diary-photo' && p.personId === personId).map((p) => p._id));
  if (unique.some((id) => !ok.has(id))) fail('VALIDATION', '有照片没有上传成功或不是您本人上传的，请重新添加照片。');
  return unique;
}
