import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Role } from '../../types';
import { tabsFor, type Tab } from './nav';
import './RoleTabBar.css';

/** Bottom nav that depends on the person's roles (the static weapp tabBar cannot). */
export function RoleTabBar({ roles, current }: { roles: readonly { role: Role }[]; current: Tab['key'] }) {
  const tabs = tabsFor(roles);
  if (tabs.length < 2) return null;
  return (
    <View className='role-tabbar'>
      {tabs.map((t) => (
        <View
          key={t.key}
          className={`role-tabbar__item${t.key === current ? ' role-tabbar__item--on' : ''}`}
          onClick={() => {
            if (t.key !== current) void Taro.redirectTo({ url: t.url });
          }}
        >
          <Text>{t.label}</Text>
        </View>
      ))}
    </View>
  );
}
