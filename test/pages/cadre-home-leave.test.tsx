import { render, screen } from '@testing-library/react';
import CadreHome from '../../src/pages/cadre';
import { clearSession } from '../../src/hooks/useSession';
import { setTransport } from '../../src/services/client';
import { DEMO_OPENID_KEY } from '../../src/services/transports/identity';
import { fakeTransport } from './fake-transport';
import Taro, { resetTaroDouble } from './taro-double';

const fs = {
  openid: 'demo-fs',
  person: { id: 'p1', name: '张华' },
  roles: [{ role: 'first_secretary', scope: { level: 'village', id: 'v1', name: '红旗村' } }],
  villages: [],
};
const none = { onLeave: null, pending: null, overdue: null };
const span = (from: string, to: string) => ({ id: `lv_${from}`, type: 'personal', from, to });

function today(leave: unknown) {
  return {
    day: '2026-11-23',
    village: { id: 'v1', name: '红旗村' },
    clockedIn: false,
    clockInAt: null,
    fieldToday: false,
    diaryWritten: false,
    outsideToday: null,
    leave,
    month: {
      month: '2026-11',
      workingDays: 21,
      workingDaysSoFar: 16,
      presentDays: 12,
      requiredDays: 15,
      projection: { status: 'on-track', sentence: '按现在的节奏，本月能达标。' },
      verdict: { tone: 'ok', word: '正常', sentence: '按现在的节奏，本月能达标。' },
      credit: { credited: 12, present: 12, field: 0, official: 0, notCounted: 0, notCountedReason: '' },
    },
  };
}

function show(leave: unknown) {
  setTransport(fakeTransport({ 'session.whoami': { data: fs }, 'cadre.today': { data: today(leave) } }).transport);
  render(<CadreHome />);
}

beforeEach(() => {
  resetTaroDouble();
  clearSession();
  Taro.setStorageSync(DEMO_OPENID_KEY, 'demo-fs');
});

describe('cadre home and leave', () => {
  it('nudges to clock in without leave', async () => {
    show(none);
    expect(await screen.findByText('还没打卡')).toBeTruthy();
    expect(screen.queryByText(/请假中|待审批|销假/)).toBeNull();
  });

  it('says the cadre is on leave instead of nudging', async () => {
    show({ ...none, onLeave: span('2026-11-23', '2026-11-24') });
    expect(await screen.findByText('今天请假中（11月23日至11月24日），返岗后在村打卡即自动销假')).toBeTruthy();
    expect(screen.getByText('请假中')).toBeTruthy();
    expect(screen.queryByText('还没打卡')).toBeNull();
  });

  it('names a one-day leave by its day', async () => {
    show({ ...none, pending: span('2026-12-04', '2026-12-04') });
    expect(await screen.findByText('请假待审批（12月4日）')).toBeTruthy();
  });

  it('shows a pending leave and, in red, an overdue return', async () => {
    show({ onLeave: null, pending: span('2026-11-30', '2026-12-01'), overdue: span('2026-11-18', '2026-11-19') });
    expect(await screen.findByText('请假待审批（11月30日至12月1日）')).toBeTruthy();
    const red = screen.getByText('请假已于11月19日结束，还没有销假，请尽快返岗并在村打卡');
    expect(red.className).toContain('bad');
    expect(screen.queryByText('今天请假中', { exact: false })).toBeNull();
    expect(screen.getByText('还没打卡')).toBeTruthy();
  });
});
