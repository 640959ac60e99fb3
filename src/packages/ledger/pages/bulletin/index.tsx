import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { prevMonth, shanghaiMonth } from '../../../../core/time';
import { PageState } from '../../../../components/PageState';
import { Button } from '../../../../components/ui';
import { useMutation } from '../../../../hooks/useMutation';
import { useQuery } from '../../../../hooks/useQuery';
import { downloadBase64 } from '../../../../services/files';
import { serverNow } from '../../../../services/server-clock';
import { PeriodPicker } from '../PeriodPicker';
import '../ledger.css';
import './bulletin.css';

function periodParam(): string | null {
  const v = Taro.getCurrentInstance?.()?.router?.params?.period;
  if (v) return decodeURIComponent(v);
  if (process.env.TARO_ENV === 'h5' && typeof window !== 'undefined' && window.location?.hash.includes('?')) {
    return new URLSearchParams(window.location.hash.slice(window.location.hash.indexOf('?'))).get('period');
  }
  return null;
}

/** 通报: the ranking and counts per grade of the county (or the city), with Excel export and a printable layout. */
export default function Bulletin() {
  const thisMonth = shanghaiMonth(serverNow());
  const [period, setPeriod] = useState(() => periodParam() ?? prevMonth(thisMonth));
  const q = useQuery('grading.bulletin', { period });
  const xlsx = useMutation('grading.bulletinExport');
  const d = q.data;
  const [saved, setSaved] = useState<string | null>(null);
  async function exportXlsx() {
    setSaved(null);
    const out = await xlsx.run({ period });
    if (out) {
      await downloadBase64(out.fileName, out.base64);
      setSaved(out.fileName);
    }
  }
  return (
    <View className='page bulletin'>
      <View className='no-print'>
        <PeriodPicker period={period} thisMonth={thisMonth} onChange={setPeriod} />
      </View>
      <PageState loading={q.loading} error={q.error} onRetry={q.reload} hasData={!!d}>
        {d ? (
          <>
            <View className='bulletin-title'>{d.title}</View>
            <View className='bulletin-counts'>
              <Text>
                共{d.rows.length}人：{d.counts.map((c) => `${c.label}${c.count}人`).join('，')}。
              </Text>
              {d.unconfirmed > 0 ? <Text className='warn'>其中{d.unconfirmed}人尚未确认，按建议等次列出。</Text> : null}
            </View>
            <View className='bulletin-table'>
              <View className='bulletin-tr bulletin-th'>
                <Text className='c-rank'>名次</Text>
                <Text className='c-name'>姓名</Text>
                <Text className='c-place'>乡镇·村</Text>
                <Text className='c-unit'>派出单位</Text>
                <Text className='c-score'>得分</Text>
                <Text className='c-grade'>等次</Text>
              </View>
              {d.rows.map((r) => (
                <View key={r.rank} className='bulletin-tr'>
                  <Text className='c-rank'>{r.rank}</Text>
                  <Text className='c-name'>{r.name}</Text>
                  <Text className='c-place'>
                    {r.townshipName}
                    {r.villageName}
                  </Text>
                  <Text className='c-unit'>{r.unitName ?? ''}</Text>
                  <Text className='c-score'>{r.score ?? '—'}</Text>
                  <Text className='c-grade'>
                    {r.label}
                    {r.confirmed ? '' : '*'}
                  </Text>
                </View>
              ))}
            </View>
            {d.unconfirmed > 0 ? <Text className='muted'>* 未确认</Text> : null}
            <View className='card stack no-print'>
              <Button type='primary' size='large' block loading={xlsx.pending} onClick={() => void exportXlsx()}>
                导出Excel
              </Button>
              {process.env.TARO_ENV === 'h5' ? (
                <Button size='large' block onClick={() => window.print()}>
                  打印
                </Button>
              ) : null}
              {saved ? <Text className='muted'>已导出：{saved}</Text> : null}
              {xlsx.error ? <Text className='bad'>{xlsx.error.message}</Text> : null}
            </View>
          </>
        ) : null}
      </PageState>
    </View>
  );
}
