import { useEffect } from 'react';
import { Text, View } from '@tarojs/components';
import type { SettingsChange } from '../../../../../types/settings';
import { shanghaiDay, shanghaiHourMinute } from '../../../../core/time';
import { useQuery } from '../../../../hooks/useQuery';
import { describe } from './draft';
import { GROUPS } from './fields';

const FIELDS = new Map(GROUPS.flatMap((g) => g.fields.map((f) => [f.path, f] as const)));

const when = (iso: string) => `${shanghaiDay(new Date(iso)).slice(5)} ${shanghaiHourMinute(new Date(iso))}`;

/** The lines of one change: which settings went from what to what, or what happened to which day. */
export function changeLines(c: SettingsChange): string[] {
  if (c.kind === 'calendar' && c.day) {
    const what = c.day.kind === 'rest' ? '设为休息日' : c.day.kind === 'workday' ? '设为加班日' : '取消本县调整';
    return [`${c.day.date} ${what}（${c.day.reason}）`];
  }
  if (c.kind === 'year' && c.year) {
    const { year, holidays, makeupWorkdays, corrected } = c.year;
    return [`${corrected ? '修改' : '录入'}${year}年节假日安排：${holidays}个假期，${makeupWorkdays}个调休上班日`];
  }
  if (c.settings.length === 0) return ['保存设置，没有改动'];
  return c.settings.map((s) => {
    const f = FIELDS.get(s.path);
    return f ? `${f.label}：${describe(s.before, f.kind, f.unit)} → ${describe(s.after, f.kind, f.unit)}` : `${s.path}：已修改`;
  });
}

/** 修改记录: the latest changes to settings and calendar, from the audit log. `refresh` changes after each save. */
export function HistoryCard({ refresh }: { refresh: number }) {
  const q = useQuery('settings.history', {});
  const { reload } = q;
  useEffect(() => {
    if (refresh > 0) void reload();
  }, [refresh, reload]);
  return (
    <View className='card' id='history'>
      <Text className='card-title'>修改记录</Text>
      {q.error ? (
        <Text className='bad setting-hint' onClick={() => void q.reload()}>
          {q.error.message}（点此重试）
        </Text>
      ) : null}
      {q.data && q.data.length === 0 ? <Text className='muted setting-hint'>还没有修改过。</Text> : null}
      {(q.data ?? []).map((c, i) => (
        <View className='setting' key={`${c.at}:${i}`}>
          <Text className='muted setting-hint'>{`${c.by ?? ''} ${when(c.at)}`}</Text>
          {changeLines(c).map((line) => (
            <Text className='setting-hint' key={line}>
              {line}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}
