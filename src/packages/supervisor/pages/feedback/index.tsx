import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { FeedbackStatus } from '../../../../../types/reports';
import { FEEDBACK_KIND_LABELS, FEEDBACK_STATUS_LABELS } from '../../../../../types/reports';
import { PageState } from '../../../../components/PageState';
import { RoleTabBar } from '../../../../components/RoleTabBar';
import { Tag } from '../../../../components/ui';
import { useQuery } from '../../../../hooks/useQuery';
import { useSession } from '../../../../hooks/useSession';
import { shortTime, STATUS_TAG } from '../../../../components/feedback-labels';
import { ReplyBox } from './ReplyBox';
import './admin.css';

const FILTERS: { key: FeedbackStatus | 'all'; label: string }[] = [
  { key: 'open', label: '待答复' },
  { key: 'replied', label: '已答复' },
  { key: 'closed', label: '已办结' },
  { key: 'all', label: '全部' },
];

/** The county admin's 投诉建议 inbox: read, answer, close. Anonymous items show no identity. */
export default function FeedbackAdmin() {
  const { session } = useSession();
  const [filter, setFilter] = useState<FeedbackStatus | 'all'>('open');
  const [openId, setOpenId] = useState<string | null>(null);
  const q = useQuery('feedback.list', filter === 'all' ? {} : { status: filter });
  const d = q.data;
  return (
    <View className='page'>
      <View className='title'>投诉建议{d ? `（待答复${d.open}）` : ''}</View>
      <View className='chips fb-filters'>
        {FILTERS.map((f) => (
          <Text key={f.key} className={`chip pill${filter === f.key ? ' pill--on' : ''}`} onClick={() => setFilter(f.key)}>
            {f.label}
          </Text>
        ))}
      </View>
      <PageState loading={q.loading} error={q.error} onRetry={q.reload} hasData={!!d}>
        {d && d.items.length === 0 ? (
          <View className='card'>
            <Text className='muted'>没有{FILTERS.find((f) => f.key === filter)?.label}的投诉建议。</Text>
          </View>
        ) : null}
        {d?.items.map((i) => (
          <View className='card' key={i.id}>
            <View className='row'>
              <Text className='card-title'>{FEEDBACK_KIND_LABELS[i.kind]}</Text>
              <Tag type={STATUS_TAG[i.status]}>{FEEDBACK_STATUS_LABELS[i.status]}</Tag>
            </View>
            <Text className='muted'>
              {shortTime(i.createdAt)}
              {i.villageName ? ` · ${i.townshipName ?? ''}${i.villageName}` : ''}
              {' · '}
              {i.submitter ? `${i.submitter.name}${i.submitter.contact ? `（${i.submitter.contact}）` : ''}` : '匿名'}
            </Text>
            <Text className='fb-body'>{i.text}</Text>
            {i.reply ? (
              <View className='fb-reply'>
                <Text className='muted'>已答复{i.repliedAt ? `（${shortTime(i.repliedAt)}）` : ''}：</Text>
                <Text>{i.reply}</Text>
              </View>
            ) : null}
            {i.status !== 'closed' ? (
              openId === i.id ? (
                <ReplyBox
                  id={i.id}
                  onDone={() => {
                    setOpenId(null);
                    void q.reload();
                  }}
                />
              ) : (
                <Text className='link' onClick={() => setOpenId(i.id)}>
                  {i.reply ? '再次答复或办结 ›' : '答复 ›'}
                </Text>
              )
            ) : null}
          </View>
        ))}
        {d?.more ? <Text className='muted'>只显示最近50条。</Text> : null}
      </PageState>
      <RoleTabBar roles={session?.roles ?? []} current='me' />
    </View>
  );
}
