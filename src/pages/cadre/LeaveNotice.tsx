import { Text, View } from '@tarojs/components';
import { dayLabel } from '../../core/labels';
import type { ACTIONS, OutputOf } from '../../../types';

type HomeLeave = OutputOf<(typeof ACTIONS)['cadre.today']>['leave'];

/** 11月23日至11月24日, or just 12月4日 for a one-day leave. */
const span = (s: { from: string; to: string }) => (s.from === s.to ? dayLabel(s.from) : `${dayLabel(s.from)}至${dayLabel(s.to)}`);

/** The cadre's leave today, in one short line each: on leave, waiting for approval, return overdue. */
export function LeaveNotice({ leave }: { leave: HomeLeave }) {
  const { onLeave, pending, overdue } = leave;
  if (!onLeave && !pending && !overdue) return null;
  return (
    <View className='card stack'>
      {onLeave ? (
        <Text className='ok'>
          今天请假中（{span(onLeave)}），返岗后在村打卡即自动销假
        </Text>
      ) : null}
      {pending ? (
        <Text className='warn'>
          请假待审批（{span(pending)}）
        </Text>
      ) : null}
      {overdue ? (
        <Text className='bad'>
          请假已于{dayLabel(overdue.to)}结束，还没有销假，请尽快返岗并在村打卡
        </Text>
      ) : null}
    </View>
  );
}
