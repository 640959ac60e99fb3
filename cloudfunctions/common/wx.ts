import cloud from 'wx-server-sdk';
import { cloudServices, type WxCloud } from './cloud-services';
import { CloudbaseDriver } from './store/cloudbase';

/** Production wiring shared by every function: WeChat cloud in the current environment. */
export function wxRuntime() {
  // The SDK's own types stop at this boundary: its environment constant is typed as a symbol, its
  // database as its own class and its open APIs as an untyped record; the driver and the services
  // take the structural slices they use (checked by their tests over the real SDK packages).
  /* eslint-disable no-restricted-syntax */
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
  const store = new CloudbaseDriver(cloud.database() as unknown as ConstructorParameters<typeof CloudbaseDriver>[0]);
  const services = cloudServices(cloud as unknown as WxCloud);
  /* eslint-enable no-restricted-syntax */
  const openid = () => cloud.getWXContext().OPENID ?? '';
  return { store, services, openid };
}
