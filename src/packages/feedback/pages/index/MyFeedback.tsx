import { Text, View } from '@tarojs/components';
import type { ACTIONS, OutputOf } from '../../../../../types';
import { Tag } from '../../../../components/ui';
import { FEEDBACK_KIND_LABELS, FEEDBACK_STATUS_LABELS, shortTime, STATUS_TAG } from '../../../../components/feedback-labels';

type Item = OutputOf<(typeof ACTIONS)['feedback.mine']>[number];

/** What I sent and what the county answered. */
export function MyFeedback({ items }: { items: Item[] }) {
  return (
    <View className='card'>
      <View className='card-title'>我的反映</View>
      {items.length === 0 ? <Text className='muted'>还没有提交过。</Text> : null}
      {items.map((i) => (
        <View className='fb-item' key={i.id}>
          <View className='row'>
            <Text>
              {FEEDBACK_KIND_LABELS[i.kind]}
              <Text className='muted'>
                {' '}
                {shortTime(i.createdAt)}
                {i.villageName ? ` · ${i.villageName}` : ''}
                {i.anonymous ? ' · 匿名' : ''}
              </Text>
            </Text>
            <Tag type={STATUS_TAG[i.status]}>{FEEDBACK_STATUS_LABELS[i.status]}</Tag>
          </View>
          <Text className='fb-body'>{i.text}</Text>
          {i.reply ? (
            <View className='fb-reply'>
              <Text className='muted'>县委组织部答复{i.repliedAt ? `（${shortTime(i.repliedAt)}）` : ''}：</Text>
              <Text>{i.reply}</Text>
            </View>
          ) : null}
        </View>
      ))}
    </View>
  );
}
