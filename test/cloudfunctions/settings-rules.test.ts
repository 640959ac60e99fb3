import { DEFAULT_RULE_CONFIG, type RuleConfig } from '../../src/core';
import { countyRules } from '../../cloudfunctions/common/month';
import { seeded } from './harness';

const edited = (mutate: (c: RuleConfig) => void): RuleConfig => {
  const c = structuredClone(DEFAULT_RULE_CONFIG);
  mutate(c);
  return c;
};

async function adminCounty(store: Awaited<ReturnType<typeof seeded>>['store']): Promise<string> {
  const [admin] = await store.find('people', { openid: 'demo-admin' });
  return admin.countyId;
}

describe('settings.rules.get / settings.rules.set', () => {
  it('reads the defaults for a county that never saved', async () => {
    const { call } = await seeded();
    const r = await call('demo-admin', 'settings.rules.get', {});
    expect(r).toEqual({ ok: true, data: { rules: DEFAULT_RULE_CONFIG, changed: [], problems: [], version: 0, updatedAt: null, updatedBy: null } });
  });

  it('saves a change, stores only the changes, is read by the rules, and is audited with before and after', async () => {
    const { call, store } = await seeded();
    const rules = edited((c) => {
      c.leave.countyApprovalAboveDays = 5;
      c.diary.graceHours = 10;
    });
    const r = await call('demo-admin', 'settings.rules.set', { rules, version: 0, clientRequestId: 'req-rules-0001' });
    expect(r).toMatchObject({ ok: true, data: { rules, changed: ['diary.graceHours', 'leave.countyApprovalAboveDays'], problems: [], version: 1, updatedBy: expect.any(String) } });
    const countyId = await adminCounty(store);
    const doc = await store.get('config', `rules:${countyId}`);
    expect(doc?.rules).toEqual({ diary: { graceHours: 10 }, leave: { countyApprovalAboveDays: 5 } });
    expect((await countyRules(store, countyId)).leave.countyApprovalAboveDays).toBe(5);
    const audits = await store.find('audit', { entity: 'settings' });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      countyId,
      action: 'rules.set',
      before: { rules: { leave: { countyApprovalAboveDays: 3 } } },
      after: { rules: { leave: { countyApprovalAboveDays: 5 } }, stored: { leave: { countyApprovalAboveDays: 5 } } },
      note: expect.stringContaining('leave.countyApprovalAboveDays'),
    });
    expect(await call('demo-admin', 'settings.rules.get', {})).toMatchObject({ ok: true, data: { version: 1, rules: { diary: { graceHours: 10 } } } });
  });

  it('answers a retry with the first result and writes nothing; a stale version is a conflict', async () => {
    const { call, store } = await seeded();
    const rules = edited((c) => (c.coverage.allowedGapDays = 2));
    const first = await call('demo-admin', 'settings.rules.set', { rules, version: 0, clientRequestId: 'req-rules-0002' });
    const again = await call('demo-admin', 'settings.rules.set', { rules, version: 0, clientRequestId: 'req-rules-0002' });
    expect(again).toEqual(first);
    expect(await store.count('audit', { entity: 'settings' })).toBe(1);
    const stale = await call('demo-admin', 'settings.rules.set', { rules: DEFAULT_RULE_CONFIG, version: 0, clientRequestId: 'req-rules-0003' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '设置已被他人修改，请刷新后再改。' } });
    expect(await store.count('audit', { entity: 'settings' })).toBe(1);
  });

  it('refuses bad input with Chinese messages per field and writes nothing', async () => {
    const { call, store } = await seeded();
    const bad = edited((c) => {
      c.diary.graceHours = 30;
      c.grading.thresholds = { excellent: 70, competent: 80, basic: 60 };
    });
    const r = await call('demo-admin', 'settings.rules.set', { rules: bad, version: 0, clientRequestId: 'req-rules-0004' });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (r.ok) return;
    expect(r.error.details).toEqual(
      expect.arrayContaining([
        { path: 'rules.diary.graceHours', message: '日志补写宽限小时数不能大于24' },
        { path: 'rules.grading.thresholds', message: '分数线须满足：优秀 ≥ 称职 ≥ 基本称职' },
      ]),
    );
    const unknown = await call('demo-admin', 'settings.rules.set', { rules: { ...DEFAULT_RULE_CONFIG, extra: 1 }, version: 0, clientRequestId: 'req-rules-0005' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('规则配置中有不认识的设置项'), details: expect.arrayContaining([{ path: 'rules.extra', message: '规则配置中有不认识的设置项' }]) } });
    expect(await store.count('audit', { entity: 'settings' })).toBe(0);
    expect(await store.count('config', {})).toBe(0);
  });

  it('is for the county admin of that county only', async () => {
    const { call, store } = await seeded();
    for (const who of ['demo-supervisor', 'demo-fs']) {
      expect(await call(who, 'settings.rules.get', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await call(who, 'settings.rules.set', { rules: DEFAULT_RULE_CONFIG, version: 0, clientRequestId: 'req-rules-0006' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    // A person of this county holding county_admin over another county cannot edit this county.
    const countyId = await adminCounty(store);
    await store.put('people', { _id: 'p-elsewhere', countyId, openid: 'other-admin', name: '外县管理员', code: 'X1', phone: null, unitId: null, villageId: null, stationedFrom: null, stationedUntil: null });
    await store.put('grants', { _id: 'g-elsewhere', personId: 'p-elsewhere', countyId: 'cty_other', role: 'county_admin', scopeLevel: 'county', scopeId: 'cty_other', scopeName: '外县' });
    const r = await call('other-admin', 'settings.rules.set', { rules: edited((c) => (c.diary.graceHours = 3)), version: 0, clientRequestId: 'req-rules-0007' });
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '只有本县的县级管理员可以修改设置。' } });
    expect((await countyRules(store, countyId)).diary.graceHours).toBe(0);
  });

  it('reads an old stored document over the defaults and reports an invalid stored value', async () => {
    const { call, store } = await seeded();
    const countyId = await adminCounty(store);
    await store.put('config', { _id: `rules:${countyId}`, rules: { presence: { allowedUnexcusedAbsences: 2 }, diary: { graceHours: 48 } } });
    const r = await call('demo-admin', 'settings.rules.get', {});
    expect(r).toMatchObject({
      ok: true,
      data: {
        version: 1,
        changed: ['presence.allowedUnexcusedAbsences'],
        problems: ['已保存的设置无效：日志补写宽限小时数不能大于24，暂按默认值计算，请重新设置。'],
      },
    });
    const rules = await countyRules(store, countyId);
    expect(rules.presence.allowedUnexcusedAbsences).toBe(2);
    expect(rules.diary.graceHours).toBe(0);
    expect(rules.survey).toEqual(DEFAULT_RULE_CONFIG.survey);
  });
});

describe('settings.history', () => {
  it('lists the latest setting and calendar changes, newest first, with names and both values', async () => {
    const { call } = await seeded();
    const rules = edited((c) => (c.leave.countyApprovalAboveDays = 5));
    await call('demo-admin', 'settings.rules.set', { rules, version: 0, clientRequestId: 'req-hist-0001' });
    await call('demo-admin', 'calendar.setOverride', { date: '2026-12-07', kind: 'rest', reason: '防汛调休' }, new Date('2026-11-20T04:00:00Z'));
    const r = await call('demo-admin', 'settings.history', {});
    expect(r).toMatchObject({
      ok: true,
      data: [
        { kind: 'calendar', by: expect.any(String), settings: [], day: { date: '2026-12-07', kind: 'rest', reason: '防汛调休' }, year: null },
        { kind: 'rules', at: '2026-11-20T03:00:00.000Z', day: null, year: null, settings: [{ path: 'leave.countyApprovalAboveDays', before: 3, after: 5 }] },
      ],
    });
    if (r.ok) expect(r.data[0].by).toMatch(/[\u4e00-\u9fff]/);
    expect(await call('demo-supervisor', 'settings.history', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
