import { useState } from 'react';
import { Image, Text, View } from '@tarojs/components';
import { Button } from '../../../../components/ui';
import { useQuery } from '../../../../hooks/useQuery';
import { savePoster } from './poster';

/** The village's QR code (made on first view), its H5 link on the local stack, and the A4 poster. */
export function QrPanel(props: { campaignId: string; villageId: string }) {
  const q = useQuery('survey.code', { campaignId: props.campaignId, villageId: props.villageId });
  const [msg, setMsg] = useState<string | null>(null);
  const d = q.data;
  if (q.error) return <Text className='bad'>{q.error.message}</Text>;
  if (!d) return <Text className='muted'>正在生成二维码…</Text>;
  const link = d.link && typeof window !== 'undefined' ? `${window.location.origin}${d.link}` : null;
  return (
    <View className='stack'>
      <Image className='survey-qr' src={d.imageUrl} mode='aspectFit' />
      {link ? (
        <Text className='muted survey-link' selectable>
          {link}
        </Text>
      ) : null}
      <Button
        type='primary'
        size='large'
        block
        onClick={() => {
          setMsg(null);
          savePoster(d, d.imageUrl).then(
            () => setMsg('海报已生成，可以打印张贴。'),
            (e: Error) => setMsg(e.message || '海报生成失败，请重试'),
          );
        }}
      >
        保存A4海报
      </Button>
      {msg ? <Text className='muted'>{msg}</Text> : null}
    </View>
  );
}
