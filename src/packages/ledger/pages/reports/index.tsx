import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { prevMonth, shanghaiMonth } from '../../../../core/time';
import { PageState } from '../../../../components/PageState';
import { Button } from '../../../../components/ui';
import { useMutation } from '../../../../hooks/useMutation';
import { useQuery } from '../../../../hooks/useQuery';
import { useSession } from '../../../../hooks/useSession';
import { serverNow } from '../../../../services/server-clock';
import { PeriodPicker } from '../PeriodPicker';
import '../ledger.css';
import { dayLabel, periodLabel, whenLabel } from '../../../../core/labels';


/** One county's month: the generated lines, and (county admin) 报送 when unsent. */
function CountyReport({ month, countyId, canSend }: { month: string; countyId?: string; canSend: boolean }) {
  const q = useQuery('report.monthly', countyId ? { month, countyId } : { month });
  const send = useMutation('report.monthlySend');
  const d = q.data;
  return (
    <PageState loading={q.loading} error={q.error} onRetry={q.reload} hasData={!!d}>
      {d ? (
        <View className='card stack'>
          <View className='card-title'>
            {d.report.countyName}
            {periodLabel(month)}驻村工作情况
          </View>
          {d.report.lines.map((l, i) => (
            <Text key={i} className='ledger-text'>
              {l}
            </Text>
          ))}
          <Text className='muted'>以上数字由系统根据打卡、日志、督查纪实表、整改台账和等次评定自动生成，不需填报。</Text>
          {d.sent ? (
            <Text className={d.sent.late ? 'warn' : ''}>
              已于{whenLabel(d.sent.at)}由{d.sent.byName}报送{d.sent.late ? `（晚于${dayLabel(d.dueDay)}）` : ''}
            </Text>
          ) : (
            <Text className='muted'>尚未报送，应在{dayLabel(d.dueDay)}前报送市委组织部。</Text>
          )}
          {canSend && !d.sent ? (
            <Button
              type='primary'
              size='large'
              block
              disabled={!d.over}
              loading={send.pending}
              onClick={async () => {
                if (await send.run({ month })) await q.reload();
              }}
            >
              {d.over ? '报送市委组织部' : '月底后才能报送'}
            </Button>
          ) : null}
          {send.error ? <Text className='bad'>{send.error.message}</Text> : null}
        </View>
      ) : null}
    </PageState>
  );
}

/** The city admin: which counties sent the month's report; tap one to read it. */
function CityStatus({ month }: { month: string }) {
  const q = useQuery('report.monthlyStatus', { month });
  const [open, setOpen] = useState<string | null>(null);
  const d = q.data;
  return (
    <PageState loading={q.loading} error={q.error} onRetry={q.reload} hasData={!!d}>
      {d ? (
        <>
          <View className='card stack'>
            <Text>
              已报送{d.counties.filter((c) => c.sent).length}个县，共{d.counties.length}个县；应在{dayLabel(d.dueDay)}前报送。
            </Text>
            {d.counties.map((c) => (
              <View key={c.countyId} className='row' onClick={() => setOpen(open === c.countyId ? null : c.countyId)}>
                <Text>{c.countyName}</Text>
                <Text className={c.sent ? (c.sent.late ? 'warn' : '') : 'bad'}>{c.sent ? `${whenLabel(c.sent.at)}报送${c.sent.late ? '（逾期）' : ''} ›` : '未报送 ›'}</Text>
              </View>
            ))}
          </View>
          {open ? <CountyReport month={month} countyId={open} canSend={false} /> : null}
        </>
      ) : null}
    </PageState>
  );
}

/** 月报: the county admin reviews the generated month and sends it to the city; the city admin sees who sent. */
export default function Reports() {
  const { session } = useSession();
  const thisMonth = shanghaiMonth(serverNow());
  const [month, setMonth] = useState(() => prevMonth(thisMonth));
  const city = !!session?.roles.some((r) => r.role === 'city_admin');
  return (
    <View className='page'>
      <View className='title'>{city ? '各县月报' : '月报'}</View>
      <PeriodPicker period={month} thisMonth={thisMonth} onChange={(p) => setMonth(p.length === 4 ? `${p}-12` : p)} monthOnly />
      {session ? city ? <CityStatus month={month} /> : <CountyReport month={month} canSend /> : null}
    </View>
  );
}
