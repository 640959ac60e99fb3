import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { prevMonth, shanghaiMonth } from '../../../../core/time';
import { PageState } from '../../../../components/PageState';
import { Button } from '../../../../components/ui';
import { useQuery } from '../../../../hooks/useQuery';
import { serverNow } from '../../../../services/server-clock';
import { PeriodPicker } from '../PeriodPicker';
import { GradeCard } from './GradeCard';
import '../ledger.css';

export const BULLETIN_URL = (period: string) => `/packages/ledger/pages/bulletin/index?period=${period}`;

/** 等次评定: the county admin reviews and confirms each cadre's grade for a month or a year. */
export default function Grades() {
  const thisMonth = shanghaiMonth(serverNow());
  const [period, setPeriod] = useState(() => prevMonth(thisMonth));
  const q = useQuery('grading.review', { period });
  const d = q.data;
  return (
    <View className='page'>
      <View className='title'>等次评定</View>
      <PeriodPicker period={period} thisMonth={thisMonth} onChange={setPeriod} />
      <PageState loading={q.loading} error={q.error} onRetry={q.reload} hasData={!!d}>
        {d ? (
          <>
            <View className='card stack'>
              <Text>
                共{d.rows.length}人，已确认{d.confirmedCount}人。建议等次由考勤、群众评价、督查得分和整改情况算出，确认前请逐人核对。
              </Text>
              <Button size='large' block onClick={() => void Taro.navigateTo({ url: BULLETIN_URL(period) })}>
                查看通报
              </Button>
            </View>
            {d.rows.map((r) => (
              <GradeCard key={r.personId} row={r} period={period} over={d.over} onDone={() => void q.reload()} />
            ))}
          </>
        ) : null}
      </PageState>
    </View>
  );
}
