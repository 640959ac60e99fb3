import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { PageState } from '../../../../components/PageState';
import { RoleTabBar } from '../../../../components/RoleTabBar';
import { Button, Tag } from '../../../../components/ui';
import { useQuery } from '../../../../hooks/useQuery';
import { useSession } from '../../../../hooks/useSession';
import { ACTIONS, audienceAdmits } from '../../../../../types';
import { DETAIL_URL, NEW_URL, STATE_LABELS, STATE_TAG } from './labels';
import './surveys.css';
import { dayLabel } from '../../../../core/labels';

/**
 * 问卷: the campaigns touching the caller's villages, with answers so far. Supervisors create them
 * here; a village's own cadres (from 我的 · 群众评价) see their village's campaigns and rates only.
 */
export default function Surveys() {
  const { session } = useSession();
  const q = useQuery('survey.listCampaigns', {});
  const list = q.data?.campaigns;
  const organiser = !!session && audienceAdmits(ACTIONS['survey.createCampaign'].audience, session.roles);
  return (
    <View className='page'>
      <View className='title'>{organiser ? '群众问卷' : '群众评价'}</View>
      <View className='subtitle'>村民扫码匿名填写，统计知晓率和满意率</View>
      {organiser ? (
        <View className='survey-actions'>
          <Button type='primary' size='large' block onClick={() => void Taro.navigateTo({ url: NEW_URL })}>
            新建问卷
          </Button>
        </View>
      ) : null}
      <PageState loading={q.loading} error={q.error} onRetry={q.reload} hasData={!!list}>
        {list && list.length === 0 ? (
          <View className='card'>
            <Text className='muted'>
              {organiser ? '还没有问卷。点“新建问卷”，选模板和村，就能生成每个村的二维码。' : '本村还没有问卷。乡镇或县里发起后，结果会显示在这里。'}
            </Text>
          </View>
        ) : null}
        {list?.map((c) => (
          <View className='card' key={c.id} onClick={() => void Taro.navigateTo({ url: `${DETAIL_URL}?id=${c.id}` })}>
            <View className='row'>
              <Text className='card-title'>{c.title}</Text>
              <Tag type={STATE_TAG[c.state]}>{STATE_LABELS[c.state]}</Tag>
            </View>
            <View className='row'>
              <Text className='muted'>时间</Text>
              <Text>
                {dayLabel(c.from)} – {dayLabel(c.to)}
              </Text>
            </View>
            <View className='row'>
              <Text className='muted'>已收答卷</Text>
              <Text>
                {c.answers} 份 / 目标 {c.targetPerVillage * c.villages.length} 份（{c.villages.length}个村）
              </Text>
            </View>
            <Text className='link'>{organiser ? '查看结果和二维码 ›' : '查看结果 ›'}</Text>
          </View>
        ))}
      </PageState>
      <RoleTabBar roles={session?.roles ?? []} current='surveys' />
    </View>
  );
}
