import { seeded, testServices } from './harness';
import { putDecidedLeave } from './scheduler-helpers';
import { dispatch, type Job } from '../../cloudfunctions/scheduler/dispatch';
import { clockInReminder } from '../../cloudfunctions/scheduler/jobs/clock-in-reminder';
import { diaryReminder } from '../../cloudfunctions/scheduler/jobs/diary-reminder';
import { forwardWarning } from '../../cloudfunctions/scheduler/jobs/forward-warning';
import { coverageGap } from '../../cloudfunctions/scheduler/jobs/coverage-gap';
import { overdueReturn } from '../../cloudfunctions/scheduler/jobs/overdue-return';
import { monthClose } from '../../cloudfunctions/scheduler/jobs/month-close';
import { escalation } from '../../cloudfunctions/scheduler/jobs/escalation';
import { housekeeping } from '../../cloudfunctions/scheduler/jobs/housekeeping';
import { raiseAlert } from '../../cloudfunctions/common/alerts';
import { addGrants } from '../../cloudfunctions/common/delivery/grants';
import { snapshotHead } from '../../cloudfunctions/common/compliance-month';
import { addDay, updatePersonMonth, writeRollup } from '../../cloudfunctions/common/month';
import type { SurveyKeyDoc } from '../../cloudfunctions/common/survey/model';
import type { OutgoingMessage, Services } from '../../cloudfunctions/common/services';
import type { DocDriver } from '../../cloudfunctions/common/store/driver';

const C = 'cty_430121';
const P = (code: string) => `psn_430121_${code}`;
const FS = P('P0101');
const SUPERVISOR_T01 = P('P0002');
const ADMIN = P('P0001');

function recordingServices() {
  const sent: OutgoingMessage[] = [];
  const services: Services = { ...testServices().services, delivery: { send: async (m) => (sent.push(m), true) } };
  return { sent, services };
}

async function setup() {
  const { store, call } = await seeded();
  // The jobs are checked on the demo county alone: the city's second county (dev/seed-city.ts) sits this out.
  await store.remove('counties', 'cty_439902');
  const { sent, services } = recordingServices();
  const run = (jobs: Job[], iso: string) => dispatch(jobs, { store, services, now: new Date(iso), log: () => {} });
  return { store, call, sent, run };
}

async function messages(store: DocDriver, where: Record<string, string> = {}) {
  return store.find('messages', where);
}

async function markPresent(store: DocDriver, code: string, day: string, diary = false) {
  const person = (await store.get('people', P(code)))!;
  const village = (await store.get('villages', person.villageId!))!;
  await updatePersonMonth(store, person, village.townshipId, day.slice(0, 7), (d) => {
    addDay(d.presentDays, day);
    if (diary) d.diaries.push({ day, writtenAt: `${day}T12:00:00.000Z` });
  });
}

async function setRules(store: DocDriver, rules: Record<string, unknown>) {
  await store.put('config', { _id: `rules:${C}`, countyId: C, rules, version: 1 });
}

describe('clock-in reminder (10:00 on working days)', () => {
  it('is not due at 09:59:59 Shanghai, reminds everyone not yet present at 10:00, once', async () => {
    const { store, run } = await setup();
    await markPresent(store, 'P0101', '2026-11-20');
    expect((await run([clockInReminder], '2026-11-20T01:59:59Z')).ran).toEqual([]);
    const r = await run([clockInReminder], '2026-11-20T02:00:00Z');
    expect(r.ran).toEqual([`clock-in-reminder:${C}:2026-11-20`]);
    const msgs = await messages(store, { kind: 'clock-in-reminder' });
    expect(msgs).toHaveLength(35); // 36 cadres, one already present
    expect(msgs.some((m) => m.personId === FS)).toBe(false);
    expect(msgs[0]).toMatchObject({ day: '2026-11-20', title: '驻村打卡提醒', page: '/pages/cadre/index', readAt: null });
    // Triggered twice and late: nothing more.
    expect((await run([clockInReminder], '2026-11-20T02:00:00Z')).skipped).toHaveLength(1);
    expect((await run([clockInReminder], '2026-11-20T02:40:00Z')).ran).toEqual([]);
    expect(await messages(store, { kind: 'clock-in-reminder' })).toHaveLength(35);
  });

  it('a late trigger (10:40) still runs once', async () => {
    const { store, run } = await setup();
    expect((await run([clockInReminder], '2026-11-20T02:40:00Z')).ran).toHaveLength(1);
    expect(await messages(store, { kind: 'clock-in-reminder' })).toHaveLength(36);
  });

  it('does not remind on a weekend, and skips a year without calendar data', async () => {
    const { store, run } = await setup();
    const sat = await run([clockInReminder], '2026-11-21T02:00:00Z');
    expect(Object.values(sat.notes)).toEqual(['今天不是工作日，不提醒']);
    const y2027 = await run([clockInReminder], '2027-01-04T02:00:00Z');
    expect(Object.values(y2027.notes)[0]).toMatch(/^跳过：/);
    expect(await messages(store, { kind: 'clock-in-reminder' })).toHaveLength(0);
  });

  it('pushes only with a one-time grant left, and always leaves the in-app message', async () => {
    const { store, run, sent } = await setup();
    await addGrants(store, FS, ['reminder'], new Date());
    await run([clockInReminder], '2026-11-20T02:00:00Z');
    expect(sent).toEqual([{ openid: 'demo-fs', templateKey: 'reminder', page: '/pages/cadre/index', fields: expect.objectContaining({ thing1: '驻村打卡提醒', date3: '2026-11-20' }) }]);
    expect(Object.values(sent[0].fields).every((v) => v.length <= 20)).toBe(true);
    const mine = await store.get('messages', `${FS}:clock-in-reminder:2026-11-20`);
    expect(mine).toMatchObject({ pushStatus: 'sent' });
    expect((await store.get('subscriptions', FS))?.remaining).toMatchObject({ reminder: 0 });
    // The next day: no grant left → no push, the message still lands.
    await run([clockInReminder], '2026-11-23T02:00:00Z');
    expect(sent).toHaveLength(1);
    expect(await store.get('messages', `${FS}:clock-in-reminder:2026-11-23`)).toMatchObject({ pushStatus: 'no-grant' });
    // Unbound people never get a push.
    expect(await store.get('messages', `${P('P0103')}:clock-in-reminder:2026-11-23`)).toMatchObject({ pushStatus: 'no-openid' });
  });
});

describe('diary reminder (20:00) and quiet hours', () => {
  it('reminds cadres present today without a diary, at 20:00 not 19:59:59', async () => {
    const { store, run } = await setup();
    await markPresent(store, 'P0101', '2026-11-20');
    await markPresent(store, 'P0102', '2026-11-20', true);
    expect((await run([diaryReminder], '2026-11-20T11:59:59Z')).ran).toEqual([]);
    await run([diaryReminder], '2026-11-20T12:00:00Z');
    const msgs = await messages(store, { kind: 'diary-reminder' });
    expect(msgs.map((m) => m.personId)).toEqual([FS]);
    expect(msgs[0].page).toBe('/packages/diary/pages/index/index');
  });

  it('a message due at 21:45 waits until 07:30, then goes once', async () => {
    const { store, run, sent } = await setup();
    await setRules(store, { schedule: { diaryReminder: '21:45' } });
    await addGrants(store, FS, ['reminder', 'reminder'], new Date());
    await markPresent(store, 'P0101', '2026-11-20');
    await run([diaryReminder], '2026-11-20T13:45:00Z'); // 21:45 Shanghai
    const id = `${FS}:diary-reminder:2026-11-20`;
    expect(await store.get('messages', id)).toMatchObject({ pushStatus: 'waiting', pushAt: '2026-11-20T23:30:00.000Z' });
    expect(sent).toHaveLength(0);
    await run([], '2026-11-20T23:29:59Z'); // 07:29:59 next morning
    expect(sent).toHaveLength(0);
    expect((await run([], '2026-11-20T23:30:00Z')).pushes.pushed).toBe(1); // 07:30
    expect(sent).toHaveLength(1);
    expect((await run([], '2026-11-20T23:35:00Z')).pushes.pushed).toBe(0);
    expect(await store.get('messages', id)).toMatchObject({ pushStatus: 'sent', pushedAt: '2026-11-20T23:30:00.000Z' });
  });
});

describe('forward warning (09:00)', () => {
  it('warns lagging first secretaries and alerts their township supervisor, once per status and month', async () => {
    const { store, run } = await setup();
    expect((await run([forwardWarning], '2026-11-20T00:59:59Z')).ran).toEqual([]);
    await run([forwardWarning], '2026-11-20T01:00:00Z');
    const alerts = await store.find('alerts', {});
    const presence = alerts.filter((a) => a.kind === 'at-risk' || a.kind === 'cannot-reach');
    const p0301 = presence.find((a) => a.personId === P('P0301'));
    expect(p0301).toMatchObject({ townshipId: 'twn_430121_T01', villageId: 'vil_430121_V003', level: 'township', status: 'open' });
    expect(['at-risk', 'cannot-reach']).toContain(p0301?.kind);
    expect(p0301?.text).toMatch(/石桥村.*还需驻村\d+天/);
    expect(await store.get('messages', `${P('P0301')}:forward-warning:2026-11-20`)).toMatchObject({ page: '/packages/presence/pages/month/index' });
    const summary = await store.get('messages', `${SUPERVISOR_T01}:at-risk-summary:2026-11-20`);
    expect(summary?.body).toContain('石桥村');
    // Team members are not judged on the presence ratio.
    expect(presence.every((a) => a.personId?.endsWith('01'))).toBe(true);
    // The next working day: the same findings raise no second alert and no second warning.
    const first = (await store.find('alerts', { personId: P('P0301') })).map((a) => a._id).sort();
    expect(first).toContain(p0301?._id);
    await run([forwardWarning], '2026-11-23T01:00:00Z');
    const again = await store.find('alerts', { personId: P('P0301') });
    expect(again.map((a) => a._id).sort()).toEqual(first);
    expect(await store.get('messages', `${P('P0301')}:forward-warning:2026-11-23`)).toBeNull();
  });
});

describe('team coverage gap (08:30, yesterday)', () => {
  it('reports a village nobody was in yesterday to its township supervisor', async () => {
    const { store, run } = await setup();
    for (const code of ['P0101', 'P0102', 'P0103']) {
      const doc = await store.get('person_months', `${P(code)}:2026-11`);
      await writeRollup(store, { ...doc!, presentDays: doc!.presentDays.filter((d) => d !== '2026-11-19') });
    }
    for (let v = 2; v <= 12; v += 1) await markPresent(store, `P0${v * 100 + 2}`, '2026-11-19');
    expect((await run([coverageGap], '2026-11-20T00:29:59Z')).ran).toEqual([]);
    await run([coverageGap], '2026-11-20T00:30:00Z');
    const alerts = await store.find('alerts', { kind: 'coverage-gap' });
    expect(alerts.map((a) => a._id)).toEqual(['coverage-gap:vil_430121_V001:2026-11-19']);
    expect(alerts[0].text).toBe('红旗村11月19日工作队3人都不在村（无人打卡）');
    expect(await store.get('messages', `${SUPERVISOR_T01}:coverage-gap:2026-11-20`)).toMatchObject({ title: '11月19日有1个村无人在村' });
  });

  it('looks at the previous month on the 1st (month boundary)', async () => {
    const { store, run } = await setup();
    // The demo has no records for Nov 30 (after the seed's today): every village had a gap.
    expect((await run([coverageGap], '2026-12-01T00:29:59Z')).ran).toEqual([]);
    await run([coverageGap], '2026-12-01T00:30:00Z');
    const alerts = await store.find('alerts', { kind: 'coverage-gap' });
    expect(alerts).toHaveLength(12);
    expect(alerts.every((a) => a.day === '2026-11-30')).toBe(true);
  });
});

describe('overdue leave return (09:30)', () => {
  it('alerts the township supervisor when an approved leave ended beyond the grace days', async () => {
    const { store, run } = await setup();
    const decided = { days: 2, approverLevel: 'township', createdAt: '2026-11-10T00:00:00Z', decidedAt: '2026-11-10T01:00:00Z', decidedBy: SUPERVISOR_T01 } as const;
    await putDecidedLeave(store, { _id: 'L1', personId: P('P0102'), from: '2026-11-16', to: '2026-11-17', status: 'approved', returnedAt: null, ...decided });
    await putDecidedLeave(store, { _id: 'L2', personId: P('P0103'), from: '2026-11-18', to: '2026-11-19', status: 'approved', returnedAt: null, ...decided });
    await putDecidedLeave(store, { _id: 'L3', personId: P('P0101'), from: '2026-11-10', to: '2026-11-11', status: 'returned', returnedAt: '2026-11-12T01:00:00Z', ...decided });
    expect((await run([overdueReturn], '2026-11-20T01:29:59Z')).ran).toEqual([]);
    await run([overdueReturn], '2026-11-20T01:30:00Z');
    const alerts = await store.find('alerts', { kind: 'overdue-return' });
    expect(alerts.map((a) => a._id)).toEqual(['overdue-return:L1']);
    expect(alerts[0].text).toMatch(/^红旗村.+请假到11月17日，已过销假期限仍未返岗$/);
    expect(await store.get('messages', `${SUPERVISOR_T01}:overdue-return:2026-11-20`)).toMatchObject({ title: '1人假满未返岗' });
  });
});

describe('month close (the 1st at 06:00)', () => {
  it('freezes last month once as an audited snapshot and notifies the county after quiet hours', async () => {
    const { store, run } = await setup();
    expect((await run([monthClose], '2026-11-30T21:59:59Z')).ran).toEqual([]); // 05:59:59 on Dec 1
    const r = await run([monthClose], '2026-11-30T22:00:00Z');
    expect(r.ran).toEqual([`month-close:${C}:2026-11`]);
    const snap = await snapshotHead(store, C, '2026-11');
    expect(snap).toMatchObject({ countyId: C, month: '2026-11', frozenAt: '2026-11-30T22:00:00.000Z' });
    // The head holds the county's counts and rates, never its villages: each village has its own snapshot.
    expect(snap?.summary).toMatchObject({ closed: true, counts: { villages: 12 } });
    expect(snap?.compliance).toBeUndefined();
    const villages = (await store.find('snapshots', { countyId: C, month: '2026-11' })).filter((d) => d.kind === 'village-month');
    expect(villages).toHaveLength(12);
    expect(await store.get('snapshots', `${C}:2026-11:${villages[0].villageId}`)).toMatchObject({ village: { villageId: villages[0].villageId } });
    expect(await store.find('audit', { entity: 'snapshot' })).toHaveLength(1);
    const note = await store.get('messages', `${ADMIN}:month-close:2026-12-01`);
    expect(note).toMatchObject({ title: '11月驻村考核已月结', pushStatus: 'waiting', pushAt: '2026-11-30T23:30:00.000Z' });
    // Twice and late: still one snapshot.
    expect((await run([monthClose], '2026-12-02T03:00:00Z')).ran).toEqual([]);
    expect(await store.find('snapshots', {})).toHaveLength(13);
    expect(await store.find('audit', { entity: 'snapshot' })).toHaveLength(1);
  });
});

describe('escalation', () => {
  it('sends a supervisor alert unacknowledged for 3 days to the county admin', async () => {
    const { store, run, call } = await setup();
    const raisedAt = new Date('2026-11-16T01:00:00Z');
    await raiseAlert(store, raisedAt, { kind: 'coverage-gap', key: 'vil_430121_V002:2026-11-15', countyId: C, townshipId: 'twn_430121_T01', villageId: 'vil_430121_V002', personId: null, day: '2026-11-15', text: '新民村11月15日工作队3人都不在村（无人打卡）' });
    await raiseAlert(store, new Date('2026-11-18T01:00:00Z'), { kind: 'coverage-gap', key: 'vil_430121_V002:2026-11-17', countyId: C, townshipId: 'twn_430121_T01', villageId: 'vil_430121_V002', personId: null, day: '2026-11-17', text: '新民村11月17日无人在村' });
    await run([escalation], '2026-11-19T00:59:59Z'); // 3 days minus a second
    expect((await call('demo-admin', 'alerts.list', {})).ok && (await store.find('alerts', { level: 'county' }))).toHaveLength(0);
    await run([escalation], '2026-11-19T01:00:00Z');
    const up = await store.find('alerts', { level: 'county' });
    expect(up.map((a) => a._id)).toEqual(['coverage-gap:vil_430121_V002:2026-11-15']);
    expect(up[0].escalatedAt).toBe('2026-11-19T01:00:00.000Z');
    expect(await store.get('messages', `${ADMIN}:escalation:2026-11-19`)).toMatchObject({ title: '1条预警超过3天未处理' });
    const county = await call('demo-admin', 'alerts.list', {});
    expect(county.ok && county.data.items.map((a: { id: string }) => a.id)).toEqual(['coverage-gap:vil_430121_V002:2026-11-15']);
    // The supervisor still sees (and may acknowledge) both.
    const sup = await call('demo-supervisor', 'alerts.list', { status: 'open' });
    expect(sup.ok && sup.data.open).toBe(2);
  });
  it('sends an alert of a township without a supervisor to the county at once', async () => {
    const { store, run } = await setup();
    await store.remove('grants', `${SUPERVISOR_T01}:township_supervisor:twn_430121_T01`);
    await raiseAlert(store, new Date('2026-11-20T01:00:00Z'), { kind: 'coverage-gap', key: 'vil_430121_V002:2026-11-19', countyId: C, townshipId: 'twn_430121_T01', villageId: 'vil_430121_V002', personId: null, day: '2026-11-19', text: '新民村11月19日无人在村' });
    await raiseAlert(store, new Date('2026-11-20T01:00:00Z'), { kind: 'coverage-gap', key: 'vil_430121_V005:2026-11-19', countyId: C, townshipId: 'twn_430121_T02', villageId: 'vil_430121_V005', personId: null, day: '2026-11-19', text: '龙泉村11月19日无人在村' });
    await run([escalation], '2026-11-20T02:00:00Z');
    expect((await store.find('alerts', { level: 'county' })).map((a) => a._id)).toEqual(['coverage-gap:vil_430121_V002:2026-11-19']);
    expect(await store.get('messages', `${ADMIN}:escalation:2026-11-20`)).toMatchObject({ title: '1条预警所在乡镇没有督导' });
  });
});

describe('housekeeping (03:00)', () => {
  it('removes the county\'s run markers older than 40 days, keeps the recent ones', async () => {
    const { store, run } = await setup();
    await run([clockInReminder], '2026-10-09T02:00:00Z');
    await run([clockInReminder], '2026-11-19T02:00:00Z');
    expect((await run([housekeeping], '2026-11-19T18:59:59Z')).ran).toEqual([]); // 02:59:59 on the 20th
    const r = await run([housekeeping], '2026-11-19T19:00:00Z');
    expect(Object.values(r.notes)).toEqual(['清理1条运行记录']);
    const left = (await store.find('jobs', {})).map((d) => d._id).sort();
    expect(left).toEqual([`clock-in-reminder:${C}:2026-11-19`, `housekeeping:${C}:2026-11-20`]);
  });
  it('removes messages older than a year and survey rate counters older than two days, of this county only', async () => {
    const { store, run } = await setup();
    // A reminder, pushed when it was written and never read.
    const msg = (id: string, countyId: string, createdAt: string) =>
      store.insert('messages', {
        _id: id,
        countyId,
        personId: FS,
        kind: 'clock-in-reminder',
        day: createdAt.slice(0, 10),
        title: '驻村打卡提醒',
        body: '今天还没有驻村打卡。',
        page: '/pages/cadre/index',
        createdAt,
        readAt: null,
        templateKey: 'reminder',
        pushStatus: 'sent',
        pushAt: createdAt,
        pushedAt: createdAt,
        pushError: null,
      });
    await msg('m-old', C, '2025-11-19T10:00:00.000Z');
    await msg('m-year', C, '2025-11-21T10:00:00.000Z');
    await msg('m-other-county', 'cty_other', '2024-01-01T00:00:00.000Z');
    const key = (id: string, fields: Omit<SurveyKeyDoc, '_id'>) => store.insert('survey_keys', { _id: id, ...fields });
    await key('rate:v1:2026-11-17T10', { kind: 'rate', countyId: C, hour: '2026-11-17T10', n: 3 });
    await key('rate:v1:2026-11-18T10', { kind: 'rate', countyId: C, hour: '2026-11-18T10', n: 1 });
    await key('rate:v9:2026-01-01T10', { kind: 'rate', countyId: 'cty_other', hour: '2026-01-01T10', n: 1 });
    await key('tally:c1:v1', { kind: 'tally', countyId: C, campaignId: 'c1', villageId: 'v1', n: 4 });
    await key('hh:c1:abc', { campaignId: 'c1' });
    const mine = ['m-old', 'm-year', 'm-other-county', 'rate:v1:2026-11-17T10', 'rate:v1:2026-11-18T10', 'rate:v9:2026-01-01T10', 'tally:c1:v1', 'hh:c1:abc'];
    const left = async () => [...(await store.find('messages', {})), ...(await store.find('survey_keys', {}))].map((d) => d._id).filter((id) => mine.includes(id)).sort();
    const r = await run([housekeeping], '2026-11-19T19:00:00Z'); // 03:00 on the 20th
    expect(Object.values(r.notes)[0]).toMatch(/1条旧消息、1条问卷限流计数$/);
    expect(await left()).toEqual(['hh:c1:abc', 'm-other-county', 'm-year', 'rate:v1:2026-11-18T10', 'rate:v9:2026-01-01T10', 'tally:c1:v1']);
  });
});
