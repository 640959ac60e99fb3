import { Input, Picker, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Button } from '../../../../components/ui';
import { useMutation } from '../../../../hooks/useMutation';
import { useQuery } from '../../../../hooks/useQuery';
import { isLocalMode } from '../../../../services/client';
import { currentFix, newRequestId, NoFix, type Fix } from '../../../../services/location';
import type { VisitView } from '../../../../../types/diary';

interface Household {
  id: string;
  name: string;
  group: string;
  visitsThisMonth: number;
}

/** The households whose name or 组 holds the search (spaces ignored; '3' finds 3组, '王' finds 王德贵). */
export function findHouseholds<H extends Household>(households: H[], search: string): H[] {
  const q = search.replace(/\s+/g, '');
  if (!q) return households;
  return households.filter((h) => h.name.includes(q) || h.group.includes(q) || `${h.group}${h.name}`.includes(q));
}

/** How many matches the search lists under the box before it asks for more letters. */
const LISTED = 8;

const label = (h: Household) => `${h.group} ${h.name}${h.visitsThisMonth ? `（本月走访${h.visitsThisMonth}次）` : ''}`;

interface Props {
  visits: VisitView[];
  /** The village's first fence point: the local demo offers it as a simulated position. */
  demoPoint: { lat: number; lng: number } | null;
  onRecorded: (visit: VisitView) => void;
}

/** 入户走访: pick a household of the village and record the visit on the spot (position checked). */
export function VisitCard({ visits, demoPoint, onRecorded }: Props) {
  const q = useQuery('households.list', {});
  const record = useMutation('visit.record');
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [note, setNote] = useState('');
  const [requestId, setRequestId] = useState(newRequestId);
  const [locError, setLocError] = useState<string | null>(null);
  const households = q.data?.households ?? [];
  const chosen = households.find((h) => h.id === chosenId);
  const shown = findHouseholds(households, search);
  const searching = search.trim() !== '';

  async function send(fix: Fix) {
    if (!chosen) return;
    const out = await record.run({ householdId: chosen.id, ...fix, note: note.trim(), clientRequestId: requestId });
    if (out) {
      setRequestId(newRequestId());
      setNote('');
      setChosenId(null);
      setSearch('');
      onRecorded(out.visit);
    }
  }
  async function tap() {
    setLocError(null);
    try {
      await send(await currentFix());
    } catch (e) {
      setLocError(e instanceof NoFix ? e.message : '没有拿到位置，请打开手机定位后重试。');
    }
  }

  return (
    <View className='card stack'>
      <View className='card-title'>入户走访</View>
      <Text className='muted'>到农户家里再记录，系统会核对位置。不能电话走访，也不能替别人记录。</Text>
      {visits.length > 0 ? (
        <View className='stack'>
          {visits.map((v) => (
            <View key={v.id} className='row'>
              <Text>
                {v.group} {v.householdName}
              </Text>
              <Text className='muted'>{v.note}</Text>
            </View>
          ))}
        </View>
      ) : null}
      {q.error ? <Text className='bad'>{q.error.message}</Text> : null}
      {households.length > 0 ? (
        <Input className='text-field diary-search' value={search} maxlength={20} placeholder='搜姓名或组，如：王 或 3组' onInput={(e) => setSearch(e.detail.value ?? '')} />
      ) : null}
      {searching ? (
        <View className='diary-matches'>
          {shown.length === 0 ? <Text className='muted'>没有找到“{search.trim()}”，换个字试试</Text> : null}
          {shown.slice(0, LISTED).map((h) => (
            <View key={h.id} className={`diary-match${h.id === chosenId ? ' diary-match--on' : ''}`} onClick={() => setChosenId(h.id)}>
              {label(h)}
            </View>
          ))}
          {shown.length > LISTED ? <Text className='muted'>还有{shown.length - LISTED}户，请多写几个字，或点下面的框从全部里选</Text> : null}
        </View>
      ) : null}
      <Picker
        mode='selector'
        range={shown.map(label)}
        value={Math.max(0, shown.findIndex((h) => h.id === chosenId))}
        onChange={(e) => setChosenId(shown[Number(e.detail.value)]?.id ?? null)}
      >
        <View className='diary-pick'>{chosen ? `走访农户：${chosen.group} ${chosen.name}` : searching ? `点此从找到的${shown.length}户中选` : '点此选择农户'}</View>
      </Picker>
      <Input className='text-field diary-input' value={note} maxlength={500} placeholder='一句话：了解到什么、办了什么' onInput={(e) => setNote(e.detail.value)} />
      <View>
        <Button type='primary' size='large' block disabled={!chosen || note.trim().length < 2} loading={record.pending} onClick={tap}>
          到户记录走访
        </Button>
      </View>
      {isLocalMode && demoPoint ? (
        <View>
          <Button size='large' block disabled={!chosen || note.trim().length < 2} onClick={() => send({ lat: demoPoint.lat, lng: demoPoint.lng, accuracyM: 20, fuzzy: false })}>
            用模拟位置记录（演示）
          </Button>
        </View>
      ) : null}
      {record.data ? <Text className='ok'>{record.data.message}</Text> : null}
      {record.error ? <Text className='bad'>{record.error.message}</Text> : null}
      {locError ? <Text className='bad'>{locError}</Text> : null}
    </View>
  );
}
