import { Text, View } from '@tarojs/components';
import Taro, { stopPullDownRefresh, usePullDownRefresh } from '@tarojs/taro';
import type { MessageView } from '../../../../../types/supervision';
import { PageState } from '../../../../components/PageState';
import { RoleTabBar } from '../../../../components/RoleTabBar';
import { Button } from '../../../../components/ui';
import { useMutation } from '../../../../hooks/useMutation';
import { useQuery } from '../../../../hooks/useQuery';
import { useSession } from '../../../../hooks/useSession';
import './inbox.css';
import { dayLabel, whenLabel } from '../../../../core/labels';


/** 消息: reminders and notices for this person (every user), newest first; tap to open, 全部已读. */
export default function Inbox() {
  const { session } = useSession();
  const q = useQuery('messages.list', {});
  const read = useMutation('messages.read');
  const d = q.data;
  usePullDownRefresh(() => {
    void q.reload().finally(() => stopPullDownRefresh());
  });

  async function open(m: MessageView) {
    if (!m.readAt) await read.run({ id: m.id });
    void Taro.navigateTo({ url: m.page });
  }
  async function readAll() {
    if (await read.run({})) await q.reload();
  }

  return (
    <View className='page'>
      <View className='title'>消息</View>
      {d ? <View className='subtitle'>{d.unread > 0 ? `${d.unread}条未读` : '没有未读消息'}</View> : null}
      <PageState loading={q.loading} error={q.error} onRetry={q.reload} hasData={!!d}>
        {d?.failedPushes && d.failedPushes.count > 0 ? (
          <View className='card'>
            <View className='card-title'>{d.failedPushes.count}条微信提醒未能送达</View>
            <Text className='muted'>已重试仍失败，消息本身已在对方的“消息”里。请电话告知：</Text>
            {d.failedPushes.recent.map((f) => (
              <Text key={f.id} className='msg-body'>
                {f.personName}：{f.title}（{dayLabel(f.day)}）
              </Text>
            ))}
          </View>
        ) : null}
        {d && d.unread > 0 ? (
          <View className='card'>
            <Button size='large' block loading={read.pending} onClick={readAll}>
              全部标为已读
            </Button>
          </View>
        ) : null}
        {d && d.items.length === 0 ? (
          <View className='card'>
            <Text className='muted'>还没有消息。打卡提醒、日志提醒和预警会出现在这里。</Text>
          </View>
        ) : null}
        {d?.items.map((m) => (
          <View key={m.id} className={`card ${m.readAt ? 'msg-read' : 'msg-unread'}`} onClick={() => open(m)}>
            <View className='card-title'>{m.title}</View>
            <Text className='msg-body'>{m.body}</Text>
            <Text className='muted'>{whenLabel(m.createdAt)}</Text>
          </View>
        ))}
        {read.error ? <Text className='bad'>{read.error.message}</Text> : null}
      </PageState>
      <RoleTabBar roles={session?.roles ?? []} current='me' />
    </View>
  );
}
