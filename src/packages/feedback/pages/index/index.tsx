import { View, Text } from '@tarojs/components';
import { PageState } from '../../../../components/PageState';
import { useQuery } from '../../../../hooks/useQuery';
import { useSession } from '../../../../hooks/useSession';
import { FeedbackForm } from './FeedbackForm';
import { MyFeedback } from './MyFeedback';
import './feedback.css';

/** 投诉建议 for anyone (villagers included), optionally anonymous; the county admin answers. */
export default function Feedback() {
  const { session, loading, error, reload } = useSession();
  const mine = useQuery('feedback.mine', {});
  return (
    <View className='page'>
      <View className='title'>投诉建议</View>
      <View className='subtitle'>对驻村工作和本程序的意见都可以反映，县委组织部负责答复。</View>
      <PageState loading={loading} error={error} onRetry={reload} hasData={!!session}>
        <FeedbackForm needsVillage={!session?.person} onSent={() => void mine.reload()} />
        <PageState loading={mine.loading} error={mine.error} onRetry={mine.reload} hasData={!!mine.data}>
          <MyFeedback items={mine.data ?? []} />
        </PageState>
        <View className='card'>
          <Text className='muted'>请勿在此填写身份证号等敏感信息。</Text>
        </View>
      </PageState>
    </View>
  );
}
