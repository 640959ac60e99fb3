import { gradingInputSources } from '../../cloudfunctions/common/grading-inputs';
import { seeded } from './harness';

const V001 = 'vil_430121_V001';

afterEach(() => jest.restoreAllMocks());

describe('grading.village takes inspection and survey results when they exist', () => {
  it('without them, says they are missing and re-normalises the weights', async () => {
    const { call } = await seeded();
    const r = await call('demo-admin', 'grading.village', { villageId: V001, month: '2026-10' });
    if (!r.ok) throw new Error(r.error.message);
    for (const p of r.data) expect(p.explanation.join('\n')).toMatch(/未提供.*督查得分、群众评价，其余权重按比例折算/);
  });

  it('with them, scores them with their weights and explains a low awareness rate', async () => {
    const { call } = await seeded();
    const before = await call('demo-admin', 'grading.village', { villageId: V001, month: '2026-10' });
    const inspection = jest.spyOn(gradingInputSources, 'inspectionScore').mockImplementation(async (_s, q) => (q.village._id === V001 && q.month === '2026-10' ? 40 : null));
    const survey = jest.spyOn(gradingInputSources, 'survey').mockResolvedValue({ awarenessRate: 0.5, satisfactionRate: 0.7 });
    const r = await call('demo-admin', 'grading.village', { villageId: V001, month: '2026-10' });
    if (!r.ok || !before.ok) throw new Error('grading failed');
    expect(survey).toHaveBeenCalledTimes(1);
    expect(r.data.some((p: { explanation: string[] }) => /驻村完成率\d/.test(p.explanation.join('')))).toBe(true);
    expect(inspection).toHaveBeenCalledTimes(r.data.length);
    for (const p of r.data) {
      const text = p.explanation.join('\n');
      expect(text).toContain('督查得分40分，权重');
      expect(text).toContain('群众评价60分，权重');
      expect(text).toContain('知晓率50%，低于要求的60%');
      expect(text).not.toMatch(/未提供.*(督查|群众)/);
      // Everyone with all five components (the first secretary) gets the configured weights as they are.
      if (/驻村完成率\d/.test(text)) expect(text).toMatch(/督查得分40分，权重20%[\s\S]*群众评价60分，权重10%/);
      const was = before.data.find((b: { personId: string }) => b.personId === p.personId);
      if (was.score !== null && was.score > 60) expect(p.score).toBeLessThan(was.score);
    }
  });

  it('reads the survey of the month from the county campaign covering the village (demo: 城关镇, November)', async () => {
    const { call } = await seeded();
    const rate = (text: string) => Number(text.match(/群众评价([\d.]+)分/)?.[1]);
    const nov = await call('demo-admin', 'grading.village', { villageId: V001, month: '2026-11' });
    if (!nov.ok) throw new Error(nov.error.message);
    for (const p of nov.data) {
      const text = p.explanation.join('\n');
      expect(rate(text)).toBeGreaterThan(50);
      expect(text).toMatch(/未提供.*督查得分，其余权重按比例折算/);
      expect(text).not.toMatch(/未提供.*群众评价/);
    }
    // V005 (another township) is in no campaign; V003 has fewer answers than the county's minimum sample.
    for (const villageId of ['vil_430121_V005', 'vil_430121_V003']) {
      const r = await call('demo-admin', 'grading.village', { villageId, month: '2026-11' });
      if (!r.ok) throw new Error(r.error.message);
      for (const p of r.data) expect(p.explanation.join('\n')).toMatch(/未提供.*督查得分、群众评价/);
    }
    // October is outside the campaign's period.
    const oct = await call('demo-admin', 'grading.village', { villageId: V001, month: '2026-10' });
    if (oct.ok) for (const p of oct.data) expect(p.explanation.join('\n')).toMatch(/未提供.*群众评价/);
  });
});
