import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { ACTIONS, OutputOf } from '../../../../../types';
import { RATE_VERDICT_WORDS, rateVerdict } from '../../../../core/survey/rates';
import { Tag } from '../../../../components/ui';
import { pct } from './labels';

type Results = OutputOf<(typeof ACTIONS)['survey.results']>;
type Village = Results['villages'][number];
type Rate = NonNullable<Village['awareness']>;

const TAG = { ok: 'success', warn: 'warning', bad: 'danger', none: 'default' } as const;

function RateRow(props: { label: string; rate: Rate | null; min?: number }) {
  const r = props.rate;
  if (!r) return null;
  const v = props.min !== undefined ? RATE_VERDICT_WORDS[rateVerdict(r, props.min)] : null;
  return (
    <View className='row'>
      <View>
        <Text className='muted'>{props.label}</Text>
        <View>
          <Text className='survey-rate'>{r.n ? pct(r.rate) : '—'}</Text>
          <Text className='survey-ci'> {r.positive}/{r.n}人</Text>
        </View>
        <View>
          {r.n ? <Text className='survey-ci survey-ci--interval'>95%区间 {pct(r.low)}–{pct(r.high)}</Text> : null}
        </View>
      </View>
      {v ? (
        <View className='survey-tag'>
          <Tag type={TAG[v.tone]}>{v.word}</Tag>
        </View>
      ) : null}
    </View>
  );
}

/**
 * One village: answers against the target, the rates with their interval, and counts per question —
 * or, for a village's cadres while it has too few answers, only how many answered.
 */
export function VillageResult(props: { village: Village; awarenessMin: number; minAnswers: number; minCellAnswers: number; qr?: React.ReactNode }) {
  const v = props.village;
  const [open, setOpen] = useState(false);
  return (
    <View className='card'>
      <View className='row'>
        <Text className='card-title'>{v.villageName}</Text>
        <Text>
          {v.answers} / {v.target} 份
        </Text>
      </View>
      <View className='survey-bar'>
        <View style={{ width: `${Math.min(100, Math.round((v.answers / Math.max(1, v.target)) * 100))}%` }} />
      </View>
      {v.answers === 0 ? <Text className='muted'>还没有答卷。把二维码海报张贴到村里，村民扫码就能填。</Text> : null}
      {v.withheld && v.answers > 0 ? <Text className='muted'>答卷不足{props.minCellAnswers}份，暂不显示分项</Text> : null}
      {v.tooFew && v.answers > 0 && !v.withheld ? <Text className='warn'>答卷太少（不到{props.minAnswers}份），比例仅供参考。</Text> : null}
      <RateRow label={`知晓率（要求≥${pct(props.awarenessMin)}）`} rate={v.awareness} min={props.awarenessMin} />
      <RateRow label='满意率' rate={v.satisfaction} />
      {v.withheld ? null : (
        <Text className='link' onClick={() => setOpen(!open)}>
          {open ? '收起分题统计' : '分题统计 ›'}
        </Text>
      )}
      {open && !v.withheld
        ? v.questions.map((q, i) => (
            <View key={q.id} className='stack'>
              <Text>
                {i + 1}. {q.title}（{q.n}人答）
              </Text>
              {q.counts.map((c) => (
                <View className='row' key={c.label}>
                  <Text className='muted'>{c.label}</Text>
                  <Text>{c.count}</Text>
                </View>
              ))}
              {q.kind === 'text' ? <Text className='muted'>文字意见请导出Excel查看。</Text> : null}
            </View>
          ))
        : null}
      {props.qr}
    </View>
  );
}
