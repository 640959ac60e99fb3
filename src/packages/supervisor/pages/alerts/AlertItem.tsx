import { Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import type { AlertView } from '../../../../../types/supervision';
import { Button, Tag } from '../../../../components/ui';
import { useMutation } from '../../../../hooks/useMutation';

function ageLabel(days: number): string {
  return days === 0 ? '今天' : `${days}天前`;
}

/** One alert: what, where, who, how old; 已处理 with an optional note while it is open. */
export function AlertItem({ alert, onAcked }: { alert: AlertView; onAcked: () => void }) {
  const [note, setNote] = useState('');
  const m = useMutation('alerts.ack');
  const open = alert.status === 'open';

  async function ack() {
    const out = await m.run({ alertId: alert.id, ...(note.trim() ? { note: note.trim() } : {}) });
    if (out) onAcked();
  }

  return (
    <View className={`card stack${open && alert.escalatedAt ? ' alert-escalated' : ''}`}>
      <View className='row'>
        <Text className='card-title'>{alert.kindLabel}</Text>
        {alert.escalatedAt ? <Tag type='danger'>已转县级</Tag> : <Tag type={open ? 'warning' : 'success'}>{open ? '待处理' : '已处理'}</Tag>}
      </View>
      <Text className='alert-text'>{alert.text}</Text>
      <View className='row'>
        <Text className='muted'>
          {[alert.townshipName, alert.villageName, alert.personName].filter(Boolean).join(' · ')}
        </Text>
        <Text className='muted'>{ageLabel(alert.ageDays)}</Text>
      </View>
      {open ? (
        <>
          <Textarea
            className='alert-note'
            value={note}
            maxlength={200}
            placeholder='处理情况（选填），如：已电话联系'
            onInput={(e) => {
              setNote(e.detail.value);
              m.reset();
            }}
          />
          {m.error ? <Text className='bad'>{m.error.details[0]?.message ?? m.error.message}</Text> : null}
          <Button type='primary' size='large' block loading={m.pending} onClick={ack}>
            标记已处理
          </Button>
        </>
      ) : (
        <View className='row'>
          <Text className='muted'>{alert.ackByName ?? ''} 处理</Text>
          <Text>{alert.ackNote ?? '无备注'}</Text>
        </View>
      )}
    </View>
  );
}
