import { route } from '../../cloudfunctions/api/app';
import { HANDLERS } from '../../cloudfunctions/api/handlers';
import { ACTIONS } from '../../types';
import { NOW, seeded } from './harness';

describe('api router', () => {
  it('serves every action of the contract, and nothing else', () => {
    expect(HANDLERS.map((h) => h.contract.name).sort()).toEqual(Object.keys(ACTIONS).sort());
  });

  it('answers malformed events with a Chinese error', async () => {
    const { store } = await seeded();
    const env = { openid: 'demo-admin', now: NOW, store, services: {} as never, env: 'local' as const };
    for (const bad of [null, 'x', 42, {}, { action: 7 }]) {
      const r = await route(bad, env);
      expect(r).toEqual({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringMatching(/[\u4e00-\u9fa5]/) } });
    }
  });

  it('refuses unknown actions, missing identity, unbound callers and wrong roles', async () => {
    const { call } = await seeded();
    expect(await call('demo-admin', 'nope.nothing')).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION' } });
    expect(await call('', 'session.whoami')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await call('stranger', 'roster.overview')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await call('demo-fs', 'roster.overview')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call('demo-villager', 'cadre.today')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('validates input with Chinese messages and writes nothing', async () => {
    const { call, store } = await seeded();
    const before = await store.count('invites', {});
    const r = await call('demo-admin', 'invite.create', { personId: 123 });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!r.ok) expect(r.error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await call('demo-admin', 'invite.create', { personId: 'x', extra: 1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await store.count('invites', {})).toBe(before);
  });
});

describe('session.whoami', () => {
  it('names the first secretary with roles and the village fence', async () => {
    const { call } = await seeded();
    const r = await call('demo-fs', 'session.whoami');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.person.name).toBeTruthy();
    expect(r.data.roles.map((g: { role: string }) => g.role).sort()).toEqual(['first_secretary', 'team_leader']);
    expect(r.data.villages).toHaveLength(1);
    expect(r.data.villages[0]).toMatchObject({ name: '红旗村' });
    expect(r.data.villages[0].fence.length).toBeGreaterThanOrEqual(1);
  });

  it('answers a villager with no person and no roles', async () => {
    const { call } = await seeded();
    expect(await call('demo-villager', 'session.whoami')).toEqual({
      ok: true,
      data: { openid: 'demo-villager', person: null, roles: [], villages: [], now: NOW.toISOString() },
    });
  });
});
