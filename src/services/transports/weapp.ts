import Taro from '@tarojs/taro';
import type { ApiEvent, Envelope } from '../../../types';
import { NetworkError, type Transport } from '../transport';

/** Mini-program: CloudBase function call; WeChat supplies the caller's OPENID to the function. */
export function createWeappTransport(): Transport {
  return {
    async send(fn: string, event: ApiEvent): Promise<Envelope<unknown>> {
      let res: Taro.cloud.CallFunctionResult;
      try {
        res = await Taro.cloud.callFunction({ name: fn, data: { action: event.action, data: event.data } });
      } catch {
        throw new NetworkError();
      }
      return res.result as Envelope<unknown>;
    },
  };
}
