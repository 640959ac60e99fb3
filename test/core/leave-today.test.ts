import { leaveToday, type OwnLeave } from '../../src/core';

const leave = (patch: Partial<OwnLeave>): OwnLeave => ({ type: 'personal', from: '2026-11-23', to: '2026-11-24', status: 'approved', returnedAt: null, ...patch });

describe('leaveToday', () => {
  it('is empty without leaves', () => {
    expect(leaveToday([], '2026-11-20', 1)).toEqual({ onLeave: null, pending: null, overdue: null });
  });

  it('finds an approved leave covering today, first and last day included, unless returned', () => {
    const l = leave({});
    expect(leaveToday([l], '2026-11-22', 1).onLeave).toBeNull();
    expect(leaveToday([l], '2026-11-23', 1).onLeave).toBe(l);
    expect(leaveToday([l], '2026-11-24', 1).onLeave).toBe(l);
    expect(leaveToday([l], '2026-11-25', 1).onLeave).toBeNull();
    expect(leaveToday([leave({ returnedAt: '2026-11-23T02:00:00Z' })], '2026-11-23', 1).onLeave).toBeNull();
    expect(leaveToday([leave({ status: 'pending' })], '2026-11-23', 1).onLeave).toBeNull();
  });

  it('shows the earliest pending leave that is not over', () => {
    const past = leave({ status: 'pending', from: '2026-11-01', to: '2026-11-02' });
    const later = leave({ status: 'pending', from: '2026-12-10', to: '2026-12-11' });
    const soon = leave({ status: 'pending', from: '2026-11-30', to: '2026-12-01' });
    expect(leaveToday([later, past, soon], '2026-11-20', 1).pending).toBe(soon);
    expect(leaveToday([past], '2026-11-20', 1).pending).toBeNull();
  });

  it('flags the oldest overdue return after the grace days', () => {
    const a = leave({ from: '2026-11-02', to: '2026-11-03' });
    const b = leave({ from: '2026-11-10', to: '2026-11-12' });
    expect(leaveToday([b, a], '2026-11-14', 1).overdue).toBe(a);
    expect(leaveToday([b], '2026-11-13', 1).overdue).toBeNull();
    expect(leaveToday([b], '2026-11-14', 1).overdue).toBe(b);
    expect(leaveToday([b], '2026-11-14', 2).overdue).toBeNull();
    expect(leaveToday([leave({ status: 'rejected', from: '2026-11-01', to: '2026-11-02' })], '2026-11-20', 1).overdue).toBeNull();
  });
});
