import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { PageState } from '../../../../components/PageState';
import { Button } from '../../../../components/ui';
import { dayLabel } from '../../../../core/labels';
import { useQuery } from '../../../../hooks/useQuery';
import './invites.css';

function param(name: 'townshipId' | 'villageId'): string | undefined {
  const v = Taro.getCurrentInstance?.()?.router?.params?.[name];
  return v ? decodeURIComponent(v) : undefined;
}

/**
 * 邀请码打印单: every person of a township or village not yet bound, with their own code and three
 * lines on how to use it, on A4 for the county to hand out at a meeting. Opening it again shows the
 * same codes (those still usable are kept).
 */
export default function InviteSheet() {
  const [scope] = useState(() => ({ townshipId: param('townshipId'), villageId: param('villageId') }));
  const input = scope.villageId ? { villageId: scope.villageId } : { townshipId: scope.townshipId ?? '' };
  const q = useQuery('invite.bulk', input, { enabled: Boolean(scope.villageId || scope.townshipId) });
  const d = q.data;
  const until = d?.items.length ? dayLabel(d.items.reduce((m, i) => (i.expiresAt < m ? i.expiresAt : m), d.items[0].expiresAt).slice(0, 10)) : '';
  return (
    <View className='page invite-sheet'>
      <PageState loading={q.loading} error={q.error} onRetry={q.reload} hasData={!!d}>
        {d ? (
          <View className='stack'>
            <View className='invite-sheet__title'>“驻村”小程序邀请码 · {d.scopeName}</View>
            <View className='invite-sheet__how'>
              <Text>1. 在微信里打开“驻村”小程序（扫码或搜索“驻村”）。</Text>
              <Text>2. 在“我有邀请码”处输入下面您本人的8位码，点“绑定身份”。</Text>
              <Text>3. 每个码只能用一次{until ? `，${until}前有效` : ''}。请勿转给他人。</Text>
            </View>
            {d.items.length === 0 ? <Text className='ok'>这里的人都已绑定微信，不需要邀请码。</Text> : null}
            <View className='invite-sheet__table'>
              {d.items.map((i) => (
                <View className='invite-sheet__row' key={i.personId}>
                  <View className='invite-sheet__who'>
                    <Text className='invite-sheet__name'>{i.personName}</Text>
                    <Text className='muted'>
                      {i.placeName} · {i.roleLabel}
                    </Text>
                  </View>
                  <Text className='invite-sheet__code'>{i.code}</Text>
                </View>
              ))}
            </View>
            <View className='invite-sheet__tools'>
              {process.env.TARO_ENV === 'h5' ? (
                <Button type='primary' size='large' block onClick={() => window.print()}>
                  打印（A4）
                </Button>
              ) : (
                <Text className='muted'>手机上不能直接打印：请在电脑浏览器打开管理后台打印，或截图发给本人。</Text>
              )}
            </View>
          </View>
        ) : null}
      </PageState>
    </View>
  );
}
