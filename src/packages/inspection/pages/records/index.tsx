import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect } from 'react';
import { STATUS_LABELS, type RecordSummary } from '../../../../../types/inspection';
import { PageState } from '../../../../components/PageState';
import { useQuery } from '../../../../hooks/useQuery';
import { useSession } from '../../../../hooks/useSession';
import '../record/record.css';
import { monthLabel } from '../../../../core/labels';

export const RECORD_URL = '/packages/inspection/pages/record/index';
const TEMPLATE_URL = '/packages/inspection/pages/template/index';
const MINE_KEY = 'zhucun.inspection.mine';


function Line({ title, sub, status, onClick }: { title: string; sub: string; status: string; onClick: () => void }) {
  return (
    <View className='insp-fact' onClick={onClick}>
      <View className='row'>
        <Text>{title}</Text>
        <Text className={status === '已签字生效' ? 'ok' : status === '未开始' ? 'muted' : 'warn'}>{status} ›</Text>
      </View>
      <Text className='muted'>{sub}</Text>
    </View>
  );
}

const summaryStatus = (r: RecordSummary | null) => (r ? (r.status === 'signing' ? `待签字 ${r.signed}/${r.required}` : STATUS_LABELS[r.status]) : '未开始');

/**
 * 我的督查 (inspectors: the villages drawn for their team, kept on the phone for the village without a
 * network) and 督查纪实表 (everyone who may read records: their scope's records, newest first).
 */
export default function RecordsPage() {
  const { session } = useSession();
  const inspector = !!session?.roles.some((r) => r.role === 'inspector');
  const admin = !!session?.roles.some((r) => r.role === 'county_admin' || r.role === 'city_admin');
  const mine = useQuery('inspection.mine', {}, { enabled: inspector });
  const list = useQuery('inspection.list', {}, { enabled: !!session });
  useEffect(() => {
    if (mine.data) Taro.setStorageSync(MINE_KEY, mine.data);
  }, [mine.data]);
  const kept = mine.error ? (Taro.getStorageSync(MINE_KEY) as typeof mine.data | '') : undefined;
  const assigned = mine.data ?? (kept || undefined);
  const open = (url: string) => void Taro.navigateTo({ url });
  const others = (list.data?.records ?? []).filter((r) => !assigned?.villages.some((v) => v.record?.id === r.id));
  return (
    <View className='page'>
      <View className='title'>{inspector ? '我的督查' : '督查纪实表'}</View>
      {inspector ? (
        <View className='card stack'>
          <Text className='card-title'>抽中的村</Text>
          {mine.error && kept ? <Text className='warn'>现在没有网络，显示的是上次打开时的名单。</Text> : null}
          {mine.error && !kept ? <Text className='bad'>{mine.error.message}</Text> : null}
          {assigned && assigned.villages.length === 0 ? <Text className='muted'>您所在的督查组还没有抽中的村。</Text> : null}
          {assigned?.villages.map((v) => (
            <Line
              key={`${v.drawId}:${v.villageId}`}
              title={`${v.townshipName}${v.villageName}`}
              sub={`${monthLabel(v.month)} · ${v.teamName}${v.record?.noCount ? ` · ${v.record.noCount}项为否` : ''}`}
              status={summaryStatus(v.record)}
              onClick={() => open(v.record ? `${RECORD_URL}?id=${v.record.id}` : `${RECORD_URL}?drawId=${v.drawId}&villageId=${v.villageId}`)}
            />
          ))}
        </View>
      ) : null}
      <PageState loading={list.loading} error={inspector ? null : list.error} onRetry={list.reload} hasData={!!list.data}>
        {list.data && (!inspector || others.length > 0) ? (
          <View className='card stack'>
            <Text className='card-title'>{inspector ? '其他督查纪实表' : '纪实表'}</Text>
            {others.length === 0 ? <Text className='muted'>还没有督查纪实表。</Text> : null}
            {others.map((r) => (
              <Line
                key={r.id}
                title={`${r.townshipName}${r.villageName}`}
                sub={`${monthLabel(r.month)} · ${r.teamName}${r.noCount ? ` · ${r.noCount}项为否` : ''}`}
                status={summaryStatus(r)}
                onClick={() => open(`${RECORD_URL}?id=${r.id}`)}
              />
            ))}
          </View>
        ) : null}
      </PageState>
      {admin ? (
        <View className='card' onClick={() => open(TEMPLATE_URL)}>
          <View className='row'>
            <Text className='card-title'>督查指标</Text>
            <Text className='muted'>查看和修改 ›</Text>
          </View>
        </View>
      ) : null}
    </View>
  );
}
