import { render, screen } from '@testing-library/react';
import CadreHome from '../../src/pages/cadre';
import { setTransport } from '../../src/services/client';
import { fakeTransport } from './fake-transport';
import { signInEachTestAs } from './page-helpers';

const fs = {
  openid: 'demo-fs',
  person: { id: 'p1', name: '张华' },
  roles: [{ role: 'first_secretary', scope: { level: 'village', id: 'v1', name: '红旗村' } }],
  villages: [],
};

function home(patch: Record<string, unknown>, month: Record<string, unknown>) {
  const today = {
    day: '2026-11-23',
    village: { id: 'v1', name: '红旗村' },
    clockedIn: false,
    clockInAt: null,
    fieldToday: false,
    diaryWritten: false,
    outsideToday: null,
    leave: { onLeave: null, pending: null, overdue: null },
    month: {
      month: '2026-11',
      workingDays: 21,
      workingDaysSoFar: 16,
      presentDays: 13,
      requiredDays: 14,
      projection: { status: 'on-track', sentence: '还需驻村1天，本月剩余5个工作日' },
      verdict: { tone: 'bad', word: '不达标', sentence: '无故缺勤3天（11月2日、3日、4日）' },
      credit: { credited: 13, present: 11, field: 2, official: 0, notCounted: 1, notCountedReason: '另有1天不计入（休息日的记录不计）' },
      ...month,
    },
    ...patch,
  };
  setTransport(fakeTransport({ 'session.whoami': { data: fs }, 'cadre.today': { data: today } }).transport);
  render(<CadreHome />);
}

signInEachTestAs('demo-fs');

describe('今天: the month card tells the truth', () => {
  it('a failed rule reads red 不达标 with its reason, not the hopeful projection', async () => {
    home({}, {});
    const reason = await screen.findByText('无故缺勤3天（11月2日、3日、4日）');
    expect(reason.closest('.bad')).toBeTruthy();
    expect(screen.getByText('不达标')).toBeTruthy();
    expect(screen.queryByText('还需驻村1天，本月剩余5个工作日')).toBeNull();
  });

  it('已计在村 adds up: the days by kind, each once, and the days set apart with why', async () => {
    home({}, {});
    expect(await screen.findByText('13')).toBeTruthy();
    expect(screen.getByText(/其中在村11天 · 外勤2天/)).toBeTruthy();
    expect(screen.getByText('另有1天不计入（休息日的记录不计）')).toBeTruthy();
  });

  it('after a clock-in outside the fence, 今日打卡 says 不在村 and how far, not 还没打卡', async () => {
    home({ outsideToday: { at: '2026-11-23T01:00:00.000Z', distanceM: 3120 } }, { verdict: { tone: 'ok', word: '正常', sentence: '还需驻村1天，本月剩余5个工作日' } });
    expect(await screen.findByText('不在村 约3120米，未计入')).toBeTruthy();
    expect(screen.queryByText('还没打卡')).toBeNull();
  });
});
