import { NOW, seeded } from './harness';

async function unboundPerson(call: Awaited<ReturnType<typeof seeded>>['call']) {
  const r = await call('demo-admin', 'roster.overview');
  if (!r.ok) throw new Error(r.error.message);
  return r.data.people.find((p: { bound: boolean }) => !p.bound) as { id: string; name: string };
}

describe('invitation codes', () => {
  it('binds a WeChat user to a roster person once', async () => {
    const { call, store } = await seeded();
    const person = await unboundPerson(call);
    const created = await call('demo-admin', 'invite.create', { personId: person.id });
    expect(created).toMatchObject({ ok: true, data: { personName: person.name, code: expect.stringMatching(/^[A-Z2-9]{8}$/) } });
    if (!created.ok) return;
    const code = created.data.code as string;
    const bound = await call('wx-new-user', 'invite.redeem', { code: code.toLowerCase() });
    expect(bound).toEqual({ ok: true, data: { person: { id: person.id, name: person.name } } });
    expect(await call('wx-other', 'invite.redeem', { code })).toMatchObject({ ok: false, error: { code: 'INVITE_INVALID' } });
    const me = await call('wx-new-user', 'session.whoami');
    expect(me).toMatchObject({ ok: true, data: { person: { id: person.id } } });
    const list = await call('demo-admin', 'invite.list');
    expect(list).toMatchObject({ ok: true, data: [{ code, status: 'used' }] });
    expect(await store.count('audit', { entity: 'person', action: 'bind-wechat' })).toBe(1);
  });

  it('refuses an expired code and a code for an already bound person', async () => {
    const { call } = await seeded();
    const person = await unboundPerson(call);
    const created = await call('demo-admin', 'invite.create', { personId: person.id, validDays: 1 });
    if (!created.ok) throw new Error('create failed');
    const later = new Date(NOW.getTime() + 2 * 86_400_000);
    expect(await call('wx-late', 'invite.redeem', { code: created.data.code }, later)).toMatchObject({ ok: false, error: { code: 'INVITE_INVALID' } });
    const overview = await call('demo-admin', 'roster.overview');
    if (!overview.ok) throw new Error('overview failed');
    const boundOne = overview.data.people.find((p: { bound: boolean }) => p.bound);
    expect(await call('demo-admin', 'invite.create', { personId: boundOne.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await call('demo-admin', 'invite.redeem', { code: 'ABCDEFGH' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('only the county admin issues codes', async () => {
    const { call } = await seeded();
    const person = await unboundPerson(call);
    expect(await call('demo-supervisor', 'invite.create', { personId: person.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
