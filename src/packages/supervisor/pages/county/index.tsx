import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { PageState } from '../../../../components/PageState';
import { RoleTabBar } from '../../../../components/RoleTabBar';
import { useMutation } from '../../../../hooks/useMutation';
import { useQuery } from '../../../../hooks/useQuery';
import { useSession } from '../../../../hooks/useSession';
import { InviteList } from './Invites';
import { People } from './People';
import { RosterImport } from './RosterImport';
import { YearBanner } from '../settings/YearBanner';

/** County admin's home: the roster at a glance, and invitation codes for people not yet bound. */
export default function CountyHome() {
  const { session } = useSession();
  const roster = useQuery('roster.overview', {});
  const invites = useQuery('invite.list', {});
  const create = useMutation('invite.create');
  const r = roster.data;
  return (
    <View className='page'>
      <View className='title'>{r ? r.county.name : '名册'}</View>
      <YearBanner
        where='请在 名册 → 设置 → 工作日历 录入'
        onGo={(year) => void Taro.navigateTo({ url: `/packages/supervisor/pages/settings/index?year=${year}` })}
      />
      <PageState loading={roster.loading} error={roster.error} onRetry={roster.reload} hasData={!!r}>
        {r ? (
          <View className='stack'>
            <View className='card'>
              <View className='row'>
                <Text>乡镇</Text>
                <Text>{r.counts.townships}</Text>
              </View>
              <View className='row'>
                <Text>村</Text>
                <Text>{r.counts.villages}</Text>
              </View>
              <View className='row'>
                <Text>派出单位</Text>
                <Text>{r.counts.units}</Text>
              </View>
              <View className='row'>
                <Text>人员（已绑定）</Text>
                <Text>
                  {r.counts.people}（{r.counts.bound}）
                </Text>
              </View>
              <View className='row'>
                <Text>农户</Text>
                <Text>{r.counts.households}</Text>
              </View>
            </View>
            <View className='card' onClick={() => void Taro.navigateTo({ url: '/packages/supervisor/pages/settings/index' })}>
              <View className='row'>
                <Text className='card-title'>设置</Text>
                <Text className='link'>考核规则、工作日历 ›</Text>
              </View>
            </View>
            <RosterImport countyId={r.county.id} onImported={() => void roster.reload()} />
            <View className='card'>
              <View className='card-title'>乡镇</View>
              {r.townships.map((t) => (
                <View className='row' key={t.id}>
                  <Text>
                    {t.name} <Text className='muted'>{t.villages} 个村</Text>
                  </Text>
                  <Text className='link' onClick={() => void Taro.navigateTo({ url: `/packages/supervisor/pages/invites/index?townshipId=${encodeURIComponent(t.id)}` })}>
                    打印邀请码 ›
                  </Text>
                </View>
              ))}
            </View>
            <People
              people={r.people}
              issuing={create.pending}
              issued={create.data ?? null}
              error={create.error?.message ?? null}
              onInvite={async (personId) => {
                if (await create.run({ personId })) void invites.reload();
              }}
            />
            {invites.data ? <InviteList invites={invites.data} /> : null}
            {invites.error ? (
              <Text className='bad' onClick={invites.reload}>
                {invites.error.message}（点此重试）
              </Text>
            ) : null}
          </View>
        ) : null}
      </PageState>
      <RoleTabBar roles={session?.roles ?? []} current='county' />
    </View>
  );
}
