import { countyRulesId } from '../../cloudfunctions/common/county-rules';
import { normaliseRecord } from '../../cloudfunctions/common/inspection/record-docs';
import type { RecordItem } from '../../types/inspection';
import { seeded } from './harness';
import { COUNTY, seedProblems, T1, V1 } from './ledger-helpers';

const MONTH = '2026-10';
const FS = 'psn_430121_P0101'; // 第一书记 of 红旗村
const MEMBER = 'psn_430121_P0102';

/** One answered item of a record. */
const item = (key: string, group: RecordItem['group'], text: string, answer: RecordItem['answer']): RecordItem => ({ key, group, text, answer, note: '', suggested: null, evidence: null });

/** A signed record of 红旗村 for the month: team items 6 是 of 8, first-secretary items 4 是 of 8 (one unanswered). */
async function signedRecord(store: Awaited<ReturnType<typeof seeded>>['store'], id = 'rec-grading-1', month = MONTH) {
  const items = [
    ...Array.from({ length: 8 }, (_, i) => item(`team-${i + 1}`, 'team', `工作队第${i + 1}项`, i < 6 ? 'yes' : 'no')),
    ...Array.from({ length: 8 }, (_, i) => item(`secretary-${i + 1}`, 'secretary', `第一书记第${i + 1}项`, i < 4 ? 'yes' : i === 7 ? null : 'no')),
  ];
  await store.put('inspection_records', normaliseRecord({ _id: id, villageId: V1, countyId: COUNTY, townshipId: T1, month, teamId: 'team-x', status: 'signed', items }));
}

const byPerson = (data: { personId: string; score: number | null; explanation: string[]; proposed: string }[], id: string) => data.find((p) => p.personId === id)!;

describe('grading takes the inspection score from the signed records', () => {
  it('team items for every cadre, team and first-secretary items for the first secretary; drafts do not count', async () => {
    const { call, store } = await seeded();
    await store.put('inspection_records', normaliseRecord({ _id: 'rec-draft', villageId: V1, countyId: COUNTY, townshipId: T1, month: MONTH, teamId: 'team-x', status: 'draft', items: [item('t', 'team', 'x', 'no')] }));
    const none = await call('demo-admin', 'grading.village', { villageId: V1, month: MONTH });
    if (!none.ok) throw new Error(none.error.message);
    expect(byPerson(none.data, FS).explanation.join('')).toMatch(/未提供督查得分/);
    await signedRecord(store);
    const r = await call('demo-admin', 'grading.village', { villageId: V1, month: MONTH });
    if (!r.ok) throw new Error(r.error.message);
    // First secretary: (6 + 4) 是 of 15 answered = 66.7; member: 6 of 8 = 75.
    expect(byPerson(r.data, FS).explanation.join('\n')).toContain('督查得分66.7分');
    expect(byPerson(r.data, MEMBER).explanation.join('\n')).toContain('督查得分75分');
    // A second signed record the same month (the county's own inspection): the mean.
    await signedRecord(store, 'rec-grading-2');
    await store.update('inspection_records', 'rec-grading-2', { items: [item('team-1', 'team', 'x', 'yes')] });
    const two = await call('demo-admin', 'grading.village', { villageId: V1, month: MONTH });
    if (!two.ok) throw new Error(two.error.message);
    expect(byPerson(two.data, MEMBER).explanation.join('\n')).toContain('督查得分87.5分');
  });

  it('the settings page\'s 督查权重 takes effect', async () => {
    const { call, store } = await seeded();
    await signedRecord(store);
    const at20 = await call('demo-admin', 'grading.village', { villageId: V1, month: MONTH });
    if (!at20.ok) throw new Error('setup');
    // What 保存 on the settings page stores for a county that raised 督查权重 to 60 (settings.rules.set writes this document).
    await store.put('config', { _id: countyRulesId(COUNTY), countyId: COUNTY, rules: { grading: { weights: { inspection: 60 } } }, version: 1, updatedAt: '2026-11-01T00:00:00.000Z', updatedBy: null });
    const shown = await call('demo-admin', 'settings.rules.get', {});
    expect(shown).toMatchObject({ ok: true, data: { rules: { grading: { weights: { inspection: 60 } } } } });
    const at60 = await call('demo-admin', 'grading.village', { villageId: V1, month: MONTH });
    if (!at60.ok) throw new Error('grading');
    const before = byPerson(at20.data, MEMBER);
    const after = byPerson(at60.data, MEMBER);
    expect(before.explanation.join('\n')).toMatch(/督查得分75分，权重\d+(\.\d+)?%/);
    const weight = (e: string[]) => Number(/督查得分75分，权重([\d.]+)%/.exec(e.join('\n'))![1]);
    expect(weight(after.explanation)).toBeGreaterThan(weight(before.explanation));
    expect(after.score).not.toBe(before.score);
  });

  it('a rectification past its 时限 and not 销号 by the month\'s end keeps the team from 优秀', async () => {
    const { call, store } = await seeded();
    await seedProblems(store, '2026-09', [{ id: V1, townshipId: T1 }], '2026-10-20');
    const r = await call('demo-admin', 'grading.village', { villageId: V1, month: MONTH });
    if (!r.ok) throw new Error(r.error.message);
    for (const p of r.data) {
      expect(p.proposed).not.toBe('excellent');
      expect(p.explanation.join('\n')).toMatch(/1项整改过了时限仍未销号/);
    }
    // Closed within the month: no longer counts.
    await store.update('problems', 'prb-vil_430121_V001-2026-09', { status: 'closed', closedAt: '2026-10-25T02:00:00.000Z' });
    const after = await call('demo-admin', 'grading.village', { villageId: V1, month: MONTH });
    if (!after.ok) throw new Error(after.error.message);
    for (const p of after.data) expect(p.explanation.join('\n')).not.toMatch(/整改过了时限/);
  });
});
