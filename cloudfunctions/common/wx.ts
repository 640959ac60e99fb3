import cloud from 'wx-server-sdk';
import { cloudServices, type WxCloud } from './cloud-services';
import { CloudbaseDriver } from './store/cloudbase';

/** Production wiring shared by every function: WeChat cloud in the current environment. */
export function wxRuntime() {
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
  const store = new CloudbaseDriver(cloud.database() as unknown as ConstructorParameters<typeof CloudbaseDriver>[0]);
  const services = cloudServices(cloud as unknown as WxCloud);
  const openid = () => cloud.getWXContext().OPENID ?? '';
  return { store, services, openid };
}
