import { seeded } from './harness';

type S = Awaited<ReturnType<typeof seeded>>;

async function township(s: S, name: string) {
  const [t] = await s.store.find('townships', { name });
  return t;
}

describe('invite.bulk: a printable sheet of codes for a township or village', () => {
  it('one code for each unbound person of the township, its villages and its supervisors; bound people get none', async () => {
    const s = await seeded();
    const t = await township(s, '城关镇');
    const r = await s.call('demo-admin', 'invite.bulk', { townshipId: t._id });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.data.scopeName).toBe('城关镇');
    const names = r.data.items.map((i: { personName: string }) => i.personName);
    expect(new Set(names).size).toBe(names.length);
    expect(r.data.items.length).toBeGreaterThan(3);
    for (const i of r.data.items) {
      expect(i.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
      const p = await s.store.get('people', i.personId);
      expect(p!.openid).toBeFalsy();
    }
    // The demo first secretary of 红旗村 is bound: not on the sheet.
    const fs = await s.store.find('people', { openid: 'demo-fs' });
    expect(r.data.items.some((i: { personId: string }) => i.personId === fs[0]._id)).toBe(false);
    expect(r.data.items.some((i: { roleLabel: string }) => i.roleLabel === '第一书记')).toBe(true);
  });

  it('printing again (or a retry) keeps the codes: no new ones while the old are usable', async () => {
    const s = await seeded();
    const t = await township(s, '城关镇');
    const first = await s.call('demo-admin', 'invite.bulk', { townshipId: t._id });
    const before = await s.store.count('invites', {});
    const again = await s.call('demo-admin', 'invite.bulk', { townshipId: t._id });
    expect(again.ok && first.ok && again.data.items.map((i: { code: string }) => i.code)).toEqual(first.ok && first.data.items.map((i: { code: string }) => i.code));
    expect(await s.store.count('invites', {})).toBe(before);
  });

  it('one village only; bad input and other roles are refused in Chinese and nothing is written', async () => {
    const s = await seeded();
    const [v] = await s.store.find('villages', { name: '红旗村' });
    const one = await s.call('demo-admin', 'invite.bulk', { villageId: v._id });
    expect(one.ok && one.data.items.every((i: { placeName: string }) => i.placeName === '红旗村')).toBe(true);
    const before = await s.store.count('invites', {});
    const t = await township(s, '城关镇');
    expect(await s.call('demo-admin', 'invite.bulk', {})).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('请选一个乡镇或一个村') } });
    expect(await s.call('demo-admin', 'invite.bulk', { townshipId: t._id, villageId: v._id })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await s.call('demo-admin', 'invite.bulk', { townshipId: 'twp_nowhere' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '没有找到这个乡镇。' } });
    expect(await s.call('demo-supervisor', 'invite.bulk', { townshipId: t._id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await s.store.count('invites', {})).toBe(before);
  });
});
