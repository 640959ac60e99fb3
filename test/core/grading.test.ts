import fc from 'fast-check';
import { personMonthCompliance, teamCoverage } from '../../src/core/compliance/index';
import {
  absenceCap,
  GRADE_LABELS,
  GRADE_ORDER,
  gradeCadre,
  gradeForScore,
  gradeInputFromCompliance,
  gradeYear,
  worseGrade,
} from '../../src/core/grading/index';
import { DEFAULT_RULE_CONFIG } from '../../src/core/rules/config';
import { ctx, diariesAt, OCT25_WORKING, person } from './helpers';

const full = { presenceRate: 1, diaryRate: 1, coverageRate: 1, inspectionScore: 100, survey: { satisfactionRate: 1, awarenessRate: 1 } };

describe('gradeCadre', () => {
  it('labels', () => {
    expect(GRADE_LABELS).toEqual({ excellent: '优秀', competent: '称职', basic: '基本称职', incompetent: '不称职' });
  });

  it('perfect record is 优秀 with score 100 and explained weights', () => {
    const g = gradeCadre({ unexcusedAbsences: 0, ...full });
    expect(g).toMatchObject({ grade: 'excellent', label: '优秀', score: 100, cap: null });
    expect(g.explanation).toEqual([
      '驻村完成率100分，权重40%',
      '日志按时率100分，权重20%',
      '每日在岗率100分，权重10%',
      '督查得分100分，权重20%',
      '群众评价100分，权重10%',
      '综合得分100分，按分数评为优秀',
    ]);
  });

  it('overdue rectifications keep the grade below 优秀 and are said; none changes nothing', () => {
    const g = gradeCadre({ unexcusedAbsences: 0, ...full, overdueRectifications: 2 });
    expect(g).toMatchObject({ grade: 'competent', score: 100 });
    expect(g.explanation[g.explanation.length - 1]).toBe('2项整改过了时限仍未销号，不能评为优秀');
    expect(gradeCadre({ unexcusedAbsences: 0, ...full, overdueRectifications: 0 })).toEqual(gradeCadre({ unexcusedAbsences: 0, ...full }));
    const low = gradeCadre({ unexcusedAbsences: 0, presenceRate: 0.5, overdueRectifications: 1 });
    expect(low.grade).toBe(gradeForScore(50));
    expect(low.explanation[low.explanation.length - 1]).toBe('1项整改过了时限仍未销号');
  });

  it('caps: 1 absence → not 优秀, 2 → at most 基本称职, 3 → 不称职', () => {
    const one = gradeCadre({ unexcusedAbsences: 1, ...full });
    expect(one).toMatchObject({ grade: 'competent', scoreGrade: 'excellent', cap: 'competent' });
    expect(one.explanation).toContain('无故缺勤1天，不能评为优秀');
    const two = gradeCadre({ unexcusedAbsences: 2, ...full });
    expect(two).toMatchObject({ grade: 'basic', cap: 'basic' });
    expect(two.explanation).toContain('无故缺勤2天，最高只能评为基本称职');
    const three = gradeCadre({ unexcusedAbsences: 3, ...full });
    expect(three).toMatchObject({ grade: 'incompetent', label: '不称职' });
    expect(three.explanation).toContain('无故缺勤3天，评为不称职');
  });

  it('a cap that does not lower the grade is not mentioned', () => {
    const g = gradeCadre({ unexcusedAbsences: 1, presenceRate: 0.8, diaryRate: 0.8, coverageRate: 0.8 });
    expect(g.grade).toBe('competent');
    expect(g.explanation.join()).not.toContain('缺勤');
  });

  it('missing inspection and survey: weights re-normalised and said so', () => {
    const g = gradeCadre({ unexcusedAbsences: 0, presenceRate: 0.9, diaryRate: 0.5, coverageRate: 1 });
    // (40×90 + 20×50 + 10×100) / 70 = 80
    expect(g.score).toBe(80);
    expect(g.grade).toBe('competent');
    expect(g.explanation).toContain('未提供督查得分、群众评价，其余权重按比例折算');
    expect(g.explanation[0]).toBe('驻村完成率90分，权重57.1%');
  });

  it('survey: mean of given rates; low awareness is noted', () => {
    const g = gradeCadre({ unexcusedAbsences: 0, presenceRate: 1, survey: { satisfactionRate: 0.9, awarenessRate: 0.5 } });
    // presence 40×100, survey 10×70 → 4700/50 = 94
    expect(g.score).toBe(94);
    expect(g.explanation).toContain('知晓率50%，低于要求的60%');
  });

  it('nothing to score: 称职, still capped', () => {
    expect(gradeCadre({ unexcusedAbsences: 0 })).toMatchObject({ grade: 'competent', score: null });
    expect(gradeCadre({ unexcusedAbsences: 2 })).toMatchObject({ grade: 'basic' });
  });

  it('thresholds', () => {
    expect(gradeForScore(90)).toBe('excellent');
    expect(gradeForScore(89.9)).toBe('competent');
    expect(gradeForScore(75)).toBe('competent');
    expect(gradeForScore(60)).toBe('basic');
    expect(gradeForScore(59.9)).toBe('incompetent');
    expect(absenceCap(0)).toBeNull();
  });

  it('from a month of compliance', () => {
    const p = person({ presentDays: OCT25_WORKING.slice(0, 12), diaries: diariesAt(OCT25_WORKING.slice(0, 6)), leaveDays: OCT25_WORKING.slice(12) });
    const c = ctx('2025-10');
    const res = personMonthCompliance(p, c);
    const cov = teamCoverage([p], c);
    const input = gradeInputFromCompliance(res, cov, { inspectionScore: 80 });
    expect(input).toMatchObject({ unexcusedAbsences: 0, presenceRate: 1, diaryRate: 0.5, inspectionScore: 80 });
    expect(input.coverageRate).toBeCloseTo(12 / 31);
    expect(gradeCadre(input).score).not.toBeNull();
  });

  const rate = fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null });
  it('property: score in 0–100; more absences never improve the grade', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), rate, rate, rate, fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }), (n, a, b, c, insp) => {
        const input = { presenceRate: a, diaryRate: b, coverageRate: c, inspectionScore: insp };
        const g = gradeCadre({ unexcusedAbsences: n, ...input });
        const worse = gradeCadre({ unexcusedAbsences: n + 1, ...input });
        if (g.score !== null) {
          expect(g.score).toBeGreaterThanOrEqual(0);
          expect(g.score).toBeLessThanOrEqual(100);
        }
        expect(GRADE_ORDER.indexOf(worse.grade)).toBeGreaterThanOrEqual(GRADE_ORDER.indexOf(g.grade));
        expect(worseGrade(g.grade, 'competent')).not.toBe('excellent');
        if (n >= DEFAULT_RULE_CONFIG.grading.caps.incompetentFrom) expect(g.grade).toBe('incompetent');
      }),
    );
  });
});

describe('gradeYear', () => {
  const month = (m: string, score: number | null, absences = 0) => ({ month: m, unexcusedAbsences: absences, result: gradeCadre(score === null ? { unexcusedAbsences: absences } : { unexcusedAbsences: absences, presenceRate: score / 100 }) });
  it('the mean of the monthly scores, capped by the year\'s absences and by overdue rectifications', () => {
    expect(gradeYear([month('2026-01', 100), month('2026-02', 90)], 0)).toMatchObject({ grade: 'excellent', score: 95 });
    expect(gradeYear([month('2026-01', 100), month('2026-02', 90)], 0).explanation[0]).toBe('2个月平均得分95分，按分数评为优秀');
    const capped = gradeYear([month('2026-01', 100, 1), month('2026-02', 100, 2)], 0);
    expect(capped.grade).toBe('incompetent');
    expect(capped.explanation).toContain('全年无故缺勤3天，评为不称职');
    const open = gradeYear([month('2026-01', 100)], 2);
    expect(open.grade).toBe('competent');
    expect(open.explanation).toContain('2项整改过了时限仍未销号，不能评为优秀');
    expect(gradeYear([month('2026-01', null)], 0)).toMatchObject({ grade: 'competent', score: null });
  });
});
