import { useState } from 'react';
import Taro, { useReachBottom } from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import type { Tone } from '../../../../../types/reports';
import { PageState } from '../../../../components/PageState';
import { RoleTabBar } from '../../../../components/RoleTabBar';
import { Button, Tag } from '../../../../components/ui';
import { useQuery } from '../../../../hooks/useQuery';
import { useSession } from '../../../../hooks/useSession';
import { api } from '../../../../services/client';
import { serverNow } from '../../../../services/server-clock';
import { shanghaiMonth } from '../../../../core/time';
import { CalendarWait } from './CalendarWait';
import { ExportButton } from './ExportButton';
import { MonthSwitcher } from './MonthSwitcher';
import { TrendChart, type TrendPoint } from './TrendChart';
import { useMore } from './useMore';
import { ratePercent, TONE_WORDS, toneTag } from './tone';
import './dashboard.css';
import { monthLabel } from '../../../../core/labels';

const villageUrl = (villageId: string, month: string) => `/packages/supervisor/pages/village/index?villageId=${encodeURIComponent(villageId)}&month=${month}`;
const cadreUrl = (personId: string, month: string) => `/packages/presence/pages/month/index?personId=${encodeURIComponent(personId)}&month=${month}`;

/** The ranking's colour filter: all, then red, orange, green (the core's words). */
const TONE_FILTERS: [Tone | undefined, string][] = [[undefined, '全部'], ['bad', TONE_WORDS.bad], ['warn', TONE_WORDS.warn], ['ok', TONE_WORDS.ok]];

/** A county may have many cadres to watch: the worst first, the rest on request. */
const AT_RISK_SHOWN = 10;

/** The supervisor's month: villages ranked by compliance, who is at risk, the last months, exports. */
export default function Dashboard() {
  const { session } = useSession();
  const [month, setMonth] = useState<string | undefined>();
  const [townshipId, setTownshipId] = useState<string | undefined>();
  const [countyId, setCountyId] = useState<string | undefined>();
  const [showAll, setShowAll] = useState(false);
  const [draft, setDraft] = useState('');
  const [search, setSearch] = useState('');
  const [tone, setTone] = useState<Tone | undefined>();
  const filters = { ...(search ? { search } : {}), ...(tone ? { tone } : {}) };
  const where = { ...(countyId ? { countyId } : {}), ...(townshipId ? { townshipId } : {}) };
  // The chart covers the last months up to this one whatever month is shown: it is asked for once per
  // scope and kept when the person switches months (another month then answers without it, faster).
  const chartKey = JSON.stringify(where);
  const [chart, setChart] = useState<{ key: string; points: TrendPoint[] } | null>(null);
  const keptChart = chart?.key === chartKey ? chart.points : null;
  const q = useQuery('reports.dashboard', { ...(month ? { month } : {}), ...where, ...filters, ...(keptChart ? { withTrend: false } : {}) });
  const d = q.data;
  const switchMonth = (m: string) => {
    if (d?.trend.length && !keptChart) setChart({ key: chartKey, points: d.trend });
    setMonth(m);
  };
  const scopeInput = { ...(d ? { month: d.month } : {}), ...where, ...filters };
  // Long lists come 50 at a time: the next page when the person scrolls to the end (or taps).
  const villages = useMore(d?.villages, d?.villagesNext, async (cursor) => {
    const next = await api('reports.dashboard', { ...scopeInput, villagesCursor: cursor });
    return { rows: next.villages, next: next.villagesNext };
  });
  const atRisk = useMore(d?.atRisk, d?.atRiskNext, async (cursor) => {
    const next = await api('reports.dashboard', { ...scopeInput, atRiskCursor: cursor });
    return { rows: next.atRisk, next: next.atRiskNext };
  });
  useReachBottom(() => {
    if (showAll && atRisk.next) void atRisk.more();
    else void villages.more();
  });
  const watchTotal = d ? Math.max(d.totals.atRisk + d.totals.failing, atRisk.rows.length) : 0;
  const roles = session?.roles ?? [];
  const canAct = roles.some((r) => r.role === 'township_supervisor' || r.role === 'county_admin');
  const waiting = q.error?.code === 'CALENDAR_UNKNOWN';
  return (
    <View className='page'>
      <View className='title'>{d ? `${d.scope.name} 驻村情况` : '驻村情况'}</View>
      {d ? <MonthSwitcher months={d.months} month={d.month} onChange={switchMonth} /> : null}
      {d && (d.counties ?? []).length > 1 ? (
        <View className='chips'>
          {d.counties.map((c) => (
            <Text
              key={c.id}
              className={`pill${d.countyId === c.id ? ' pill--on' : ''}`}
              onClick={() => {
                setCountyId(c.id);
                setTownshipId(undefined);
              }}
            >
              {c.name}
            </Text>
          ))}
        </View>
      ) : null}
      {d && d.townships.length > 0 ? (
        <View className='chips'>
          {d.townships.length > 1 || d.scope.level === 'county' ? (
            <Text className={`pill${d.scope.level === 'county' ? ' pill--on' : ''}`} onClick={() => setTownshipId(undefined)}>
              全县
            </Text>
          ) : null}
          {d.townships.map((t) => (
            <Text key={t.id} className={`pill${d.scope.id === t.id ? ' pill--on' : ''}`} onClick={() => setTownshipId(t.id)}>
              {t.name}
            </Text>
          ))}
        </View>
      ) : null}
      {waiting ? <CalendarWait month={month ?? shanghaiMonth(serverNow())} onMonth={setMonth} /> : null}
      <PageState loading={q.loading} error={waiting ? null : q.error} onRetry={q.reload} hasData={!!d}>
        {d && !waiting ? (
          <>
            <View className='card'>
              <View className='totals'>
                <View className='totals__item'>
                  <Text className='totals__n'>{d.totals.cadres}</Text>
                  <Text className='muted'>驻村干部</Text>
                </View>
                <View className='totals__item'>
                  <Text className='totals__n ok'>{d.totals.passing}</Text>
                  <Text className='muted'>{d.closed ? '达标' : '正常'}</Text>
                </View>
                <View className='totals__item'>
                  <Text className='totals__n warn'>{d.totals.atRisk}</Text>
                  <Text className='muted'>预警</Text>
                </View>
                <View className='totals__item'>
                  <Text className='totals__n bad'>{d.totals.failing}</Text>
                  <Text className='muted'>不达标</Text>
                </View>
              </View>
              <Text className='muted'>{d.closed ? `${monthLabel(d.month)}已结束` : `截至${d.today}，本月结果为进度`}</Text>
            </View>

            {canAct ? (
              <View className='links'>
                <Text className='links__item' onClick={() => void Taro.redirectTo({ url: '/packages/supervisor/pages/alerts/index' })}>
                  预警消息 ›
                </Text>
                <Text className='links__item' onClick={() => void Taro.redirectTo({ url: '/packages/supervisor/pages/approvals/index' })}>
                  请假审批 ›
                </Text>
              </View>
            ) : null}
            <View className='link' onClick={() => void Taro.navigateTo({ url: '/packages/supervisor/pages/flags/index' })}>
              核查提示（打卡、日志的可疑之处）›
            </View>

            <View className='card'>
              <View className='card-title'>需要关注的人（{watchTotal}）</View>
              {atRisk.rows.length === 0 ? <Text className='ok'>本月暂时没有需要关注的人。</Text> : null}
              {(showAll ? atRisk.rows : atRisk.rows.slice(0, AT_RISK_SHOWN)).map((p) => (
                <View className='person' key={p.personId} onClick={() => void Taro.navigateTo({ url: cadreUrl(p.personId, d.month) })}>
                  <View className='row'>
                    <Text>
                      {p.name} <Text className='muted'>{p.villageName} · {p.roleLabel}</Text>
                    </Text>
                    <Tag type={toneTag(p.tone)}>{TONE_WORDS[p.tone]}</Tag>
                  </View>
                  <Text className={p.tone}>{p.sentence}</Text>
                  {p.phone ? (
                    <Text
                      className='link call-link'
                      onClick={(e) => {
                        e.stopPropagation();
                        void Taro.makePhoneCall({ phoneNumber: p.phone! });
                      }}
                    >
                      拨打电话 {p.phone}
                    </Text>
                  ) : null}
                </View>
              ))}
              {!showAll && watchTotal > AT_RISK_SHOWN ? (
                <Text className='link' onClick={() => setShowAll(true)}>
                  还有{watchTotal - AT_RISK_SHOWN}人，全部显示 ›
                </Text>
              ) : null}
              {showAll && atRisk.next ? (
                <Text className='link' onClick={() => void atRisk.more()}>
                  {atRisk.loading ? '正在加载…' : atRisk.failed ? '没加载上，点这里重试 ›' : `再显示一些（还有${watchTotal - atRisk.rows.length}人）›`}
                </Text>
              ) : null}
            </View>

            <View className='card'>
              <View className='card-title'>各村排名</View>
              <View className='row'>
                <Input
                  className='text-field ranking-search'
                  value={draft}
                  maxlength={20}
                  confirmType='search'
                  placeholder='搜村、乡镇或第一书记'
                  onInput={(e) => setDraft(e.detail.value ?? '')}
                  onConfirm={() => setSearch(draft.trim())}
                />
                <Button size='large' onClick={() => setSearch(draft.trim())}>
                  搜索
                </Button>
              </View>
              <View className='chips'>
                {TONE_FILTERS.map(([value, word]) => (
                  <Text key={word} className={`pill${tone === value ? ' pill--on' : ''}`} onClick={() => setTone(value)}>
                    {word}
                  </Text>
                ))}
              </View>
              {search || tone ? (
                <Text className='muted'>
                  找到{d.matching}个村（排名仍按全部村算）
                  {search ? `，搜“${search}”` : ''}
                </Text>
              ) : null}
              {villages.rows.length === 0 && !(search || tone) ? <Text className='muted'>还没有村。请县级管理员先导入名册。</Text> : null}
              {villages.rows.length === 0 && (search || tone) ? <Text className='muted'>没有符合的村，换个字或颜色试试。</Text> : null}
              {villages.rows.map((v) => (
                <View className='village' key={v.id} onClick={() => void Taro.navigateTo({ url: villageUrl(v.id, d.month) })}>
                  <View className='row'>
                    <Text className='village__name'>
                      <Text className='village__rank'>{v.rank}</Text>
                      {v.name}
                      {d.scope.level === 'county' ? <Text className='muted'> {v.townshipName}</Text> : null}
                    </Text>
                    <Tag type={toneTag(v.tone)}>{d.closed && v.tone === 'ok' ? '达标' : TONE_WORDS[v.tone]}</Tag>
                  </View>
                  <View className='village__meta'>
                    <Text className='muted'>第一书记 {v.firstSecretary ?? '未设'}</Text>
                    {v.presentToday !== null ? (
                      <Text className='muted'>
                        今日在村 {v.presentToday}/{v.cadres}
                      </Text>
                    ) : null}
                    <Text className='muted'>
                      {d.closed ? '达标' : '正常'} {v.passingCadres}/{v.cadres}人（{ratePercent(v.complianceRate)}）
                    </Text>
                  </View>
                  {v.reasons.map((r) => (
                    <Text className={`village__reason ${v.tone}`} key={r}>
                      {r}
                    </Text>
                  ))}
                </View>
              ))}
              {villages.next ? (
                <Text className='link' onClick={() => void villages.more()}>
                  {villages.loading ? '正在加载…' : villages.failed ? '没加载上，点这里重试 ›' : `往下看更多村（共${d.matching}个）›`}
                </Text>
              ) : null}
            </View>

            <TrendChart points={keptChart ?? d.trend} />

            <View className='card stack'>
              <View className='card-title'>导出</View>
              <Text className='muted'>一村一行的{d.scope.name}{monthLabel(d.month)}汇总表（Excel，可用 WPS 打开）。各村月纪实表在村页面导出。</Text>
              <ExportButton
                label='导出汇总表'
                make={() => api('reports.summary', { month: d.month, ...(d.scope.level === 'township' ? { townshipId: d.scope.id } : {}) })}
              />
            </View>

            <View className='card'>
              <View className='card-title'>颜色说明</View>
              {d.legend.map((l) => (
                <Text className='legend-line' key={l}>
                  {l}
                </Text>
              ))}
            </View>
          </>
        ) : null}
      </PageState>
      <RoleTabBar roles={roles} current='villages' />
    </View>
  );
}
