import { diaryUploadPhoto } from '../../../../types/actions/diary';
import { PHOTO_MAX_BYTES } from '../../../../types/diary';
import { serverToday, stationedCadre } from '../../../common/diary/caller';
import type { PhotoDoc } from '../../../common/diary/docs';
import { requestDocId } from '../../../common/diary/ids';
import { once } from '../../../common/idempotency';
import { EXTENSIONS, decodeUpload } from '../../../common/upload-bytes';
import { handle } from '../../handler';

/** One photo compressed on the phone, kept in cloud storage (the data folder locally) for the caller's diary. */
export default handle(diaryUploadPhoto, async (ctx, input) => {
  const { me, village } = await stationedCadre(ctx);
  const bytes = decodeUpload(input.dataBase64, input.contentType, PHOTO_MAX_BYTES);
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
