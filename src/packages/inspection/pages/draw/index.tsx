import { Text, View } from '@tarojs/components';
import Taro, { stopPullDownRefresh, usePullDownRefresh, useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { PageState } from '../../../../components/PageState';
import { Button } from '../../../../components/ui';
import { useMutation } from '../../../../hooks/useMutation';
import { useQuery } from '../../../../hooks/useQuery';
import { useSession } from '../../../../hooks/useSession';
import { newRequestId } from '../../../../services/location';
import { DRAW_URLS, STATUS_TEXT, timeText } from '../draws/draw-text';
import { CommitForm, RevealForm } from './SecretForms';
import '../draws/draws.css';
import { CommitmentLines, DrawHeader, SelectionCard } from './DrawCards';
import { FrameCard } from './FrameCard';

/** One draw: the plan and frame, commitments arriving, reveals, and once drawn the seed and the villages. */
export default function DrawPage() {
  const id = useRouter().params.id ?? '';
  const { session } = useSession();
  const q = useQuery('draw.get', { drawId: id }, { enabled: !!id && !!session });
  const publish = useMutation('draw.publish');
  const [publishId] = useState(newRequestId);
  const d = q.data;
  const personId = session?.person?.id ?? '';
  usePullDownRefresh(() => {
    void q.reload().finally(() => stopPullDownRefresh());
  });
  const countyName = (c: string) => d?.countyNames[c] ?? c;
  async function doPublish() {
    if (await publish.run({ drawId: id, clientRequestId: publishId })) await q.reload();
  }
  return (
    <View className='page'>
      <PageState loading={q.loading} error={q.error} onRetry={q.reload} hasData={!!d}>
        {d ? (
          <>
            <DrawHeader d={d} status={STATUS_TEXT[d.status]} suffix='摇号' />
            <View className='card stack'>
              <View className='card-title'>计划</View>
              <Text>
                抽取比例{Math.round(d.rate * 100)}% · {d.frameRuleText} · 名单共{d.frame.length}个村
              </Text>
              {d.quotas.map((x) => (
                <Text key={x.countyId}>
                  {countyName(x.countyId)}：{x.n}个村中抽{x.k}个
                </Text>
              ))}
              <Text className='muted'>{d.publicValue ? `公开数：${d.publicValue.text}（${d.publicValue.source}）` : '没有公开数，种子只由督查组成员的数字决定。'}</Text>
              {d.teams.map((t) => (
                <Text key={t.teamId} className='muted'>
                  {t.name}：{t.memberNames.join('、')}
                  {d.scopeLevel === 'city' ? `（不查${t.homeCountyIds.map(countyName).join('、')}）` : ''}
                </Text>
              ))}
            </View>
            {d.me.canManage && d.status === 'planned' ? (
              <View className='card stack'>
                <Text>公示后，名单、比例和要提交承诺的成员就公开了，不能再改。</Text>
                {publish.error ? <Text className='bad'>{publish.error.message}</Text> : null}
                <Button type='primary' size='xlarge' block loading={publish.pending} onClick={doPublish}>
                  公示
                </Button>
              </View>
            ) : null}
            {d.me.isMember && d.status === 'committing' && !d.me.committed ? <CommitForm drawId={d.id} personId={personId} onDone={q.reload} /> : null}
            {d.me.isMember && d.status === 'committing' && d.me.committed && !d.me.revealed && d.waitingCommit.length === 0 ? (
              <RevealForm drawId={d.id} personId={personId} myHash={d.me.myHash} onDone={q.reload} />
            ) : null}
            {d.me.isMember && d.status === 'committing' && d.me.committed && d.waitingCommit.length > 0 ? (
              <View className='card'>
                <Text className='ok'>您的承诺已提交。等{d.waitingCommit.join('、')}提交承诺后，回到这里揭示。</Text>
              </View>
            ) : null}
            {d.status !== 'planned' ? (
              <View className='card stack'>
                <View className='card-title'>
                  承诺（{d.commitments.length}/{d.commitments.length + d.waitingCommit.length}）
                </View>
                <CommitmentLines commitments={d.commitments} />
                {d.waitingCommit.length ? <Text className='warn'>还没提交：{d.waitingCommit.join('、')}</Text> : null}
              </View>
            ) : null}
            {d.status !== 'planned' && d.waitingCommit.length === 0 ? (
              <View className='card stack'>
                <View className='card-title'>揭示</View>
                {d.reveals.map((r) => (
                  <View key={r.personId} className='row'>
                    <Text>{r.name}</Text>
                    <Text className={r.value ? 'draw-mono' : 'ok'}>{r.value ?? `已揭示 ${timeText(r.at)}`}</Text>
                  </View>
                ))}
                {d.waitingReveal.length ? <Text className='warn'>还没揭示：{d.waitingReveal.join('、')}</Text> : null}
              </View>
            ) : null}
            {d.status === 'drawn' ? (
              <SelectionCard seed={d.seed} selection={d.selection} countyName={countyName}>
                <Text className='muted'>摇号结果一经揭示即为最终结果，不重新摇号。</Text>
              </SelectionCard>
            ) : null}
            <FrameCard frame={d.frame} countyName={countyName} />
            {d.status !== 'planned' ? (
              <View className='card' onClick={() => void Taro.navigateTo({ url: `${DRAW_URLS.open}?id=${d.id}` })}>
                <View className='row'>
                  <Text className='card-title'>公开页面和核对方法</Text>
                  <Text className='muted'>打开 ›</Text>
                </View>
              </View>
            ) : null}
          </>
        ) : null}
      </PageState>
    </View>
  );
}
