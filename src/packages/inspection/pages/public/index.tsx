import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import { DRAW_URLS } from '../draws/draw-text';
import { loadPublic, publicJsonUrl, type PublicDraw, type PublicIndex } from './load';
import '../draws/draws.css';
import { CommitmentLines, DrawHeader, SelectionCard } from '../draw/DrawCards';
import { FrameCard } from '../draw/FrameCard';
import { monthLabel } from '../../../../core/labels';

const STATUS = { planned: '未公示', committing: '已公示，等待承诺和揭示', drawn: '已开奖' } as const;

/** The public record of one draw: plan, frame, commitments, reveals, seed and selection, and how to check it. */
function DrawRecord({ d }: { d: PublicDraw }) {
  const county = (c: string) => d.countyNames[c] ?? c;
  const frameName = new Map(d.frame.map((f) => [f.villageId, f.name]));
  const team = new Map(d.teams.map((t) => [t.teamId, t.name]));
  const sentTo = new Map(d.assignments.map((a) => [a.villageId, a.teamId ? team.get(a.teamId) ?? a.teamId : '—']));
  const committer = new Map(d.commitments.map((c) => [c.personId, c.name]));
  const url = publicJsonUrl(d.id);
  return (
    <>
      <DrawHeader d={d} status={STATUS[d.status]} suffix='摇号抽查' />
      <View className='card stack'>
        <View className='card-title'>计划</View>
        <Text>
          抽取比例{Math.round(d.rate * 100)}%，{d.frameRuleText}，每个县至少抽1个村。
        </Text>
        {d.quotas.map((q) => (
          <Text key={q.countyId}>
            {county(q.countyId)}：名单{q.n}个村，抽{q.k}个
          </Text>
        ))}
        <Text className='muted'>{d.publicValue ? `公开数：${d.publicValue.text}（${d.publicValue.source}）` : '没有公开数。'}</Text>
      </View>
      <View className='card stack'>
        <View className='card-title'>督查组成员的承诺</View>
        {d.commitments.length === 0 ? <Text className='muted'>还没有人提交承诺。</Text> : null}
        <CommitmentLines commitments={d.commitments} />
      </View>
      <View className='card stack'>
        <View className='card-title'>揭示</View>
        {d.reveals.length === 0 ? <Text className='muted'>还没有人揭示。</Text> : null}
        {d.reveals.map((r) => (
          <View key={r.personId} className='row'>
            <Text>{committer.get(r.personId) ?? r.personId}</Text>
            <Text className={r.value ? 'draw-mono' : 'muted'}>{r.value ?? '已揭示，开奖后公布'}</Text>
          </View>
        ))}
      </View>
      {d.status === 'drawn' ? (
        <SelectionCard
          seed={d.seed}
          selection={d.selection.map((s) => ({ ...s, name: frameName.get(s.villageId) ?? '', teamName: sentTo.get(s.villageId) ?? '—' }))}
          countyName={county}
        />
      ) : null}
      <View className='card stack'>
        <View className='card-title'>怎样核对</View>
        {d.howToCheck.map((line) => (
          <Text key={line}>{line}</Text>
        ))}
        <Text className='muted'>种子的算法：</Text>
        <Text className='draw-mono'>{d.seedFormula}</Text>
        {url ? (
          <>
            <Text className='muted'>本次摇号的公开数据：</Text>
            <Text className='draw-mono'>{url}</Text>
          </>
        ) : null}
      </View>
      <FrameCard frame={d.frame} countyName={county} />
    </>
  );
}

/** 摇号公示: open to anyone, no login; the list of published draws, or one draw with ?id=. */
export default function PublicDrawPage() {
  const id = useRouter().params.id || undefined;
  const [data, setData] = useState<{ index?: PublicIndex; draw?: PublicDraw }>();
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    setError(null);
    loadPublic(id).then(setData, (e: unknown) => setError(e instanceof Error && /[\u4e00-\u9fa5]/.test(e.message) ? e.message : '网络不好，没有打开。'));
  }, [id]);
  useEffect(load, [load]);
  return (
    <View className='page'>
      {error ? (
        <View className='card stack'>
          <Text className='bad'>{error}</Text>
          <Text className='link' onClick={load}>
            重试
          </Text>
        </View>
      ) : null}
      {!data && !error ? <Text className='muted'>正在打开…</Text> : null}
      {data?.draw ? <DrawRecord d={data.draw} /> : null}
      {data?.index ? (
        <>
          <View className='title'>摇号公示</View>
          <View className='subtitle'>督查抽哪些村，由督查组成员各自的秘密数字共同决定，任何人都可以核对。</View>
          <View className='card stack'>
            {data.index.draws.length === 0 ? <Text className='muted'>还没有公开的摇号。</Text> : null}
            {data.index.draws.map((x) => (
              <View key={x.id} className='draw-line' onClick={() => void Taro.navigateTo({ url: `${DRAW_URLS.open}?id=${x.id}` })}>
                <View className='row'>
                  <Text>
                    {x.scopeName} {monthLabel(x.month)}
                  </Text>
                  <Text className={x.status === 'drawn' ? 'ok' : 'warn'}>{x.status === 'drawn' ? '已开奖' : '等待开奖'} ›</Text>
                </View>
                <Text className='muted'>
                  名单{x.frameSize}个村{x.status === 'drawn' ? `，抽中${x.selected}个` : ''}
                </Text>
              </View>
            ))}
          </View>
        </>
      ) : null}
    </View>
  );
}
