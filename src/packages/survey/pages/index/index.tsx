import { Text, View } from '@tarojs/components';

/** Villagers' survey (scanned from the QR code in the village). Placeholder: kept tiny, no UI kit. */
export default function Survey() {
  return (
    <View className='page'>
      <View className='title'>村民问卷</View>
      <Text className='muted'>问卷即将上线，感谢您的关心。</Text>
    </View>
  );
}
