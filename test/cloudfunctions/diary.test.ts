import { NOW, seeded } from './harness';

const M2 = 'psn_430121_P0202';
import { at, bind, COUNTY, daysWithoutDiary, FS, MEMBER, sections, setRules, TEXT_A, TEXT_B, TEXT_C } from './diary-helpers';

const TODAY = '2026-11-20';

describe('diary.save and diary.get', () => {
  it("writes today's diary once however often it is retried, and records the first writing time in the month rollup", async () => {
    const { call, store } = await seeded();
    const input = { day: TODAY, sections: sections(TEXT_A), clientRequestId: 'diary-000001' };
    const first = await call('demo-fs', 'diary.save', input);
    expect(first).toMatchObject({ ok: true, data: { created: true, message: '已保存', entry: { id: `${FS}:${TODAY}`, day: TODAY, late: false } } });
    const retry = await call('demo-fs', 'diary.save', input, new Date(NOW.getTime() + 60_000));
    expect(retry).toEqual(first);
    const doc = await store.get('diaries', `${FS}:${TODAY}`);
    expect(doc).toMatchObject({ personId: FS, villageId: 'vil_430121_V001', townshipId: expect.any(String), countyId: COUNTY, month: '2026-11', visitIds: [], photoIds: [], amendments: [] });
    const rollup = await store.get('person_months', `${FS}:2026-11`);
    expect(rollup!.diaries.filter((d) => d.day === TODAY)).toEqual([{ day: TODAY, writtenAt: NOW.toISOString() }]);

    // Editing later the same day is a plain save: the creation time (what the on-time rule judges) stays.
    const later = at(TODAY, '21:30');
    const edit = await call('demo-fs', 'diary.save', { ...input, sections: sections(TEXT_A, { party: TEXT_B }), clientRequestId: 'diary-000002' }, later);
    expect(edit).toMatchObject({ ok: true, data: { created: false, entry: { createdAt: NOW.toISOString(), updatedAt: later.toISOString(), sections: { party: TEXT_B } } } });
    const rollupAfter = await store.get('person_months', `${FS}:2026-11`);
    expect(rollupAfter!.diaries.filter((d) => d.day === TODAY)).toEqual([{ day: TODAY, writtenAt: NOW.toISOString() }]);

    const got = await call('demo-fs', 'diary.get', {});
    expect(got).toMatchObject({ ok: true, data: { day: TODAY, today: TODAY, mode: 'write', entry: { sections: { visits: TEXT_A, party: TEXT_B } }, photosRequired: false } });
    expect(await call('demo-fs', 'diary.get', { day: '2026-11-21' })).toMatchObject({ ok: true, data: { mode: 'future', entry: null } });
  });

  it('decides the day on the server: 23:59 and 00:01 Shanghai are two different days, whatever the process time zone', async () => {
    const { call } = await seeded();
    const late = await call('demo-member', 'diary.get', {}, at('2026-11-20', '23:59'));
    expect(late).toMatchObject({ ok: true, data: { today: '2026-11-20' } });
    const next = await call('demo-member', 'diary.get', {}, at('2026-11-21', '00:01'));
    expect(next).toMatchObject({ ok: true, data: { today: '2026-11-21' } });
  });

  it('refuses a day in the future, a diary for someone else, empty or over-long sections, and non-cadres; nothing is written', async () => {
    const { call, store } = await seeded();
    const before = await store.count('diaries', {});
    const ok = { day: TODAY, sections: sections(TEXT_A), clientRequestId: 'diary-000010' };
    const future = await call('demo-fs', 'diary.save', { ...ok, day: '2026-11-21' });
    expect(future).toMatchObject({ ok: false, error: { code: 'TOO_EARLY_OR_LATE', message: expect.stringContaining('11月21日还没到') } });
    const other = await call('demo-fs', 'diary.save', { ...ok, personId: MEMBER });
    expect(other).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('只能由本人') } });
    const otherAmend = await call('demo-fs', 'diary.amend', { day: '2026-11-19', sections: sections(TEXT_A), reason: '漏记了下午的工作', clientRequestId: 'diary-000011', personId: MEMBER });
    expect(otherAmend).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const empty = await call('demo-fs', 'diary.save', { ...ok, sections: sections('   ') });
    expect(empty).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('请至少填写一项') } });
    const long = await call('demo-fs', 'diary.save', { ...ok, sections: sections('字'.repeat(2001)) });
    expect(long).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('不能超过2000字') } });
    const unknown = await call('demo-fs', 'diary.save', { ...ok, sections: { ...sections(TEXT_A), weather: '晴' } });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const badDay = await call('demo-fs', 'diary.save', { ...ok, day: '2026-13-01' });
    expect(badDay).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('日期不存在') } });
    const tooOld = await call('demo-fs', 'diary.save', { ...ok, day: '2026-10-01' });
    expect(tooOld).toMatchObject({ ok: false, error: { code: 'TOO_EARLY_OR_LATE', message: expect.stringContaining('不能再补写') } });
    expect(await call('demo-supervisor', 'diary.save', ok)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await store.count('diaries', {})).toBe(before);
  });

  it('back-fills a missing past day once, counted late; a written past day changes only through 补记', async () => {
    const { call, store } = await seeded();
    const [day] = await daysWithoutDiary(store, FS, 1);
    const r = await call('demo-fs', 'diary.save', { day, sections: sections(TEXT_C), clientRequestId: 'diary-000020' });
    expect(r).toMatchObject({ ok: true, data: { created: true, entry: { day, late: true }, message: expect.stringContaining('补写') } });
    const rollup = await store.get('person_months', `${FS}:2026-11`);
    expect(rollup!.diaries.find((d) => d.day === day)).toEqual({ day, writtenAt: NOW.toISOString() });
    const again = await call('demo-fs', 'diary.save', { day, sections: sections(TEXT_B), clientRequestId: 'diary-000021' });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('补记') } });
  });
});

describe('diary.amend (补记)', () => {
  it('keeps the original beside the change, with the reason, audited; the rollup keeps the first writing time', async () => {
    const { call, store } = await seeded();
    await bind(store, 'P0202', 'mem-v002'); // 新民村, no demo diaries
    const yesterday = '2026-11-19';
    await call('mem-v002', 'diary.save', { day: yesterday, sections: sections(TEXT_A), clientRequestId: 'diary-000030' }, at(yesterday, '20:00'));
    const rollupBefore = await store.get('person_months', `${M2}:2026-11`);
    const r = await call('mem-v002', 'diary.amend', { day: yesterday, sections: sections(TEXT_A, { service: TEXT_C }), reason: '漏记了晚上的培训报名', clientRequestId: 'diary-000031' });
    expect(r).toMatchObject({
      ok: true,
      data: {
        message: expect.stringContaining('原内容已保留'),
        entry: {
          sections: { visits: TEXT_A, service: TEXT_C },
          createdAt: at(yesterday, '20:00').toISOString(),
          late: false,
          amendments: [{ at: NOW.toISOString(), by: M2, reason: '漏记了晚上的培训报名', before: { visits: TEXT_A, service: '' }, after: { service: TEXT_C } }],
        },
      },
    });
    const retry = await call('mem-v002', 'diary.amend', { day: yesterday, sections: sections(TEXT_A, { service: TEXT_C }), reason: '漏记了晚上的培训报名', clientRequestId: 'diary-000031' });
    expect(retry).toEqual(r);
    const audits = await store.find('audit', { entity: 'diary' });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ entityId: `${M2}:${yesterday}`, action: 'diary.amend', by: M2, note: '漏记了晚上的培训报名', countyId: COUNTY });
    const rollup = await store.get('person_months', `${M2}:2026-11`);
    expect(rollup!.diaries).toEqual(rollupBefore!.diaries);
    expect(rollup!.diaries.filter((d) => d.day === yesterday)).toHaveLength(1);
  });

  it('needs a reason, a change, a past day and an existing entry; nothing is written otherwise', async () => {
    const { call, store } = await seeded();
    await bind(store, 'P0202', 'mem-v002'); // 新民村, no demo diaries
    const yesterday = '2026-11-19';
    await call('mem-v002', 'diary.save', { day: yesterday, sections: sections(TEXT_A), clientRequestId: 'diary-000040' }, at(yesterday, '20:00'));
    const base = { day: yesterday, sections: sections(TEXT_B), clientRequestId: 'diary-000041' };
    const noReason = await call('mem-v002', 'diary.amend', base);
    expect(noReason).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('补记原因') } });
    const shortReason = await call('mem-v002', 'diary.amend', { ...base, reason: '补' });
    expect(shortReason).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('至少4个字') } });
    const same = await call('mem-v002', 'diary.amend', { ...base, sections: sections(TEXT_A), reason: '重新核对了一遍' });
    expect(same).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('没有改动') } });
    const today = await call('mem-v002', 'diary.amend', { ...base, day: TODAY, reason: '重新核对了一遍' });
    expect(today).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('保存日志') } });
    const future = await call('mem-v002', 'diary.amend', { ...base, day: '2026-11-22', reason: '重新核对了一遍' });
    expect(future).toMatchObject({ ok: false, error: { code: 'TOO_EARLY_OR_LATE' } });
    const [missing] = await daysWithoutDiary(store, M2, 1, yesterday);
    const none = await call('mem-v002', 'diary.amend', { ...base, day: missing, reason: '重新核对了一遍' });
    expect(none).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await store.get('diaries', `${M2}:${yesterday}`)).toMatchObject({ sections: { visits: TEXT_A }, amendments: [] });
    expect(await store.count('audit', { entity: 'diary' })).toBe(0);
  });
});

describe('detection: batched writing and near-duplicate text', () => {
  it('flags three days written within half an hour, without rejecting any of them', async () => {
    const { call, store } = await seeded();
    await bind(store, 'P0202', 'mem-v002'); // 新民村, no demo diaries
    const days = await daysWithoutDiary(store, FS, 3);
    const texts = [TEXT_A, TEXT_B, TEXT_C];
    for (const [i, day] of days.entries()) {
      const r = await call('demo-fs', 'diary.save', { day, sections: sections(texts[i]), clientRequestId: `diary-00005${i}` }, new Date(NOW.getTime() + i * 8 * 60_000));
      expect(r).toMatchObject({ ok: true, data: { created: true } });
    }
    const flags = await store.find('flags', { personId: FS, kind: 'batched-diary' });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      status: 'open',
      countyId: COUNTY,
      villageId: 'vil_430121_V001',
      day: days[2],
      explanation: expect.stringMatching(/^16分钟内集中填写了3天的工作日志（.+），疑似事后集中补写/),
      evidence: { days, diaryIds: days.map((d) => `${FS}:${d}`), spanMinutes: 16, entries: days.map((d) => ({ text: `${Number(d.slice(5, 7))}月${Number(d.slice(8))}日的日志，写于11月20日 ${['11:00', '11:08', '11:16'][days.indexOf(d)]}` })) },
    });
    // A supervisor in scope sees the flag on each entry of the sitting.
    const list = await call('demo-supervisor', 'diary.list', { month: '2026-11', personId: FS });
    expect(list.ok).toBe(true);
    if (!list.ok) return;
    for (const d of days) {
      const entry = list.data.entries.find((e: { day: string }) => e.day === d);
      expect(entry.flags).toEqual([expect.objectContaining({ kind: 'batched-diary', status: 'open' })]);
    }
  });

  it('does not flag entries written each evening on their own day', async () => {
    const { call, store } = await seeded();
    await bind(store, 'P0202', 'mem-v002'); // 新民村, no demo diaries
    await call('mem-v002', 'diary.save', { day: '2026-11-18', sections: sections(TEXT_A), clientRequestId: 'diary-000060' }, at('2026-11-18', '20:30'));
    await call('mem-v002', 'diary.save', { day: '2026-11-19', sections: sections(TEXT_B), clientRequestId: 'diary-000061' }, at('2026-11-19', '20:35'));
    await call('mem-v002', 'diary.save', { day: TODAY, sections: sections(TEXT_C), clientRequestId: 'diary-000062' });
    expect(await store.count('flags', { personId: M2 })).toBe(0);
  });

  it("flags a cadre copying their own earlier entry, with both texts in the evidence", async () => {
    const { call, store } = await seeded();
    await bind(store, 'P0202', 'mem-v002'); // 新民村, no demo diaries
    await call('mem-v002', 'diary.save', { day: '2026-11-18', sections: sections(TEXT_A), clientRequestId: 'diary-000070' }, at('2026-11-18', '20:30'));
    const copy = TEXT_A.replace('王建国', '李秀英').replace('三组', '五组');
    const r = await call('mem-v002', 'diary.save', { day: TODAY, sections: sections(copy), clientRequestId: 'diary-000071' });
    expect(r).toMatchObject({ ok: true, data: { entry: { flags: [expect.objectContaining({ kind: 'duplicate-diary' })] } } });
    const [flag] = await store.find('flags', { personId: M2, kind: 'duplicate-diary' });
    expect(flag.explanation).toMatch(/11月20日的工作日志与本人11月18日的日志内容相似度\d+%，疑似照抄旧日志/);
    expect(flag.evidence).toMatchObject({
      samePerson: true,
      diaryIds: [`${M2}:${TODAY}`, `${M2}:2026-11-18`],
      personIds: [M2, M2],
      pair: [
        { day: TODAY, personName: expect.any(String), text: copy },
        { day: '2026-11-18', personName: expect.any(String), text: TEXT_A },
      ],
    });
  });

  it('flags another cadre of the same township writing the same text, and ignores other townships', async () => {
    const { call, store } = await seeded();
    await bind(store, 'P0202', 'mem-v002'); // 新民村, no demo diaries
    await bind(store, 'P0201', 'fs-v002'); // 新民村, same township as 红旗村
    await bind(store, 'P0501', 'fs-v005'); // 龙泉村, another township
    await call('demo-fs', 'diary.save', { day: TODAY, sections: sections(TEXT_B), clientRequestId: 'diary-000080' });
    const r = await call('fs-v002', 'diary.save', { day: TODAY, sections: sections(TEXT_B), clientRequestId: 'diary-000081' }, at(TODAY, '18:00'));
    expect(r).toMatchObject({ ok: true, data: { created: true } });
    const flags = await store.find('flags', { kind: 'duplicate-diary', personId: 'psn_430121_P0201' });
    expect(flags).toHaveLength(1);
    expect(flags[0].explanation).toMatch(/^.+11月20日的工作日志与.+11月20日的日志内容相似度100%，疑似相互抄写/);
    expect(flags[0].evidence).toMatchObject({ samePerson: false, similarity: 1, personIds: ['psn_430121_P0201', FS], pair: [{ text: TEXT_B }, { text: TEXT_B }] });
    await call('fs-v005', 'diary.save', { day: TODAY, sections: sections(TEXT_B), clientRequestId: 'diary-000082' }, at(TODAY, '19:00'));
    expect(await store.count('flags', { kind: 'duplicate-diary', personId: 'psn_430121_P0501' })).toBe(0);
  });

  it('uses the county thresholds', async () => {
    const { call, store } = await seeded();
    await bind(store, 'P0202', 'mem-v002'); // 新民村, no demo diaries
    await setRules(store, (c) => {
      c.diary.batchMinEntries = 2;
      c.diary.duplicateSimilarity = 1;
    });
    await call('mem-v002', 'diary.save', { day: '2026-11-19', sections: sections(TEXT_A), clientRequestId: 'diary-000090' });
    await call('mem-v002', 'diary.save', { day: TODAY, sections: sections(TEXT_A.replace('三组', '五组')), clientRequestId: 'diary-000091' }, new Date(NOW.getTime() + 60_000));
    expect(await store.count('flags', { personId: M2, kind: 'batched-diary' })).toBe(1);
    expect(await store.count('flags', { personId: M2, kind: 'duplicate-diary' })).toBe(0);
  });
});

describe('diary.list', () => {
  it("gives a cadre their own month, a supervisor a person's or a village's month within scope", async () => {
    const { call, store } = await seeded();
    await bind(store, 'P0003', 'sup-t02');
    await call('demo-member', 'diary.save', { day: TODAY, sections: sections(TEXT_C), clientRequestId: 'diary-000100' });
    const own = await call('demo-member', 'diary.list', { month: '2026-11' });
    expect(own).toMatchObject({ ok: true, data: { month: '2026-11' } });
    if (own.ok) {
      expect(own.data.entries[0]).toMatchObject({ day: TODAY, personId: MEMBER, personName: expect.any(String), sections: { visits: TEXT_C } });
      expect(own.data.entries.every((e: { personId: string }) => e.personId === MEMBER)).toBe(true);
    }
    const village = await call('demo-supervisor', 'diary.list', { month: '2026-11', villageId: 'vil_430121_V001' });
    expect(village.ok && village.data.entries.some((e: { personId: string }) => e.personId === MEMBER)).toBe(true);
    expect(await call('demo-supervisor', 'diary.list', { month: '2026-11' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call('sup-t02', 'diary.list', { month: '2026-11', personId: MEMBER })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    expect(await call('sup-t02', 'diary.list', { month: '2026-11', villageId: 'vil_430121_V001' })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    // A team member does not read the first secretary's diary; the team leader reads the team's.
    expect(await call('demo-member', 'diary.list', { month: '2026-11', personId: FS })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    expect(await call('demo-fs', 'diary.list', { month: '2026-11', personId: MEMBER })).toMatchObject({ ok: true });
    expect(await call('demo-admin', 'diary.list', { month: '2026-11', personId: MEMBER })).toMatchObject({ ok: true });
  });
});
