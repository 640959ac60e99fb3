import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import type { FlagView } from '../../../../../types/presence';
import { DIARY_FLAG_KINDS } from '../../../../core/diary/flag-kinds';
import { diaryReviewUrl } from '../../../../components/diary-review';
import { NoteForm } from '../../../../components/NoteForm';
import { Button } from '../../../../components/ui';
import { useMutation } from '../../../../hooks/useMutation';
import { newRequestId } from '../../../../services/location';

/** 查看本月 (the cadre's month), 查看日志 on diary flags, and 核实销号 with a required note. */
export function FlagActions({ flag, canClear, onCleared }: { flag: FlagView; canClear: boolean; onCleared: () => void }) {
  const [open, setOpen] = useState(false);
  const [requestId] = useState(newRequestId);
  const m = useMutation('flags.clear');
  const month = flag.day.slice(0, 7);
  const viewMonth = () => void Taro.navigateTo({ url: `/packages/presence/pages/month/index?personId=${encodeURIComponent(flag.personId)}&month=${month}` });
  async function submit(note: string) {
    const out = await m.run({ flagId: flag.id, note, clientRequestId: requestId });
    if (out) onCleared();
  }
  return (
    <View className='stack'>
      {open ? (
        <NoteForm
          boxClassName='textarea flag-note'
          placeholder='核实情况（必填），如：已电话联系村支书，当天确实在村'
          actions={[{ label: '确认销号', primary: true }]}
          onConfirm={(note) => void submit(note)}
          pending={m.pending}
          error={m.error}
          onEdit={m.reset}
          onCancel={() => {
            setOpen(false);
            m.reset();
          }}
        />
      ) : null}
      <View className='flag-actions'>
        <Button size='small' onClick={viewMonth}>
          查看本月
        </Button>
        {(DIARY_FLAG_KINDS as readonly string[]).includes(flag.kind) ? (
          <Button size='small' onClick={() => void Taro.navigateTo({ url: diaryReviewUrl({ personId: flag.personId }, month) })}>
            查看日志
          </Button>
        ) : null}
        {canClear && flag.status === 'open' && !open ? (
          <Button size='small' type='primary' onClick={() => setOpen(true)}>
            核实销号
          </Button>
        ) : null}
      </View>
    </View>
  );
}
