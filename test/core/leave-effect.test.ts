import { leaveEffect } from '../../src/core/leave/effect';
import { ctx, OCT25_WORKING, person } from './helpers';

// October 2025: 18 working days after National Day (the 11th a make-up Saturday), so 12 are required.
// On the 20th the first secretary has 8 credited days and the 10 working days from the 20th to the 31st left.
const today = '2025-10-20';
const fs = person({ presentDays: OCT25_WORKING.filter((d) => d < today) });
const oct = ctx('2025-10', today);

describe('leaveEffect: what approving does to the month', () => {
  it('红: the days left after the leave cannot reach the required days', () => {
    expect(leaveEffect(fs, oct, { from: '2025-10-22', to: '2025-10-31' })).toEqual({
      month: '2025-10',
      tone: 'bad',
      sentence: '批准后10月无法达标：还需驻村4天，请假后10月只剩2个工作日',
    });
  });

  it('橙: the spare days fall to the at-risk slack', () => {
    expect(leaveEffect(fs, oct, { from: '2025-10-27', to: '2025-10-31' })).toMatchObject({ tone: 'warn', sentence: '批准后10月余量很少：还需驻村4天，请假后10月只剩5个工作日' });
  });

  it('绿: still reachable; rest days in the leave take nothing', () => {
    expect(leaveEffect(fs, oct, { from: '2025-10-30', to: '2025-11-02' })).toMatchObject({ tone: 'ok', sentence: '批准后10月仍可达标：还需驻村4天，请假后10月只剩8个工作日' });
  });

  it('nothing to say for a leave outside the month, a role the ratio does not apply to, or a month already met', () => {
    expect(leaveEffect(fs, oct, { from: '2025-11-03', to: '2025-11-04' })).toBeNull();
    expect(leaveEffect(person({ role: 'team_member', presentDays: [] }), ctx('2025-10', today, (c) => (c.presence.roles = ['first_secretary'])), { from: '2025-10-22', to: '2025-10-24' })).toBeNull();
    const done = person({ presentDays: OCT25_WORKING.slice(0, 12) });
    expect(leaveEffect(done, ctx('2025-10', '2025-10-24'), { from: '2025-10-27', to: '2025-10-31' })).toMatchObject({ tone: 'ok', sentence: '批准后10月仍达标：已驻村12天，够要求的12天' });
  });
});
