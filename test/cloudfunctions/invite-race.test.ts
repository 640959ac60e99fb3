/**
 * One roster person per WeChat identity, even when one phone redeems two codes at the same moment
 * (the "not bound yet" check is a query before the transaction). SQLite and the CloudBase emulator.
 */
import { seeded, TEST_STORE } from './harness';

describe(`on ${TEST_STORE}: two codes redeemed at once by one WeChat identity`, () => {
  it('binds one person; the other answers CONFLICT and its code stays unused', async () => {
    const { call, store } = await seeded();
    const overview = await call('demo-admin', 'roster.overview');
    if (!overview.ok) throw new Error(overview.error.message);
    const [a, b] = overview.data.people.filter((p: { bound: boolean }) => !p.bound) as { id: string }[];
    const codes: string[] = [];
    for (const p of [a, b]) {
      const created = await call('demo-admin', 'invite.create', { personId: p.id });
      if (!created.ok) throw new Error(created.error.message);
      codes.push(created.data.code as string);
    }
    const answers = await Promise.all(codes.map((code) => call('wx-two-codes', 'invite.redeem', { code })));
    expect(answers.filter((r) => r.ok)).toHaveLength(1);
    expect(answers.find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await store.count('people', { openid: 'wx-two-codes' })).toBe(1);
    const unused = await Promise.all(codes.map((c) => store.get('invites', c)));
    expect(unused.filter((i) => i?.usedAt === null)).toHaveLength(1);
  });
});
