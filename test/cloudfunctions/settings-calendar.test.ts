import { seeded } from './harness';

const dayOf = (r: { ok: true; data: { days: { date: string }[] } }, date: string) => r.data.days.find((d) => d.date === date);

describe('county calendar overrides (settings page)', () => {
  it('marks a workday as a rest day and a weekend as a workday, shows both in calendar.month, then removes one; each audited', async () => {
    const { call, store } = await seeded();
    expect(await call('demo-admin', 'calendar.setOverride', { date: '2026-12-07', kind: 'rest', reason: '防汛调休', clientRequestId: 'req-cal-0001' })).toEqual({ ok: true, data: { date: '2026-12-07', kind: 'rest' } });
    expect(await call('demo-admin', 'calendar.setOverride', { date: '2026-12-12', kind: 'workday', reason: '集中攻坚', clientRequestId: 'req-cal-0002' })).toMatchObject({ ok: true });
    const m = await call('demo-fs', 'calendar.month', { month: '2026-12' });
    if (!m.ok) throw new Error(m.error.message);
    expect(dayOf(m, '2026-12-07')).toEqual({ date: '2026-12-07', kind: 'holiday', name: '防汛调休', override: { kind: 'rest', reason: '防汛调休' } });
    expect(dayOf(m, '2026-12-12')).toEqual({ date: '2026-12-12', kind: 'makeup-workday', name: '集中攻坚', override: { kind: 'workday', reason: '集中攻坚' } });
    expect(dayOf(m, '2026-12-08')).toEqual({ date: '2026-12-08', kind: 'workday' });
    expect(m.data.workingDays).toBe(23); // December 2026 has 23 working days; one less, one more

    expect(await call('demo-admin', 'calendar.setOverride', { date: '2026-12-07', kind: null, reason: '撤销调休', clientRequestId: 'req-cal-0003' })).toEqual({ ok: true, data: { date: '2026-12-07', kind: null } });
    const after = await call('demo-fs', 'calendar.month', { month: '2026-12' });
    if (!after.ok) throw new Error(after.error.message);
    expect(dayOf(after, '2026-12-07')).toEqual({ date: '2026-12-07', kind: 'workday' });
    expect(after.data.workingDays).toBe(24);

    const audits = await store.find('audit', { entity: 'calendar' }, { orderBy: [{ field: 'at', dir: 'asc' }] });
    expect(audits.map((a) => [a.entityId, a.action, a.before, a.after, a.note])).toEqual(
      expect.arrayContaining([
        ['2026-12-07', 'override', null, { kind: 'rest', reason: '防汛调休' }, '防汛调休'],
        ['2026-12-12', 'override', null, { kind: 'workday', reason: '集中攻坚' }, '集中攻坚'],
        ['2026-12-07', 'override.remove', { kind: 'rest', reason: '防汛调休' }, null, '撤销调休'],
      ]),
    );
    expect(audits).toHaveLength(3);
  });

  it('answers a retry once, and refuses overrides that change nothing, missing removals and settled months', async () => {
    const { call, store } = await seeded();
    const input = { date: '2026-12-07', kind: 'rest', reason: '防汛调休', clientRequestId: 'req-cal-0004' };
    expect(await call('demo-admin', 'calendar.setOverride', input)).toMatchObject({ ok: true });
    expect(await call('demo-admin', 'calendar.setOverride', input)).toMatchObject({ ok: true });
    expect(await store.count('audit', { entity: 'calendar' })).toBe(1);

    expect(await call('demo-admin', 'calendar.setOverride', { date: '2026-12-05', kind: 'rest', reason: '周六休息' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '这一天本来就是休息日，无需调整。' } });
    expect(await call('demo-admin', 'calendar.setOverride', { date: '2026-12-08', kind: 'workday', reason: '正常上班' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '这一天本来就是工作日，无需调整。' } });
    expect(await call('demo-admin', 'calendar.setOverride', { date: '2026-12-09', kind: null, reason: '撤销' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call('demo-admin', 'calendar.setOverride', { date: '2026-12-10', kind: 'rest', reason: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('请写明原因') } });
    expect(await call('demo-admin', 'calendar.setOverride', { date: '2027-01-04', kind: 'rest', reason: '元旦调休' })).toMatchObject({ ok: false, error: { code: 'CALENDAR_UNKNOWN' } });

    const v = await call('demo-admin', 'grading.village', { villageId: 'vil_430121_V001', month: '2026-10' });
    if (!v.ok) throw new Error(v.error.message);
    expect(await call('demo-admin', 'grading.confirm', { personId: v.data[0].personId, month: '2026-10', grade: 'competent', note: '按督查结果定为称职' })).toMatchObject({ ok: true });
    expect(await call('demo-admin', 'calendar.setOverride', { date: '2026-10-20', kind: 'rest', reason: '补休' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '这个月已有等次确认，不能再调整工作日历。' } });
    expect(await store.count('audit', { entity: 'calendar' })).toBe(1);

    expect(await call('demo-supervisor', 'calendar.setOverride', { date: '2026-12-10', kind: 'rest', reason: '防汛' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
