import { Image, Text, View } from '@tarojs/components';
import { Button } from '../../../../components/ui';
import { useMutation } from '../../../../hooks/useMutation';
import { newRequestId } from '../../../../services/location';
import { DIARY_MAX_PHOTOS } from '../../../../../types/diary';
import { usePhotoPicker } from '../../../../hooks/usePhotoPicker';

type Photo = { id: string; url: string };

/** Optional photos (required only where the county says so), compressed on the phone before upload. */
export function PhotoStrip({ photos, required, onChange }: { photos: Photo[]; required: boolean; onChange: (update: (p: Photo[]) => Photo[]) => void }) {
  const upload = useMutation('diary.uploadPhoto');
  const { add, problem } = usePhotoPicker(async (prepared) => {
    const out = await upload.run({ ...prepared, clientRequestId: newRequestId() });
    if (out) onChange((p) => [...p, { id: out.photoId, url: out.url }]);
  });

  return (
    <View className='stack'>
      <Text className='diary-field__label'>照片{required ? '（本县要求至少一张）' : '（可不传）'}</Text>
      {photos.length > 0 ? (
        <View className='diary-photos'>
          {photos.map((p) => (
            <View key={p.id} className='diary-photo'>
              <Image className='diary-photo__img' src={p.url} mode='aspectFill' />
              <View className='diary-photo__remove' onClick={() => onChange((list) => list.filter((x) => x.id !== p.id))}>
                删除
              </View>
            </View>
          ))}
        </View>
      ) : null}
      {photos.length < DIARY_MAX_PHOTOS ? (
        <View>
          <Button size='large' block loading={upload.pending} onClick={add}>
            添加照片
          </Button>
        </View>
      ) : null}
      {upload.error ? <Text className='bad'>{upload.error.message}</Text> : null}
      {problem ? <Text className='bad'>{problem}</Text> : null}
    </View>
  );
}
