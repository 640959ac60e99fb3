import { type PropsWithChildren } from 'react';
import Taro, { useLaunch } from '@tarojs/taro';
import './app.css';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // Only the mini-program talks to CloudBase; H5 uses the HTTP transport.
    if (process.env.TARO_ENV === 'weapp' && Taro.cloud) Taro.cloud.init({ traceUser: true });
  });
  return children;
}

export default App;
