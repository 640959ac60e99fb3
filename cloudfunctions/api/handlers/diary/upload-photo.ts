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
  const photoId = requestDocId('ph', ctx.openid, input.clientRequestId);
  const path = `diary/${me.countyId}/${me._id}/${serverToday(ctx)}/${photoId}.${EXTENSIONS[input.contentType]}`;
  return once(ctx, 'diary.uploadPhoto', input.clientRequestId, {
    // The file goes to storage before the transaction (a write there cannot roll back; the same path on a retry overwrites it).
    read: async () => ctx.services.files.put(path, bytes, input.contentType),
    write: async (tx, fileId) => {
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
      await tx.insert('files', doc);
      return { photoId, url: (await ctx.services.files.urls([fileId]))[0], bytes: bytes.length };
    },
  });
});
