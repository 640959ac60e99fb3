import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localClock } from '../../dev/clock';
import { startLocalStack } from '../../dev/server';

process.env.ZHUCUN_SCHEDULER_EVERY_S = '0';

describe('the local stack clock (ZHUCUN_NOW)', () => {
  it('starts at the pinned instant and ticks from there', () => {
    const clock = localClock('2027-01-04T09:30:00+08:00');
    const t = clock().getTime();
    expect(Math.abs(t - Date.parse('2027-01-04T01:30:00Z'))).toBeLessThan(1000);
    expect(localClock(undefined)().getFullYear()).toBe(new Date().getFullYear());
    expect(() => localClock('yesterday')).toThrow(/ZHUCUN_NOW/);
  });

  it('seeds and serves the demo at the pinned date, and a request header still wins', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'zhucun-clock-'));
    const stack = await startLocalStack({ port: 19787 + (process.pid % 1000), dataDir, h5Dir: dataDir, seed: true, clock: localClock('2027-01-04T09:30:00+08:00') });
    const post = (headers: Record<string, string>) =>
      fetch(`${stack.url}/fn/api`, { method: 'POST', body: JSON.stringify({ action: 'cadre.today' }), headers: { 'content-type': 'application/json', 'X-Zhucun-Openid': 'demo-fs', ...headers } }).then((r) => r.json());
    try {
      expect(await post({})).toMatchObject({ ok: true, data: { day: '2027-01-04', clockedIn: false } });
      expect(await post({ 'X-Zhucun-Now': '2027-01-05T02:00:00Z' })).toMatchObject({ ok: true, data: { day: '2027-01-05' } });
    } finally {
      await stack.close();
    }
  });

  it('is never read by the cloud functions (CloudBase takes the platform clock)', () => {
    const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
    const readers = files('cloudfunctions').filter((f) => readFileSync(f, 'utf8').includes('ZHUCUN_NOW'));
    expect(readers).toEqual([]);
  });
});
