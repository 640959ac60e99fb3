import fc from 'fast-check';
import { presenceProjection, remainingCreditableDays } from '../../src/core/compliance/index';
import { daysOfMonth } from '../../src/core/time';
import { ctx, OCT25_WORKING, person } from './helpers';

describe('presenceProjection (Oct 2025: 18 working days, 12 required)', () => {
  it('remaining counts today when not yet present', () => {
    // today Mon 10-20; before: 7 working days (9,10,11,13–17), present 4 of them
    const p = presenceProjection(person({ presentDays: OCT25_WORKING.slice(0, 4) }), ctx('2025-10', '2025-10-20'));
    expect(p).toEqual({
      status: 'at-risk',
      requiredDays: 12,
      presentDays: 4,
      neededDays: 8,
      remainingDays: 10,
      sentence: '还需驻村8天，本月剩余10个工作日，请抓紧安排',
    });
  });

  it('today already present: remaining is from tomorrow', () => {
    const days = [...OCT25_WORKING.slice(0, 5), '2025-10-20'];
    const p = presenceProjection(person({ presentDays: days }), ctx('2025-10', '2025-10-20'));
    expect(p.presentDays).toBe(6);
    expect(p.remainingDays).toBe(9);
    expect(p.status).toBe('on-track');
    expect(p.sentence).toBe('还需驻村6天，本月剩余9个工作日');
  });

  it('at risk exactly when spare days ≤ slack (default 2)', () => {
    const at = (present: number) =>
      presenceProjection(person({ presentDays: OCT25_WORKING.slice(0, present) }), ctx('2025-10', '2025-10-20')).status;
    // remaining 10 (today not present): needed = 12 − present; spare = 10 − needed
    expect(at(7)).toBe('on-track'); // needed 5, spare 5
    expect(at(5)).toBe('on-track'); // needed 7, spare 3
    expect(at(4)).toBe('at-risk'); // needed 8, spare 2
    expect(at(2)).toBe('at-risk'); // needed 10, spare 0
  });

  it('cannot reach, and done', () => {
    const none = presenceProjection(person(), ctx('2025-10', '2025-10-22'));
    expect(none.status).toBe('cannot-reach');
    expect(none.sentence).toBe('还需驻村12天，本月只剩8个工作日，无法达标');
    const closed = presenceProjection(person(), ctx('2025-10'));
    expect(closed.sentence).toBe('还需驻村12天，本月已没有剩余工作日，无法达标');
    const done = presenceProjection(person({ presentDays: OCT25_WORKING.slice(0, 12) }), ctx('2025-10', '2025-10-24'));
    expect(done).toMatchObject({ status: 'done', neededDays: 0, sentence: '本月已驻村12天，达到要求的12天' });
  });

  it('rest days counted: remaining counts calendar days', () => {
    const p = presenceProjection(person(), ctx('2025-10', '2025-10-25', (c) => (c.presence.restDaysCount = true)));
    expect(p.remainingDays).toBe(7);
    expect(p.sentence).toBe('还需驻村12天，本月只剩7天，无法达标');
  });

  it('not applicable to team members', () => {
    expect(presenceProjection(person({ role: 'team_member' }), ctx('2025-10', '2025-10-20')).status).toBe('not-applicable');
  });

  it('property: status agrees with needed vs remaining, and remaining ⊆ month', () => {
    const all = daysOfMonth('2026-02');
    fc.assert(
      fc.property(fc.subarray(all), fc.constantFrom(...all), fc.integer({ min: 0, max: 5 }), (present, today, slack) => {
        const c = ctx('2026-02', today, (x) => (x.projection.atRiskSlack = slack));
        const p = presenceProjection(person({ presentDays: present }), c);
        expect(p.neededDays).toBe(Math.max(0, p.requiredDays - p.presentDays));
        if (p.neededDays === 0) expect(p.status).toBe('done');
        else if (p.neededDays > p.remainingDays) expect(p.status).toBe('cannot-reach');
        else if (p.remainingDays - p.neededDays <= slack) expect(p.status).toBe('at-risk');
        else expect(p.status).toBe('on-track');
        for (const d of remainingCreditableDays(present, c)) expect(d >= today).toBe(true);
      }),
    );
  });
});
