import { Text, View } from '@tarojs/components';
import { ROLE_LABELS } from '../../../types';
import { PageState } from '../../components/PageState';
import { RoleTabBar } from '../../components/RoleTabBar';
import { SwitchIdentityLink } from '../../components/SwitchIdentityLink';
import { InboxLink } from '../../components/InboxLink';
import { FeedbackLink } from '../../components/FeedbackLink';
import { SurveyResultsLink } from '../../components/SurveyResultsLink';
import { LedgerLinks } from '../../components/LedgerLinks';
import { InspectionLinks } from '../../components/InspectionLinks';
import { DrawLink } from '../../components/DrawLink';
import { useSession } from '../../hooks/useSession';

/** Who I am, what I am responsible for. */
export default function Me() {
  const { session, error, loading, reload } = useSession();
  return (
    <View className='page'>
      <PageState loading={loading} error={error} onRetry={reload} hasData={!!session}>
        <View className='title'>{session?.person?.name ?? '我的'}</View>
        <View className='card'>
          <View className='card-title'>我的职责</View>
          {(session?.roles ?? []).map((r) => (
            <View className='row' key={`${r.role}:${r.scope.id}`}>
              <Text>{ROLE_LABELS[r.role]}</Text>
              <Text className='muted'>{r.scope.name}</Text>
            </View>
          ))}
          {session && session.roles.length === 0 ? <Text className='muted'>暂无职责。</Text> : null}
        </View>
        {session?.person ? <InboxLink /> : null}
        <DrawLink roles={session?.roles} />
        <InspectionLinks roles={session?.roles} />
        <LedgerLinks roles={session?.roles} />
        <SurveyResultsLink roles={session?.roles} />
        <FeedbackLink roles={session?.roles} />
      </PageState>
      <SwitchIdentityLink />
      <RoleTabBar roles={session?.roles ?? []} current='me' />
    </View>
  );
}
