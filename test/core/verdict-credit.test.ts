import { creditBreakdown, toneOf, toneWord, teamTone, verdictSentence } from '../../src/core/compliance';
import { ctx as ctxFor, person as record } from './helpers';

describe('one rule set for colours and words', () => {
  const projection = (status: 'done' | 'on-track' | 'at-risk' | 'cannot-reach' | 'not-applicable') => ({ status, sentence: `projection ${status}` });
  const pass = { status: 'pass' as const, reason: '好' };
  const fail = { status: 'fail' as const, reason: '无故缺勤3天' };

  it('a failed rule is red even when the presence projection looks fine', () => {
    const j = { rules: [pass, fail], projection: projection('on-track') };
    expect(toneOf(j)).toBe('bad');
    expect(verdictSentence(j)).toBe('无故缺勤3天');
    expect(toneWord(toneOf(j), false)).toBe('不达标');
  });

  it('a month that can no longer be met is red, not orange', () => {
    expect(toneOf({ rules: [pass], projection: projection('cannot-reach') })).toBe('bad');
  });

  it('few spare days are orange; otherwise green, 正常 during the month and 达标 once it is over', () => {
    expect(toneOf({ rules: [pass], projection: projection('at-risk') })).toBe('warn');
    const ok = toneOf({ rules: [pass, { status: 'pending', reason: '' }], projection: projection('on-track') });
    expect(ok).toBe('ok');
    expect(toneWord(ok, false)).toBe('正常');
    expect(toneWord(ok, true)).toBe('达标');
  });

  it('a team is red when it failed as a team (nobody in the village) even if every member passed', () => {
    expect(teamTone(true, ['ok', 'ok', 'ok'])).toBe('bad');
    expect(teamTone(false, ['ok', 'warn'])).toBe('warn');
    expect(teamTone(false, ['ok', 'bad'])).toBe('bad');
    expect(teamTone(false, ['ok'])).toBe('ok');
  });
});

describe('creditBreakdown: the credited days add up', () => {
  // November 2026: 1st is a Sunday; 2nd–6th working days; 7th, 8th rest days.
  const ctx = ctxFor('2026-11', '2026-11-20');

  it('a day with both a clock-in and 外勤 counts once, as 在村; a rest-day clock-in is set apart with its reason', () => {
    const r = record({ presentDays: ['2026-11-02', '2026-11-03', '2026-11-07'], fieldDays: ['2026-11-03', '2026-11-04'], officialDays: ['2026-11-05'] });
    const b = creditBreakdown(r, ctx);
    expect(b).toMatchObject({ credited: 4, present: 2, field: 1, official: 1, notCounted: 1 });
    expect(b.present + b.field + b.official).toBe(b.credited);
    expect(b.notCountedReason).toBe('另有1天不计入（休息日的记录不计）');
  });

  it('days after today are not counted yet, and nothing is set apart when everything counts', () => {
    const b = creditBreakdown(record({ presentDays: ['2026-11-02', '2026-11-25'] }), ctx);
    expect(b).toMatchObject({ credited: 1, present: 1, notCounted: 0, notCountedReason: '' });
  });
});
