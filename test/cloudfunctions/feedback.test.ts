import { seeded } from './harness';

const V001 = 'vil_430121_V001';
const later = (s: number) => new Date(Date.parse('2026-11-20T03:00:00Z') + s * 1000);
const base = { kind: 'complaint', text: '村口的路灯坏了一个月没人修。', anonymous: false };

describe('feedback.submit', () => {
  it('anyone may send; a villager names the village; retries do not duplicate; bad input writes nothing', async () => {
    const { call, store } = await seeded();
    expect(await call('demo-villager', 'feedback.submit', { ...base, clientRequestId: 'req-00001' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: '请选择您所在的村，以便县里处理。' },
    });
    expect(await call('demo-villager', 'feedback.submit', { ...base, text: '太短', villageId: V001, clientRequestId: 'req-00002' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(
      await call('demo-villager', 'feedback.submit', { ...base, anonymous: true, contact: '13900000000', villageId: V001, clientRequestId: 'req-00003' }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('匿名提交时请不要填写联系方式') } });
    expect(await call('demo-villager', 'feedback.submit', { ...base, kind: 'praise', villageId: V001, clientRequestId: 'req-00004' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await call('demo-villager', 'feedback.submit', { ...base, villageId: 'vil_none', clientRequestId: 'req-00005' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await store.count('feedback', {})).toBe(0);

    const input = { ...base, contact: '13900001111', villageId: V001, clientRequestId: 'req-00006' };
    const first = await call('demo-villager', 'feedback.submit', input);
    expect(first).toMatchObject({ ok: true, data: { status: 'open' } });
    const again = await call('demo-villager', 'feedback.submit', input, later(5));
    expect(again).toEqual(first);
    expect(await store.count('feedback', {})).toBe(1);

    // A cadre's item belongs to their county without naming a village.
    expect(await call('demo-member', 'feedback.submit', { ...base, kind: 'suggestion', clientRequestId: 'req-00007' })).toMatchObject({ ok: true });
  });

  it('is rate-limited per WeChat identity, anonymous or not', async () => {
    const { call } = await seeded();
    const send = (n: number, s: number, anonymous = true) =>
      call('demo-villager', 'feedback.submit', { ...base, anonymous, villageId: V001, clientRequestId: `rate-${n}-xxxx` }, later(s));
    expect((await send(1, 0)).ok).toBe(true);
    expect(await send(2, 10)).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    for (let i = 3; i <= 6; i++) expect((await send(i, i * 60, i % 2 === 0)).ok).toBe(true);
    expect(await send(7, 3600)).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', message: expect.stringContaining('每天最多') } });
    // The next Shanghai day opens again (2026-11-21 00:00 Shanghai = 11-20 16:00Z).
    expect((await call('demo-villager', 'feedback.submit', { ...base, villageId: V001, clientRequestId: 'rate-8-xxxx' }, new Date('2026-11-20T16:00:01Z'))).ok).toBe(true);
    // Someone else is not limited by it.
    expect((await call('demo-fs', 'feedback.submit', { ...base, clientRequestId: 'rate-9-xxxx' }, later(3600))).ok).toBe(true);
  });
});

describe('feedback for the county admin', () => {
  it('lists the county items; anonymous ones carry no identity; only the sender sees theirs', async () => {
    const { call } = await seeded();
    await call('demo-fs', 'feedback.submit', { ...base, anonymous: true, clientRequestId: 'anon-0001' });
    await call('demo-member', 'feedback.submit', { ...base, kind: 'suggestion', text: '建议增加农技培训的次数。', contact: '微信 zhang', clientRequestId: 'named-0001' }, later(60));
    const list = await call('demo-admin', 'feedback.list', {});
    expect(list.ok).toBe(true);
    if (!list.ok) return;
    expect(list.data.open).toBe(2);
    const [named, anon] = list.data.items;
    expect(named).toMatchObject({ kind: 'suggestion', submitter: { contact: '微信 zhang' }, villageName: null });
    expect(named.submitter.name).toBeTruthy();
    expect(anon).toMatchObject({ anonymous: true, submitter: null });
    expect(JSON.stringify(list.data)).not.toContain('demo-fs');
    expect(JSON.stringify(anon)).not.toMatch(/P0101|psn_/);

    const mine = await call('demo-fs', 'feedback.mine', {});
    expect(mine.ok && mine.data).toHaveLength(1);
    expect(await call('demo-villager', 'feedback.mine', {})).toEqual({ ok: true, data: [] });
    expect(await call('demo-supervisor', 'feedback.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call('demo-admin', 'feedback.list', { status: 'done' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('answers and closes, audited; a closed item takes no more answers; other counties are out of scope', async () => {
    const { call, store } = await seeded();
    const sent = await call('demo-villager', 'feedback.submit', { ...base, villageId: V001, clientRequestId: 'reply-0001' });
    if (!sent.ok) throw new Error('submit failed');
    const id = sent.data.id;
    expect(await call('demo-admin', 'feedback.reply', { id, reply: '好', clientRequestId: 'ans-00001' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call('demo-admin', 'feedback.reply', { id, reply: '已联系镇里，本周内修好。', clientRequestId: 'ans-00002' })).toEqual({ ok: true, data: { id, status: 'replied' } });
    const mine = await call('demo-villager', 'feedback.mine', {});
    expect(mine.ok && mine.data[0]).toMatchObject({ status: 'replied', reply: '已联系镇里，本周内修好。', villageName: '红旗村' });
    const close = { id, reply: '路灯已修好，谢谢反映。', close: true, clientRequestId: 'ans-00003' };
    expect(await call('demo-admin', 'feedback.reply', close)).toEqual({ ok: true, data: { id, status: 'closed' } });
    expect(await call('demo-admin', 'feedback.reply', close)).toEqual({ ok: true, data: { id, status: 'closed' } }); // a retry
    expect(await call('demo-admin', 'feedback.reply', { ...close, clientRequestId: 'ans-00004' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await store.count('audit', { entity: 'feedback' })).toBe(2);
    const closed = await call('demo-admin', 'feedback.list', { status: 'closed' });
    expect(closed.ok && closed.data.items.map((i: { id: string }) => i.id)).toEqual([id]);
    expect(closed.ok && closed.data.open).toBe(0);

    await store.insert('feedback', {
      _id: 'fb_other',
      countyId: 'cty_999999',
      townshipId: null,
      villageId: null,
      kind: 'suggestion',
      text: '另一个县的群众反映。',
      anonymous: true,
      openid: 'x',
      personId: null,
      personName: null,
      contact: null,
      status: 'open',
      createdAt: '2026-11-01T00:00:00Z',
      reply: null,
      repliedAt: null,
      repliedBy: null,
      closedAt: null,
    });
    expect(await call('demo-admin', 'feedback.reply', { id: 'fb_other', reply: '收到', clientRequestId: 'ans-00005' })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    expect(await call('demo-admin', 'feedback.reply', { id: 'fb_none', reply: '收到', clientRequestId: 'ans-00006' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call('demo-supervisor', 'feedback.reply', { id, reply: '收到', clientRequestId: 'ans-00007' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('offers a villager the counties, then one chosen county’s villages; a person their own county’s', async () => {
    const { call, store } = await seeded();
    const first = await call('demo-villager', 'feedback.places', {});
    // A villager has no county: the deployment's counties (by code), and no village before one is chosen.
    expect(first).toMatchObject({ ok: true, data: { countyId: null, townships: [] } });
    const counties = first.ok ? first.data.counties : [];
    expect(counties.map((c: { name: string }) => c.name)).toEqual(['长沙县', '云溪县']);

    const chosen = await call('demo-villager', 'feedback.places', { countyId: counties[0].id });
    expect(chosen.ok && chosen.data.countyId).toBe('cty_430121');
    expect(chosen.ok && chosen.data.townships.map((t: { townshipName: string }) => t.townshipName)).toEqual(['城关镇', '龙泉镇', '青山乡']);
    expect(chosen.ok && chosen.data.townships[0].villages[0]).toEqual({ id: V001, name: '红旗村' });

    const other = await call('demo-villager', 'feedback.places', { countyId: counties[1].id });
    expect(other.ok && other.data.townships.map((t: { townshipName: string }) => t.townshipName)).toEqual(['溪口镇']);

    expect(await call('demo-villager', 'feedback.places', { countyId: 'cty_000000' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: '没有找到这个县（区），请重新选择。' },
    });

    // A person of a county: that county only, whatever they ask; no county list.
    const admin = await call('demo-admin', 'feedback.places', { countyId: counties[1].id });
    expect(admin.ok && admin.data.counties).toEqual([]);
    expect(admin.ok && admin.data.countyId).toBe('cty_430121');
    expect(admin.ok && admin.data.townships.map((t: { townshipName: string }) => t.townshipName)).toEqual(['城关镇', '龙泉镇', '青山乡']);

    // A deployment of one county: a villager gets its villages straight away.
    await store.remove('counties', counties[1].id);
    const only = await call('demo-villager', 'feedback.places', {});
    expect(only.ok && only.data.countyId).toBe('cty_430121');
    expect(only.ok && only.data.townships).toHaveLength(3);
  });
});

describe('feedback notices (in-app messages)', () => {
  const personOf = async (store: Awaited<ReturnType<typeof seeded>>['store'], openid: string) => String((await store.find('people', { openid }, { limit: 1 }))[0]._id);

  it('tells each county admin once a day when items arrive, never naming an anonymous sender; retries add nothing', async () => {
    const { call, store } = await seeded();
    const admin = await personOf(store, 'demo-admin');
    const input = { ...base, anonymous: true, villageId: V001, clientRequestId: 'note-0001' };
    expect((await call('demo-villager', 'feedback.submit', input)).ok).toBe(true);
    expect((await call('demo-villager', 'feedback.submit', input, new Date('2026-11-21T02:00:00Z'))).ok).toBe(true); // a retry the next day: no new message
    expect((await call('demo-fs', 'feedback.submit', { ...base, kind: 'suggestion', text: '建议村里多办几次夜校。', clientRequestId: 'note-0002' }, later(60))).ok).toBe(true);
    const toAdmin = await store.find('messages', { kind: 'feedback-new' });
    expect(toAdmin).toHaveLength(1);
    expect(toAdmin[0]).toMatchObject({
      personId: admin,
      day: '2026-11-20',
      title: '收到新的投诉建议',
      body: '投诉：村口的路灯坏了一个月没人修。',
      page: '/packages/supervisor/pages/feedback/index',
      templateKey: 'notice',
    });
    expect(JSON.stringify(toAdmin)).not.toContain('demo-villager');
    expect(await store.count('messages', { kind: 'feedback-new', day: '2026-11-21' })).toBe(0);
    // A new item the next day brings a new message.
    expect((await call('demo-villager', 'feedback.submit', { ...input, clientRequestId: 'note-0003' }, new Date('2026-11-21T03:00:00Z'))).ok).toBe(true);
    expect(await store.count('messages', { kind: 'feedback-new', personId: admin })).toBe(2);
    const inbox = await call('demo-admin', 'messages.list', {}, new Date('2026-11-21T03:00:00Z'));
    expect(inbox.ok && inbox.data.items.filter((m: { kind: string }) => m.kind === 'feedback-new')).toHaveLength(2);
  });

  it('tells a named roster sender about the answer; anonymous and off-roster senders read it in their own list', async () => {
    const { call, store } = await seeded();
    const member = await personOf(store, 'demo-member');
    const named = await call('demo-member', 'feedback.submit', { ...base, clientRequestId: 'ans-named1' });
    const anon = await call('demo-fs', 'feedback.submit', { ...base, anonymous: true, clientRequestId: 'ans-anon01' });
    const villager = await call('demo-villager', 'feedback.submit', { ...base, villageId: V001, clientRequestId: 'ans-vill01' });
    if (!named.ok || !anon.ok || !villager.ok) throw new Error('submit failed');
    for (const [i, id] of [named.data.id, anon.data.id, villager.data.id].entries()) {
      expect((await call('demo-admin', 'feedback.reply', { id, reply: '已转镇里处理，本周内答复您。', close: i === 0, clientRequestId: `reply-n${i}` }, later(600))).ok).toBe(true);
    }
    // A retry the next day answers the first result and sends nothing new.
    expect((await call('demo-admin', 'feedback.reply', { id: named.data.id, reply: '已转镇里处理，本周内答复您。', close: true, clientRequestId: 'reply-n0' }, new Date('2026-11-21T03:00:00Z'))).ok).toBe(true);
    const answered = await store.find('messages', { kind: 'feedback-answered' });
    expect(answered).toHaveLength(1);
    expect(answered[0]).toMatchObject({ personId: member, title: '您的投诉建议已办结', body: '已转镇里处理，本周内答复您。', page: '/packages/feedback/pages/index/index' });
    // The anonymous sender is not linked to any message; their answer is in their own list.
    const fsPerson = await personOf(store, 'demo-fs');
    expect(await store.count('messages', { personId: fsPerson, kind: 'feedback-answered' })).toBe(0);
    const mine = await call('demo-fs', 'feedback.mine', {});
    expect(mine.ok && mine.data[0]).toMatchObject({ status: 'replied', reply: '已转镇里处理，本周内答复您。' });
  });
});
