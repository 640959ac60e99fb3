import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { diaryReviewUrl } from '../../../../components/diary-review';
import { PageState } from '../../../../components/PageState';
import { Button, Tag } from '../../../../components/ui';
import { dayLabel, monthLabel } from '../../../../core/labels';
import { nextMonth, prevMonth, shanghaiMonth } from '../../../../core/time';
import { useQuery } from '../../../../hooks/useQuery';
import { api } from '../../../../services/client';
import { ExportButton } from '../villages/ExportButton';
import { TONE_WORDS, toneTag } from '../villages/tone';
import '../villages/dashboard.css';
import './village.css';
import { serverNow } from '../../../../services/server-clock';

const RULE_WORDS = { presence: '驻村天数', absence: '无故缺勤', diary: '工作日志', coverage: '每日有人在村' } as const;
/** A word per rule outcome: a mark like ○ read as both 'passed' and 'in progress'. */
const STATUS_WORD = { pass: '通过', fail: '不达标', pending: '进行中', 'not-applicable': '不考核' } as const;
const STATUS_CLASS = { pass: 'ok', fail: 'bad', pending: 'muted', 'not-applicable': 'muted' } as const;

function param(name: 'villageId' | 'month'): string {
  const v = Taro.getCurrentInstance?.()?.router?.params?.[name];
  return v ? decodeURIComponent(v) : '';
}

/** One village's month for the supervisor: each cadre's figures and rule results, drill-down, 月纪实表. */
export default function VillageMonth() {
  const [villageId] = useState(() => param('villageId'));
  const thisMonth = shanghaiMonth(serverNow());
  const [month, setMonth] = useState(() => param('month') || thisMonth);
  const q = useQuery('reports.village', { villageId, month }, { enabled: !!villageId });
  const d = q.data;
  if (!villageId) {
    return (
      <View className='page'>
        <View className='card'>
          <Text className='bad'>没有指定村，请从“各村”页面进入。</Text>
        </View>
      </View>
    );
  }
  return (
    <View className='page'>
      <View className='title'>{d ? `${d.village.townshipName} ${d.village.name}` : '村月度情况'}</View>
      <View className='month-switch'>
        <View className='month-switch__btn' onClick={() => setMonth(prevMonth(month))}>
          <Text>‹ 上月</Text>
        </View>
        <Text className='month-switch__label'>{monthLabel(month)}</Text>
        <View
          className={`month-switch__btn${month < thisMonth ? '' : ' month-switch__btn--off'}`}
          onClick={() => month < thisMonth && setMonth(nextMonth(month))}
        >
          <Text>下月 ›</Text>
        </View>
      </View>
      <PageState loading={q.loading} error={q.error} onRetry={q.reload} hasData={!!d}>
        {d ? (
          <>
            <View className='card'>
              <View className='row'>
                <Text className='card-title'>本村{d.closed ? '本月结果' : '本月进度'}</Text>
                <Tag type={toneTag(d.tone)}>{TONE_WORDS[d.tone]}</Tag>
              </View>
              {d.reasons.length === 0 ? <Text className='ok'>各项规则目前都没有问题。</Text> : null}
              {d.reasons.map((r) => (
                <Text className='village__reason bad' key={r}>
                  {r}
                </Text>
              ))}
              <View className='row'>
                <Text className='muted'>每日有人在村</Text>
                <Text className={STATUS_CLASS[d.coverage.status]}>
                  {d.coverage.gapDays.length ? `无人在村${d.coverage.gapDays.length}天` : '每天都有人'}
                </Text>
              </View>
              {d.coverage.gapDays.length ? <Text className='muted'>{d.coverage.gapDays.map(dayLabel).join('、')}</Text> : null}
            </View>

            {d.cadres.map((c) => (
              <View className='card' key={c.personId}>
                <View className='row'>
                  <Text className='card-title'>
                    {c.name} <Text className='muted'>{c.roleLabel}</Text>
                  </Text>
                  <Tag type={toneTag(c.tone)}>{TONE_WORDS[c.tone]}</Tag>
                </View>
                {c.unitName ? <Text className='muted'>派出单位：{c.unitName}</Text> : null}
                {c.phone ? (
                  <Button block size='large' onClick={() => void Taro.makePhoneCall({ phoneNumber: c.phone! })}>
                    拨打电话 {c.phone}
                  </Button>
                ) : (
                  <Text className='muted'>名册里没有手机号</Text>
                )}
                <View className='row'>
                  <Text>已计在村</Text>
                  <Text>
                    <Text className='figure__n'>{c.presentDays}</Text>
                    {c.requiredDays === null ? ' 天（该角色不考核天数）' : ` / 至少${c.requiredDays}天`}
                  </Text>
                </View>
                <View className='row'>
                  <Text className='muted'>外勤 · 公假 · 请假</Text>
                  <Text>
                    {c.fieldDays}天 · {c.officialDays}天 · {c.leaveDays}天
                  </Text>
                </View>
                <View className='row'>
                  <Text className='muted'>无故缺勤</Text>
                  <Text className={c.absences ? 'bad' : ''}>{c.absences}天</Text>
                </View>
                <View className='row'>
                  <Text className='muted'>工作日志</Text>
                  <Text className={c.diaryLate + c.diaryMissing ? 'warn' : ''}>
                    按时{c.diaryOnTime}天，补写{c.diaryLate}天，缺{c.diaryMissing}天
                  </Text>
                </View>
                {c.rules.map((r) => (
                  <View className='rule' key={r.rule}>
                    <Text className={`rule__mark ${STATUS_CLASS[r.status]}`}>{STATUS_WORD[r.status]}</Text>
                    <Text className='rule__text'>
                      <Text className='rule__name'>{RULE_WORDS[r.rule]}：</Text>
                      {r.reason}
                    </Text>
                  </View>
                ))}
                <Text
                  className='link'
                  onClick={() =>
                    void Taro.navigateTo({ url: `/packages/presence/pages/month/index?personId=${encodeURIComponent(c.personId)}&month=${d.month}` })
                  }
                >
                  查看{c.name}的月历 ›
                </Text>
                <Text className='link' onClick={() => void Taro.navigateTo({ url: diaryReviewUrl({ personId: c.personId }, d.month) })}>
                  查看{c.name}的工作日志 ›
                </Text>
              </View>
            ))}
            {d.cadres.length === 0 ? (
              <View className='card'>
                <Text className='muted'>本村还没有驻村干部。</Text>
              </View>
            ) : null}

            <View className='card stack'>
              <View className='card-title'>月纪实表</View>
              <Text className='muted'>每人一行，含驻村、外勤、公假、请假、缺勤、日志和结果，留有乡镇和县级审核栏（Excel，可用 WPS 打开）。</Text>
              <ExportButton label='导出月纪实表' make={() => api('reports.villageMonth', { villageId, month: d.month })} />
            </View>
          </>
        ) : null}
      </PageState>
    </View>
  );
}
