import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { CADRE_ROLES, type RoleGrant } from '../../types';
import { useQuery } from '../hooks/useQuery';

export const LEDGER_URLS = {
  list: '/packages/ledger/pages/list/index',
  mine: '/packages/ledger/pages/mine/index',
  grades: '/packages/ledger/pages/grades/index',
  bulletin: '/packages/ledger/pages/bulletin/index',
  recalls: '/packages/ledger/pages/recalls/index',
  reports: '/packages/ledger/pages/reports/index',
} as const;

const CHECKERS = new Set(['township_supervisor', 'county_admin', 'inspector', 'city_admin']);

function LinkCard({ title, note, bad, url }: { title: string; note: string; bad?: boolean; url: string }) {
  return (
    <View className='card' onClick={() => void Taro.navigateTo({ url })}>
      <View className='row'>
        <Text className='card-title'>{title}</Text>
        <Text className={bad ? 'bad' : 'muted'}>{note}</Text>
      </View>
    </View>
  );
}

/**
 * 我的整改 for a stationed cadre (with what is left to do); 整改台账 for those who check; 等次评定 for
 * the county admin; 通报 for county and city admins; 召回任务 for unit contacts and county admins.
 */
export function LedgerLinks({ roles }: { roles: readonly RoleGrant[] | undefined }) {
  const cadre = !!roles?.some((r) => CADRE_ROLES.includes(r.role));
  const checker = !!roles?.some((r) => CHECKERS.has(r.role));
  const has = (role: string) => !!roles?.some((r) => r.role === role);
  const mine = useQuery('ledger.list', { mine: true }, { enabled: cadre });
  const c = mine.data?.counts;
  const todo = c ? (c.open ?? 0) + (c.returned ?? 0) : 0;
  return (
    <>
      {cadre ? <LinkCard title='我的整改' note={todo > 0 ? `${todo}项待整改 ›` : '查看 ›'} bad={todo > 0} url={LEDGER_URLS.mine} /> : null}
      {checker ? <LinkCard title='整改台账' note='查看 ›' url={LEDGER_URLS.list} /> : null}
      {has('county_admin') ? <LinkCard title='等次评定' note='确认 ›' url={LEDGER_URLS.grades} /> : null}
      {has('county_admin') || has('city_admin') ? <LinkCard title='考核等次通报' note='查看 ›' url={LEDGER_URLS.bulletin} /> : null}
      {has('county_admin') ? <LinkCard title='月报' note='报送市里 ›' url={LEDGER_URLS.reports} /> : null}
      {has('city_admin') ? <LinkCard title='各县月报' note='查看 ›' url={LEDGER_URLS.reports} /> : null}
      {has('unit_contact') || has('county_admin') ? <LinkCard title='召回任务' note='查看 ›' url={LEDGER_URLS.recalls} /> : null}
    </>
  );
}
