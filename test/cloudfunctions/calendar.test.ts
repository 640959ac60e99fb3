import { seeded } from './harness';

describe('calendar actions', () => {
  it('answers October 2025 with the National Day holidays and the make-up Saturday', async () => {
    const { call } = await seeded();
    const r = await call('demo-fs', 'calendar.month', { month: '2025-10' });
    expect(r).toMatchObject({ ok: true, data: { month: '2025-10', workingDays: 18 } });
    if (!r.ok) return;
    const kind = (d: string) => r.data.days.find((x: { date: string }) => x.date === d).kind;
    expect([kind('2025-10-01'), kind('2025-10-11'), kind('2025-10-13')]).toEqual(['holiday', 'makeup-workday', 'workday']);
  });

  it('answers a year without schedule data as calendar unknown, never as Monday–Friday', async () => {
    const { call } = await seeded();
    const r = await call('demo-admin', 'calendar.month', { month: '2027-01' });
    expect(r).toMatchObject({ ok: false, error: { code: 'CALENDAR_UNKNOWN', message: expect.stringContaining('县级管理员') } });
  });

  it('lets the county admin add a rest day, audited, and only the admin', async () => {
    const { call, store } = await seeded();
    const set = await call('demo-admin', 'calendar.setOverride', { date: '2026-11-16', kind: 'rest', reason: '防汛抢险调休' });
    expect(set).toMatchObject({ ok: true });
    const r = await call('demo-fs', 'calendar.month', { month: '2026-11' });
    expect(r).toMatchObject({ ok: true, data: { workingDays: 20 } });
    expect(await store.count('audit', { entity: 'calendar' })).toBe(1);
    expect(await call('demo-supervisor', 'calendar.setOverride', { date: '2026-11-17', kind: 'rest', reason: '原因' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call('demo-admin', 'calendar.month', { month: '2026-13' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
