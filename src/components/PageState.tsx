import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { UiError } from '../hooks/errors';
import { Button, Loading } from './ui';

/** Loading, error with 重试, or the content. */
export function PageState(props: {
  loading: boolean;
  error: UiError | null;
  onRetry: () => void;
  hasData: boolean;
  children: ReactNode;
}) {
  if (props.error) {
    return (
      <View className='card stack'>
        <Text className='bad'>{props.error.message}</Text>
        <View>
          <Button type='primary' size='large' block onClick={props.onRetry}>
            重试
          </Button>
        </View>
      </View>
    );
  }
  if (props.loading && !props.hasData) {
    return (
      <View className='card'>
        <Loading>正在加载…</Loading>
      </View>
    );
  }
  return <>{props.children}</>;
}
