import { Text, View } from '@tarojs/components';

/** The draw's frame: every stationed village that could be drawn, with its code, as the 公示 lists it. */
export function FrameCard({ frame, countyName }: { frame: { villageId: string; villageCode: string; name: string; countyId: string }[]; countyName: (countyId: string) => string }) {
  return (
    <View className='card stack'>
      <View className='card-title'>名单（{frame.length}个村）</View>
      {frame.map((f) => (
        <View key={f.villageId} className='row'>
          <Text>
            {countyName(f.countyId)}
            {f.name}
          </Text>
          <Text className='muted'>{f.villageCode}</Text>
        </View>
      ))}
    </View>
  );
}
