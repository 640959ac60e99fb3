/**
 * Issue 11's proof, on whichever store the harness runs (`npm test` runs this file on SQLite and
 * on the production CloudBase driver over the CloudBase emulator):
 *   - any number of concurrent identical clock-ins answer ok with the same result, one record;
 *   - a clock-in racing a leave approval loses neither the day nor the leave days;
 *   - a handler that throws after its first write leaves nothing, and its retry succeeds;
 *   - a notice whose push crashes is sent once by the next flush, never twice.
 */
import { pushQueued, flushDuePushes, MAX_PUSH_ATTEMPTS, PUSH_RETRY_MS, PUSH_STALE_MS, queueNotice, type MessageDoc } from '../../cloudfunctions/common/delivery/messages';
import { addGrants } from '../../cloudfunctions/common/delivery/grants';
import type { DocDriver, DocTx } from '../../cloudfunctions/common/store/driver';
import { DEFAULT_RULE_CONFIG } from '../../src/core';
import { NOW, seeded, TEST_STORE, testServices } from './harness';
import { sections, TEXT_A, TEXT_B } from './diary-helpers';
import { applied, FS } from './leave-helpers';

type Stack = Awaited<ReturnType<typeof seeded>>;

async function fencePoint(s: Stack) {
  const v = await s.store.get('villages', 'vil_430121_V001');
  const f = v!.fence[0];
  return { lat: f.lat, lng: f.lng, accuracyM: 20 };
}

/** Makes the `nth` write of `coll` inside a transaction throw, once (a function that dies half-way). */
function failNthTxWrite(store: DocDriver, coll: string, nth = 1) {
  const transaction = store.transaction.bind(store);
  let seen = 0;
  let fired = false;
  const boom = (c: string) => {
    if (c === coll && !fired && ++seen === nth) {
      fired = true;
      throw new Error('function stopped half-way');
    }
  };
  return jest.spyOn(store, 'transaction').mockImplementation(async (fn) =>
    transaction((tx: DocTx) =>
      fn({
        get: (c, id) => tx.get(c, id),
        insert: async (c, d) => (boom(c), tx.insert(c, d)),
        put: async (c, d) => (boom(c), tx.put(c, d)),
        update: async (c, id, p) => (boom(c), tx.update(c, id, p)),
        remove: async (c, id) => (boom(c), tx.remove(c, id)),
      }),
    ) as never,
  );
}

afterEach(() => jest.restoreAllMocks());

describe(`on ${TEST_STORE}: concurrent identical requests`, () => {
  it('eight concurrent identical clock-ins all answer ok with the same result, and one clock-in is stored', async () => {
    const s = await seeded();
    const input = { ...(await fencePoint(s)), clientRequestId: 'same-tap-0001' };
    const answers = await Promise.all(Array.from({ length: 8 }, () => s.call('demo-fs', 'attendance.clockIn', input)));
    expect(answers.map((a) => a.ok)).toEqual(Array(8).fill(true));
    const first = answers[0];
    for (const a of answers) expect(a).toEqual(first);
    expect(await s.store.count('clockins', { personId: FS, day: '2026-11-20' })).toBe(1);
    const month = await s.store.get('person_months', `${FS}:2026-11`);
    expect(month!.presentDays.filter((d) => d === '2026-11-20')).toHaveLength(1);
    // And a later retry answers the same again.
    expect(await s.call('demo-fs', 'attendance.clockIn', input)).toEqual(first);
  });

  it('concurrent identical diary saves store one entry and one rollup line', async () => {
    const s = await seeded();
    const input = { personId: FS, day: '2026-11-20', sections: sections(TEXT_A), clientRequestId: 'diary-same-0001' };
    const answers = await Promise.all(Array.from({ length: 5 }, () => s.call('demo-fs', 'diary.save', input)));
    expect(answers.filter((a) => !a.ok)).toEqual([]);
    for (const a of answers) expect(a).toEqual(answers[0]);
    const month = await s.store.get('person_months', `${FS}:2026-11`);
    expect(month!.diaries.filter((d) => d.day === '2026-11-20')).toHaveLength(1);
  });
});

describe(`on ${TEST_STORE}: rollups never lose a writer`, () => {
  it('a clock-in racing a leave approval: the day and the leave days both land in the month', async () => {
    const s = await seeded();
    const id = await applied(s, { from: '2026-11-23', to: '2026-11-24' });
    const point = await fencePoint(s);
    const [decided, clocked] = await Promise.all([
      s.call('demo-supervisor', 'leave.decide', { leaveId: id, decision: 'approve' }),
      s.call('demo-fs', 'attendance.clockIn', { ...point, clientRequestId: 'race-tap-0001' }),
    ]);
    expect(decided).toMatchObject({ ok: true });
    expect(clocked).toMatchObject({ ok: true, data: { decision: 'in-village' } });
    const month = await s.store.get('person_months', `${FS}:2026-11`);
    expect(month!.presentDays).toContain('2026-11-20');
    expect(month!.leaveDays).toEqual(expect.arrayContaining(['2026-11-23', '2026-11-24']));
  });

  it('many writers to one cadre’s month at once (clock-ins on several days, a diary, a leave approval) all land', async () => {
    const s = await seeded();
    const id = await applied(s, { from: '2026-11-26', to: '2026-11-27' });
    const point = await fencePoint(s);
    const days = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'];
    const results = await Promise.all([
      ...days.map((d, i) => s.call('demo-fs', 'attendance.clockIn', { ...point, clientRequestId: `many-${i}-0001` }, new Date(`${d}T01:00:00Z`))),
      s.call('demo-fs', 'diary.save', { personId: FS, day: '2026-11-20', sections: sections(TEXT_B), clientRequestId: 'many-diary-0001' }),
      s.call('demo-supervisor', 'leave.decide', { leaveId: id, decision: 'approve' }),
    ]);
    expect(results.map((r) => r.ok)).toEqual(Array(results.length).fill(true));
    const month = await s.store.get('person_months', `${FS}:2026-11`);
    expect(month!.presentDays).toEqual(expect.arrayContaining(days));
    expect(month!.leaveDays).toEqual(expect.arrayContaining(['2026-11-26', '2026-11-27']));
    expect(month!.diaries.map((d) => d.day)).toContain('2026-11-20');
  });
});

describe(`on ${TEST_STORE}: a handler that throws after its first write`, () => {
  it('leaves nothing behind (no clock-in, no marker, no rollup change), and the retry succeeds once', async () => {
    const s = await seeded();
    const input = { ...(await fencePoint(s)), clientRequestId: 'half-way-0001' };
    const before = { clockins: await s.store.count('clockins', {}), requests: await s.store.count('requests', {}), month: await s.store.get('person_months', `${FS}:2026-11`) };
    // The clock-in itself is written, then the rollup write fails.
    const spy = failNthTxWrite(s.store, 'person_months');
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await s.call('demo-fs', 'attendance.clockIn', input)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    spy.mockRestore();
    log.mockRestore();
    expect(await s.store.count('clockins', {})).toBe(before.clockins);
    expect(await s.store.count('requests', {})).toBe(before.requests);
    expect(await s.store.get('person_months', `${FS}:2026-11`)).toEqual(before.month);
    const retry = await s.call('demo-fs', 'attendance.clockIn', input);
    expect(retry).toMatchObject({ ok: true, data: { decision: 'in-village', day: '2026-11-20' } });
    expect(await s.store.count('clockins', {})).toBe(before.clockins + 1);
    expect((await s.store.get('person_months', `${FS}:2026-11`))!.presentDays).toContain('2026-11-20');
    expect(await s.call('demo-fs', 'attendance.clockIn', input)).toEqual(retry);
  });

  it('a leave application that stops after the leave is written leaves no leave and no approver notice', async () => {
    const s = await seeded();
    const leaves = await s.store.count('leaves', {});
    const messages = await s.store.count('messages', {});
    const spy = failNthTxWrite(s.store, 'messages');
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const input = { type: 'personal', from: '2026-11-25', to: '2026-11-25', reason: '家中有事', clientRequestId: 'leave-half-0001' };
    expect(await s.call('demo-fs', 'leave.apply', input)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    spy.mockRestore();
    log.mockRestore();
    expect(await s.store.count('leaves', {})).toBe(leaves);
    expect(await s.store.count('messages', {})).toBe(messages);
    expect(await s.call('demo-fs', 'leave.apply', input)).toMatchObject({ ok: true });
    expect(await s.store.count('leaves', {})).toBe(leaves + 1);
    expect(await s.store.count('messages', {})).toBeGreaterThan(messages);
  });
});

describe(`on ${TEST_STORE}: delivery never loses a notice and never pushes one twice`, () => {
  const rules = DEFAULT_RULE_CONFIG;
  const at = (min: number) => new Date(NOW.getTime() + min * 60_000);
  const notice = { personId: FS, countyId: 'cty_430121', kind: 'leave-decision' as const, title: '请假已批准', body: '您的事假已批准。', page: '/p', key: 'lv_test' };

  async function setup(send: () => Promise<boolean>) {
    const s = await seeded();
    const sent: string[] = [];
    const { services } = testServices();
    const deps = (now: Date) => ({ store: s.store, now, services: { ...services, delivery: { send: async () => (sent.push('x'), send()) } } });
    for (let i = 0; i < 5; i++) await addGrants(s.store, FS, ['notice'], NOW);
    return { s, sent, deps };
  }
  const message = (s: Stack, id: string) => s.store.get('messages', id);

  it('a notice written with its write but never pushed (the function stopped) is sent by the next flush, once', async () => {
    const { s, sent, deps } = await setup(async () => true);
    const doc = (await s.store.transaction((tx) => queueNotice(tx, NOW, rules, notice)))!;
    expect((await message(s, doc._id))?.pushStatus).toBe('waiting');
    await flushDuePushes(deps(at(1)));
    await flushDuePushes(deps(at(2)));
    expect(sent).toHaveLength(1);
    expect(await message(s, doc._id)).toMatchObject({ pushStatus: 'sent', pushAttempts: 1 });
  });

  it('a push that crashes (WeChat error) is sent once by the first flush after its backoff', async () => {
    let fail = true;
    const { s, sent, deps } = await setup(async () => {
      if (fail) throw new Error('errcode -1 system busy');
      return true;
    });
    const doc = (await s.store.transaction((tx) => queueNotice(tx, NOW, rules, notice)))!;
    await pushQueued(deps(NOW), [doc]);
    expect(await message(s, doc._id)).toMatchObject({ pushStatus: 'waiting', pushAttempts: 1, pushError: 'errcode -1 system busy' });
    fail = false;
    await flushDuePushes(deps(at(1))); // before the backoff: nothing
    expect(sent).toHaveLength(1);
    await flushDuePushes(deps(at(PUSH_RETRY_MS / 60_000 + 1)));
    await flushDuePushes(deps(at(PUSH_RETRY_MS / 60_000 + 2)));
    expect(sent).toHaveLength(2); // the failed call, then exactly one good one
    expect(await message(s, doc._id)).toMatchObject({ pushStatus: 'sent', pushAttempts: 2 });
  });

  it(`gives up after ${MAX_PUSH_ATTEMPTS} WeChat errors: failed, where the county admin sees it`, async () => {
    const { s, sent, deps } = await setup(async () => {
      throw new Error('errcode 45009 reach max api daily quota limit');
    });
    const doc = (await s.store.transaction((tx) => queueNotice(tx, NOW, rules, notice)))!;
    for (let m = 0; m < 24 * 60; m += 5) await flushDuePushes(deps(at(m)));
    expect(sent).toHaveLength(MAX_PUSH_ATTEMPTS);
    expect(await message(s, doc._id)).toMatchObject({ pushStatus: 'failed', pushAttempts: MAX_PUSH_ATTEMPTS });
    const view = await s.call('demo-admin', 'messages.list', {});
    expect(view).toMatchObject({ ok: true, data: { failedPushes: { count: 1 } } });
  });

  it('a sender that stopped before calling WeChat: pushed once later; one that stopped after: never again, marked failed', async () => {
    const { s, sent, deps } = await setup(async () => true);
    const a = (await s.store.transaction((tx) => queueNotice(tx, NOW, rules, { ...notice, key: 'lv_a' })))!;
    const b = (await s.store.transaction((tx) => queueNotice(tx, NOW, rules, { ...notice, key: 'lv_b' })))!;
    const claimed: Partial<MessageDoc> = { pushStatus: 'sending', pushClaimedAt: NOW.toISOString() };
    await s.store.update('messages', a._id, claimed);
    await s.store.update('messages', b._id, { ...claimed, pushSendingAt: NOW.toISOString(), pushAttempts: 1 });
    await flushDuePushes(deps(at(1))); // not stale yet
    expect(sent).toHaveLength(0);
    await flushDuePushes(deps(at(PUSH_STALE_MS / 60_000 + 1)));
    await flushDuePushes(deps(at(PUSH_STALE_MS / 60_000 + 2)));
    expect(sent).toHaveLength(1);
    expect(await message(s, a._id)).toMatchObject({ pushStatus: 'sent' });
    expect(await message(s, b._id)).toMatchObject({ pushStatus: 'failed' });
  });

  it('two flushes at once push a due notice once', async () => {
    const { s, sent, deps } = await setup(async () => true);
    await s.store.transaction((tx) => queueNotice(tx, NOW, rules, notice));
    await Promise.all([flushDuePushes(deps(at(1))), flushDuePushes(deps(at(1))), flushDuePushes(deps(at(1)))]);
    expect(sent).toHaveLength(1);
  });
});
