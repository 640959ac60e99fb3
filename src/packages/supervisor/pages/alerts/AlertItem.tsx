import { Text, View } from '@tarojs/components';
import type { AlertView } from '../../../../../types/supervision';
import { NoteForm } from '../../../../components/NoteForm';
import { Tag } from '../../../../components/ui';
import { useMutation } from '../../../../hooks/useMutation';

function ageLabel(days: number): string {
  return days === 0 ? '今天' : `${days}天前`;
}

/** One alert: what, where, who, how old; 已处理 with an optional note while it is open. */
export function AlertItem({ alert, onAcked }: { alert: AlertView; onAcked: () => void }) {
  const m = useMutation('alerts.ack');
  const open = alert.status === 'open';

  async function ack(note: string) {
    const out = await m.run({ alertId: alert.id, ...(note ? { note } : {}) });
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
        <NoteForm
          placeholder='处理情况（选填），如：已电话联系'
          actions={[{ label: '标记已处理', primary: true }]}
          onConfirm={(note) => void ack(note)}
          pending={m.pending}
          error={m.error}
          onEdit={m.reset}
        />
      ) : (
        <View className='row'>
          <Text className='muted'>{alert.ackByName ?? ''} 处理</Text>
          <Text>{alert.ackNote ?? '无备注'}</Text>
        </View>
      )}
    </View>
  );
}
