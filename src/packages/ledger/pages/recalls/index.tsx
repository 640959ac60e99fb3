import { Text, View } from '@tarojs/components';
import { stopPullDownRefresh, usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import type { RecallView } from '../../../../../types/grades';
import { NoteForm } from '../../../../components/NoteForm';
import { PageState } from '../../../../components/PageState';
import { Button } from '../../../../components/ui';
import { useMutation } from '../../../../hooks/useMutation';
import { useQuery } from '../../../../hooks/useQuery';
import { useSession } from '../../../../hooks/useSession';
import '../ledger.css';
import { periodLabel } from '../../../../core/labels';

function RecallCard({ r, canDo, onDone }: { r: RecallView; canDo: boolean; onDone: () => void }) {
  const done = useMutation('recall.done');
  const [open, setOpen] = useState(false);
  return (
    <View className='card stack'>
      <View className='row'>
        <Text className='card-title'>
          {r.personName}（{r.villageName}）
        </Text>
        <Text className={r.status === 'open' ? 'bad' : 'muted'}>{r.status === 'open' ? '待办理' : '已办理'}</Text>
      </View>
      <Text>
        {periodLabel(r.period)}确定为不称职，请{r.unitName}召回并重新选派。
      </Text>
      <Text className='muted'>理由：{r.reason}</Text>
      {r.doneNote ? <Text>办理情况：{r.doneNote}</Text> : null}
      {canDo && r.status === 'open' ? (
        open ? (
          <NoteForm
            placeholder='办理情况（如：已召回，另派某某同志某日到岗）'
            actions={[{ label: '标记已办理', primary: true, minLength: 2 }]}
            onConfirm={async (note) => {
              if (await done.run({ recallId: r.id, note })) onDone();
            }}
            pending={done.pending}
            error={done.error}
            onCancel={() => setOpen(false)}
          />
        ) : (
          <Button type='primary' size='large' block onClick={() => setOpen(true)}>
            办理完成
          </Button>
        )
      ) : null}
    </View>
  );
}

/** 召回任务 (召回并重新选派): the sending unit's contact sees and closes theirs; the county admin follows them. */
export default function Recalls() {
  const { session } = useSession();
  const q = useQuery('recall.list', {});
  usePullDownRefresh(() => void q.reload().finally(() => stopPullDownRefresh()));
  const canDo = !!session?.roles.some((r) => r.role === 'unit_contact');
  return (
    <View className='page'>
      <View className='title'>召回任务</View>
      <PageState loading={q.loading} error={q.error} onRetry={q.reload} hasData={!!q.data}>
        {q.data && q.data.length === 0 ? (
          <View className='card'>
            <Text className='muted'>没有召回任务。</Text>
          </View>
        ) : null}
        {q.data?.map((r) => <RecallCard key={r.id} r={r} canDo={canDo} onDone={() => void q.reload()} />)}
      </PageState>
    </View>
  );
}
