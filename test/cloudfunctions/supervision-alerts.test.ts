import { seeded, testServices } from './harness';
import { raiseAlert } from '../../cloudfunctions/common/alerts';
import { notify } from '../../cloudfunctions/common/delivery/messages';
import { DEFAULT_RULE_CONFIG } from '../../src/core';
import type { Services } from '../../cloudfunctions/common/services';

const C = 'cty_430121';
const FS = 'psn_430121_P0101';
const services: Services = { ...testServices().services, delivery: { send: async () => true, templateIds: () => ({ reminder: 'tpl-r', alert: 'tpl-a' }) } };

async function withAlerts() {
  const s = await seeded();
  const at = new Date('2026-11-18T01:00:00Z');
  await raiseAlert(s.store, at, { kind: 'coverage-gap', key: 'vil_430121_V002:2026-11-17', countyId: C, townshipId: 'twn_430121_T01', villageId: 'vil_430121_V002', personId: null, day: '2026-11-17', text: '新民村11月17日工作队3人都不在村（无人打卡）' });
  await raiseAlert(s.store, at, { kind: 'at-risk', key: 'psn_430121_P0501:2026-11', countyId: C, townshipId: 'twn_430121_T02', villageId: 'vil_430121_V005', personId: 'psn_430121_P0501', day: '2026-11-17', text: '龙泉村：还需驻村3天' });
  return s;
}

describe('alerts.list and alerts.ack', () => {
  it('shows the supervisor their township only, with village, person and age', async () => {
    const { call } = await withAlerts();
    const r = await call('demo-supervisor', 'alerts.list', {});
    if (!r.ok) throw new Error(r.error.message);
    expect(r.data.open).toBe(1);
    expect(r.data.items[0]).toMatchObject({ id: 'coverage-gap:vil_430121_V002:2026-11-17', kindLabel: '无人在村', villageName: '新民村', townshipName: '城关镇', ageDays: 2, status: 'open' });
  });

  it('acknowledges with a note (audited), once; refuses out of scope and unknown alerts', async () => {
    const { call, store } = await withAlerts();
    const id = 'coverage-gap:vil_430121_V002:2026-11-17';
    expect(await call('demo-supervisor', 'alerts.ack', { alertId: 'at-risk:psn_430121_P0501:2026-11' })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    expect(await call('demo-supervisor', 'alerts.ack', { alertId: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call('demo-fs', 'alerts.ack', { alertId: id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call('demo-supervisor', 'alerts.ack', { alertId: id, note: 'x'.repeat(201) })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const r = await call('demo-supervisor', 'alerts.ack', { alertId: id, note: '已电话联系，队员病假' });
    expect(r).toMatchObject({ ok: true, data: { status: 'acknowledged', ackNote: '已电话联系，队员病假', ackByName: expect.any(String) } });
    const again = await call('demo-supervisor', 'alerts.ack', { alertId: id, note: '再次' });
    expect(again).toMatchObject({ ok: true, data: { ackNote: '已电话联系，队员病假' } });
    expect(await store.find('audit', { entity: 'alert' })).toHaveLength(1);
    const open = await call('demo-supervisor', 'alerts.list', { status: 'open' });
    expect(open.ok && open.data.items).toHaveLength(0);
    const acked = await call('demo-supervisor', 'alerts.list', { status: 'acknowledged' });
    expect(acked.ok && acked.data.items.map((a: { id: string }) => a.id)).toEqual([id]);
  });

  it('gives the county admin only alerts escalated to the county, and lets them acknowledge any in the county', async () => {
    const { call, store } = await withAlerts();
    const before = await call('demo-admin', 'alerts.list', {});
    expect(before.ok && before.data.items).toHaveLength(0);
    await store.update('alerts', 'at-risk:psn_430121_P0501:2026-11', { level: 'county', escalatedAt: '2026-11-20T01:00:00Z' });
    const after = await call('demo-admin', 'alerts.list', {});
    expect(after.ok && after.data.items.map((a: { id: string }) => a.id)).toEqual(['at-risk:psn_430121_P0501:2026-11']);
    expect(await call('demo-admin', 'alerts.ack', { alertId: 'at-risk:psn_430121_P0501:2026-11' })).toMatchObject({ ok: true });
  });
});

describe('messages', () => {
  it('one of a kind per person per day; list, read one and read all, only their own', async () => {
    const { store, call } = await seeded();
    const deps = { store, services, now: new Date('2026-11-20T02:00:00Z') };
    const n = { personId: FS, countyId: C, kind: 'clock-in-reminder' as const, title: '驻村打卡提醒', body: '今天还没有驻村记录', page: '/pages/cadre/index' };
    expect(await notify(deps, DEFAULT_RULE_CONFIG, n)).toBe('no-grant');
    expect(await notify(deps, DEFAULT_RULE_CONFIG, { ...n, body: '第二次' })).toBe('duplicate');
    await notify(deps, DEFAULT_RULE_CONFIG, { ...n, kind: 'diary-reminder', title: '工作日志提醒' });
    await notify({ ...deps, now: new Date('2026-11-21T02:00:00Z') }, DEFAULT_RULE_CONFIG, n);
    await notify(deps, DEFAULT_RULE_CONFIG, { ...n, personId: 'psn_430121_P0102' });
    const list = await call('demo-fs', 'messages.list', {});
    if (!list.ok) throw new Error(list.error.message);
    expect(list.data.unread).toBe(3);
    expect(list.data.items[0]).toMatchObject({ day: '2026-11-21', kind: 'clock-in-reminder', readAt: null });
    expect(await call('demo-fs', 'messages.read', { id: 'psn_430121_P0102:clock-in-reminder:2026-11-20' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call('demo-fs', 'messages.read', { id: `${FS}:clock-in-reminder:2026-11-20` })).toMatchObject({ ok: true, data: { unread: 2 } });
    expect(await call('demo-fs', 'messages.read', {})).toMatchObject({ ok: true, data: { unread: 0 } });
    expect(await call('demo-member', 'messages.list', { unreadOnly: true })).toMatchObject({ ok: true, data: { unread: 1 } });
    expect(await call('demo-villager', 'messages.list', {})).toMatchObject({ ok: false });
  });

  it('counts one-time grants per template and lists templates', async () => {
    const { call } = await seeded();
    expect(await call('demo-fs', 'messages.grant', { accepted: ['reminder', 'alert', 'reminder'], clientRequestId: 'grant-0001' })).toMatchObject({ ok: true, data: { remaining: { reminder: 1, alert: 1, notice: 0 } } });
    // A retry of the same request counts once.
    expect(await call('demo-fs', 'messages.grant', { accepted: ['reminder', 'alert', 'reminder'], clientRequestId: 'grant-0001' })).toMatchObject({ ok: true, data: { remaining: { reminder: 1 } } });
    expect(await call('demo-fs', 'messages.grant', { accepted: ['reminder'], clientRequestId: 'grant-0002' })).toMatchObject({ ok: true, data: { remaining: { reminder: 2 } } });
    expect(await call('demo-fs', 'messages.grant', { accepted: ['spam'], clientRequestId: 'grant-0003' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const t = await call('demo-fs', 'messages.templates', {});
    expect(t).toMatchObject({ ok: true, data: { remaining: { reminder: 2, alert: 1, notice: 0 } } });
  });
});
