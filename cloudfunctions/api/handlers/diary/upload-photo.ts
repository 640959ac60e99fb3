import { diaryUploadPhoto } from '../../../../types/actions/diary';
import { PHOTO_MAX_BYTES } from '../../../../types/diary';
import { serverToday, stationedCadre } from '../../../common/diary/caller';
import type { PhotoDoc } from '../../../common/diary/docs';
import { requestDocId } from '../../../common/diary/ids';
import { fail } from '../../../common/errors';
import { once } from '../../../common/idempotency';
import { handle } from '../../handler';

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** The first bytes of each accepted type: the content must be what its type says. */
const SIGNATURES: Record<string, number[]> = {
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};
const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png' };

/** One photo compressed on the phone, kept in cloud storage (the data folder locally) for the caller's diary. */
export default handle(diaryUploadPhoto, async (ctx, input) => {
  const { me, village } = await stationedCadre(ctx);
  const data = input.dataBase64.replace(/^data:[^,]*,/, '');
  if (!BASE64.test(data) || data.length % 4 !== 0) fail('VALIDATION', '照片内容不完整，请重新选择照片。');
  const bytes = Buffer.from(data, 'base64');
  if (bytes.length > PHOTO_MAX_BYTES) {
    fail('VALIDATION', `照片太大（约${Math.ceil(bytes.length / 1024)}KB），请压缩到${PHOTO_MAX_BYTES / 1024}KB以内再传。`);
  }
  const sig = SIGNATURES[input.contentType];
  if (bytes.length < sig.length + 8 || sig.some((b, i) => bytes[i] !== b)) {
    fail('VALIDATION', '这不是有效的 JPG 或 PNG 照片，请重新选择。');
  }
  return once(ctx, 'diary.uploadPhoto', input.clientRequestId, async () => {
    const photoId = requestDocId('ph', ctx.openid, input.clientRequestId);
    const path = `diary/${me.countyId}/${me._id}/${serverToday(ctx)}/${photoId}.${EXTENSIONS[input.contentType]}`;
    const fileId = await ctx.services.files.put(path, bytes, input.contentType);
    const doc: PhotoDoc = {
      _id: photoId,
      kind: 'diary-photo',
      personId: me._id,
      villageId: village._id,
      countyId: me.countyId,
      fileId,
      contentType: input.contentType,
      bytes: bytes.length,
      createdAt: ctx.now.toISOString(),
    };
    await ctx.store.insert('files', doc as unknown as PhotoDoc & Record<string, unknown>);
    return { photoId, url: (await ctx.services.files.urls([fileId]))[0], bytes: bytes.length };
  });
});
