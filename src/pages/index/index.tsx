import { useEffect } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { homeFor } from '../../components/nav';
import { PageState } from '../../components/PageState';
import { SwitchIdentityLink } from '../../components/SwitchIdentityLink';
import { Loading } from '../../components/ui';
import { clearSession, useDemoIdentity, useSession } from '../../hooks/useSession';
import { FeedbackLink } from '../../components/FeedbackLink';
import { InviteForm } from './InviteForm';
import { RolePicker } from './RolePicker';

/** Entry: who is this? → role picker (H5), invitation code, or the role's home. */
export default function Index() {
  const demo = useDemoIdentity();
  const { session, error, loading, needsDemoIdentity, reload } = useSession();
  const home = session?.person ? homeFor(session.roles) : null;

  useEffect(() => {
    if (home) void Taro.redirectTo({ url: home });
  }, [home]);

  if (needsDemoIdentity) return <RolePicker onChoose={demo.choose} />;

  return (
    <View className='page'>
      <PageState loading={loading || !session} error={error} onRetry={reload} hasData={!!session}>
        {session && !session.person ? (
          <>
            <View className='title'>欢迎使用驻村</View>
            <InviteForm
              onBound={() => {
                clearSession();
                void reload();
              }}
            />
            <FeedbackLink />
          </>
        ) : (
          <View className='card'>
            <Loading>
              <Text>正在进入{session?.person ? `，${session.person.name}` : ''}…</Text>
            </Loading>
          </View>
        )}
      </PageState>
      <SwitchIdentityLink />
    </View>
  );
}
