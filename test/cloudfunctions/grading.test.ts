import { seeded } from './harness';

describe('grading', () => {
  it('proposes grades with explanations; only the county admin confirms, after the month, audited', async () => {
    const { call, store } = await seeded();
    const v = await call('demo-supervisor', 'grading.village', { villageId: 'vil_430121_V001', month: '2026-10' });
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.data).toHaveLength(3);
    expect(v.data[0]).toMatchObject({ proposed: expect.any(String), label: expect.stringMatching(/称职|优秀/), confirmed: null });
    expect(v.data[0].explanation.join('')).toMatch(/[\u4e00-\u9fa5]/);
    const personId = v.data[0].personId;
    expect(await call('demo-supervisor', 'grading.confirm', { personId, month: '2026-10', grade: 'competent' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call('demo-admin', 'grading.confirm', { personId, month: '2026-11', grade: 'competent' })).toMatchObject({ ok: false, error: { code: 'TOO_EARLY_OR_LATE' } });
    expect(await call('demo-admin', 'grading.confirm', { personId, month: '2026-10', grade: 'competent', note: '按月纪实' })).toMatchObject({ ok: true });
    const after = await call('demo-admin', 'grading.village', { villageId: 'vil_430121_V001', month: '2026-10' });
    if (after.ok) expect(after.data[0].confirmed).toMatchObject({ grade: 'competent', note: '按月纪实' });
    expect(await store.count('audit', { entity: 'grade' })).toBe(1);
    expect(await call('demo-supervisor', 'grading.village', { villageId: 'vil_430121_V005', month: '2026-10' })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
  });
});
