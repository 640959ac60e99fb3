import { useEffect, useMemo, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { RuleConfig } from '../../../../core/rules/config';
import { shanghaiDay, shanghaiHourMinute, shanghaiMonth } from '../../../../core/time';
import { PageState } from '../../../../components/PageState';
import { RoleTabBar } from '../../../../components/RoleTabBar';
import { Button } from '../../../../components/ui';
import { useMutation } from '../../../../hooks/useMutation';
import { useQuery } from '../../../../hooks/useQuery';
import { useSession } from '../../../../hooks/useSession';
import { newRequestId } from '../../../../services/location';
import { serverNow } from '../../../../services/server-clock';
import { CalendarCard } from './CalendarCard';
import { HistoryCard } from './HistoryCard';
import { firstErrorSelector, placeErrors, restoreGroup, sameValue, setAt, type Draft } from './draft';
import { GROUPS } from './fields';
import { RuleGroup } from './RuleGroup';
import { YearBanner } from './YearBanner';
import './index.css';

const when = (iso: string) => `${shanghaiDay(new Date(iso))} ${shanghaiHourMinute(new Date(iso))}`;

/** The calendar opens on January of `?year=` (from the 名册 banner or a 消息), else on this month. */
function initialMonth(): string {
  const year = Number(Taro.getCurrentInstance?.()?.router?.params?.year);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? `${year}-01` : shanghaiMonth(serverNow());
}

const scrollToCalendar = () => {
  Promise.resolve()
    .then(() => Taro.pageScrollTo({ selector: '#calendar', offsetTop: -20, duration: 200 }))
    .catch(() => undefined);
};

/** County admin: every threshold of the county's rules, grouped, and the county's working-day calendar. */
export default function Settings() {
  const { session } = useSession();
  const q = useQuery('settings.rules.get', {});
  const save = useMutation('settings.rules.set');
  const [view, setView] = useState(q.data);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [requestId, setRequestId] = useState(newRequestId);
  const [saved, setSaved] = useState(false);
  const [changes, setChanges] = useState(0);
  const [calendarMonth, setCalendarMonth] = useState(initialMonth);

  useEffect(() => {
    if (!q.data) return;
    setView(q.data);
    setDraft(q.data.rules as unknown as Draft);
  }, [q.data]);

  const errors = useMemo(() => placeErrors(save.error?.details ?? []), [save.error]);
  // After a refused save, bring the first field with an error into view (above the save bar).
  useEffect(() => {
    const selector = firstErrorSelector(errors);
    if (selector) Promise.resolve().then(() => Taro.pageScrollTo({ selector, offsetTop: -120, duration: 200 })).catch(() => undefined);
  }, [errors]);
  const dirty = !!view && !!draft && !sameValue(draft, view.rules);
  const edit = (next: Draft) => {
    setDraft(next);
    setSaved(false);
  };

  const submit = async () => {
    if (!view || !draft) return;
    const out = await save.run({ rules: draft as unknown as RuleConfig, version: view.version, clientRequestId: requestId });
    if (!out) return;
    setRequestId(newRequestId());
    setView(out);
    setDraft(out.rules as unknown as Draft);
    setSaved(true);
    setChanges((n) => n + 1);
  };

  const fieldErrors = Object.keys(errors.byField).length + Object.keys(errors.byGroup).length;
  return (
    <View className='page settings-page'>
      <View className='title'>设置</View>
      <View className='subtitle'>本县的考核规则和工作日历。改动只影响本县，保存后立即生效，并记入操作日志。</View>
      <YearBanner
        where='请在下方工作日历中录入'
        refresh={changes}
        shownYear={Number(calendarMonth.slice(0, 4))}
        onGo={(year) => {
          setCalendarMonth(`${year}-01`);
          scrollToCalendar();
        }}
      />
      <PageState loading={q.loading} error={q.error} onRetry={q.reload} hasData={!!draft}>
        {view && draft ? (
          <View>
            {view.problems.length > 0 ? (
              <View className='card settings-problems'>
                <Text className='card-title warn'>已保存的设置有问题</Text>
                {view.problems.map((p) => (
                  <Text className='warn setting-hint' key={p}>
                    {p}
                  </Text>
                ))}
                <Text className='muted setting-hint'>改好后保存一次即可。</Text>
              </View>
            ) : null}
            <Text className='muted settings-meta'>
              {view.updatedAt ? `上次保存：${view.updatedBy ?? ''} ${when(view.updatedAt)}` : '本县还没有改过设置，下面都是默认值。'}
            </Text>
            {GROUPS.map((g) => (
              <RuleGroup
                key={g.key}
                group={g}
                draft={draft}
                errors={errors}
                onChange={(path, value) => edit(setAt(draft, path, value))}
                onRestore={() => edit(restoreGroup(draft, g.key))}
              />
            ))}
            <CalendarCard month={calendarMonth} onMonth={setCalendarMonth} onChanged={() => setChanges((n) => n + 1)} />
            <HistoryCard refresh={changes} />
          </View>
        ) : null}
      </PageState>
      {view && draft && (dirty || save.error || saved) ? (
        <View className='settings-savebar'>
          {save.error ? (
            <Text className='bad setting-hint'>
              {fieldErrors > 0 ? `有${fieldErrors}处需要修改：${save.error.message}` : save.error.message}
            </Text>
          ) : null}
          {errors.other.map((m) => (
            <Text className='bad setting-hint' key={m}>
              {m}
            </Text>
          ))}
          {save.error?.code === 'CONFLICT' ? (
            <Text className='link' onClick={() => void q.reload()}>
              重新读取最新设置
            </Text>
          ) : null}
          {saved && !dirty ? <Text className='ok setting-hint'>已保存，立即生效。</Text> : null}
          {dirty ? (
            <Button type='primary' block size='large' loading={save.pending} disabled={save.pending} onClick={submit}>
              保存设置
            </Button>
          ) : null}
        </View>
      ) : null}
      <RoleTabBar roles={session?.roles ?? []} current='county' />
    </View>
  );
}
