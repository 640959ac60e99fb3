import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Button } from '../../components/ui';
import { useMutation } from '../../hooks/useMutation';
import { isLocalMode } from '../../services/client';
import { currentFix, newRequestId, type Fix } from '../../services/location';

interface Props {
  /** The village's first fence point: the local demo offers it as a simulated position. */
  demoPoint: { lat: number; lng: number } | null;
  onDone: () => void;
}

/** One tap: the position of this moment goes to the server, which decides and answers. */
export function ClockInCard({ demoPoint, onDone }: Props) {
  const m = useMutation('attendance.clockIn');
  const [locError, setLocError] = useState<string | null>(null);
  const [requestId, setRequestId] = useState(newRequestId);

  async function send(fix: Fix) {
    const out = await m.run({ ...fix, clientRequestId: requestId });
    if (out) {
      setRequestId(newRequestId());
      onDone();
    }
  }
  async function tap() {
    setLocError(null);
    try {
      await send(await currentFix());
    } catch {
      setLocError('没有拿到位置，请打开手机定位并允许小程序使用位置后重试。');
    }
  }
  return (
    <View className='card'>
      <Button type='primary' block size='large' loading={m.pending} onClick={tap}>
        驻村打卡
      </Button>
      {isLocalMode && demoPoint ? (
        <Button block size='large' onClick={() => send({ lat: demoPoint.lat, lng: demoPoint.lng, accuracyM: 20, fuzzy: false })}>
          用模拟位置打卡（演示）
        </Button>
      ) : null}
      {m.data ? <Text className={m.data.decision === 'outside' ? 'warn' : 'ok'}>{m.data.message}</Text> : null}
      {m.error ? <Text className='warn'>{m.error.message}</Text> : null}
      {locError ? <Text className='warn'>{locError}</Text> : null}
    </View>
  );
}
