import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Approvals from '../../src/packages/supervisor/pages/approvals';
import { setTransport } from '../../src/services/client';
import { fakeTransport } from './fake-transport';
import { leaveView } from './leave-helpers';
import { click, signInEachTestAs } from './page-helpers';

const supervisor = {
  openid: 'demo-supervisor',
  person: { id: 'p2', name: '李敏' },
  roles: [{ role: 'township_supervisor', scope: { level: 'township', id: 't1', name: '城关镇' } }],
  villages: [],
};

/** A leave in the supervisor's queue: 红旗村, decidable here. */
const item = (p: Record<string, unknown>) => leaveView({ villageName: '红旗村', reason: '家中老人住院', canDecide: true, ...p });

signInEachTestAs('demo-supervisor');

describe('supervisor approval queue', () => {
  it('approves with a note; long leaves wait for the county; overdue returns stand out', async () => {
    const effect = { month: '2026-11', tone: 'bad', sentence: '批准后11月无法达标：还需驻村4天，请假后11月只剩2个工作日' };
    let pending = [item({ effects: [effect] }), item({ id: 'lv2', personName: '王芳', days: 6, to: '2026-11-28', approverLevel: 'county', canDecide: false })];
    const fake = fakeTransport({
      'session.whoami': { data: supervisor },
      'leave.queue': () => ({
        data: {
          today: '2026-11-20',
          pending,
          awaitingReturn: [item({ id: 'lv3', personName: '赵强', status: 'approved', from: '2026-11-10', to: '2026-11-12', overdue: true })],
        },
      }),
      'leave.decide': () => {
        pending = pending.slice(1);
        return { data: { ...item({}), status: 'approved' } };
      },
    });
    setTransport(fake.transport);
    const { container } = render(<Approvals />);
    expect(await screen.findByText('张华 · 红旗村')).toBeTruthy();
    expect(screen.getByText('待我审批（1）')).toBeTruthy();
    expect(screen.getByText('等待县级审批（1，只看不批）')).toBeTruthy();
    expect(screen.getByText('超过乡镇审批天数，等待县级管理员审批。')).toBeTruthy();
    // The card says what approving does to the cadre's month, in red when it can no longer be met.
    expect(screen.getByText('批准后11月无法达标：还需驻村4天，请假后11月只剩2个工作日').className).toContain('bad');
    expect(screen.getByText('超期未销假')).toBeTruthy();
    expect(screen.getByText('应于2026-11-13回村打卡销假')).toBeTruthy();
    expect(screen.getByText('待销假（1），其中1人超期')).toBeTruthy();
    await waitFor(() => expect(container.querySelector('textarea')).toBeTruthy());
    await act(async () => {
      fireEvent.input(container.querySelector('textarea')!, { target: { value: '同意，注意安全' } });
    });
    await click('批准');
    expect(fake.calls.find((c) => c.action === 'leave.decide')?.data).toEqual({ leaveId: 'lv1', decision: 'approve', note: '同意，注意安全' });
    expect(await screen.findByText('待我审批（0）')).toBeTruthy();
    expect(screen.queryByText('张华 · 红旗村')).toBeNull();
  });

  it('a rejection without a note is stopped with a Chinese message before sending', async () => {
    const fake = fakeTransport({
      'session.whoami': { data: supervisor },
      'leave.queue': { data: { today: '2026-11-20', pending: [item({})], awaitingReturn: [] } },
    });
    setTransport(fake.transport);
    render(<Approvals />);
    await screen.findByText('张华 · 红旗村');
    await click('不批准');
    expect(await screen.findByText('不批准时请写明理由（至少2个字）')).toBeTruthy();
    expect(fake.calls.filter((c) => c.action === 'leave.decide')).toHaveLength(0);
    expect(screen.getByText('没有在假人员。')).toBeTruthy();
  });
});

describe('approving leave into a year without holiday data', () => {
  it('shows the working days as pending and still approves', async () => {
    const pending = item({ from: '2026-12-28', to: '2027-01-06', days: 10, workingDays: null, approverLevel: 'county' });
    const fake = fakeTransport({
      'session.whoami': { data: supervisor },
      'leave.queue': { data: { today: '2026-11-20', pending: [pending], awaitingReturn: [] } },
      'leave.decide': { data: { ...pending, status: 'approved' } },
    });
    setTransport(fake.transport);
    render(<Approvals />);
    expect(await screen.findByText('2026-12-28 至 2027-01-06，10天（工作日待节假日安排公布后计算）')).toBeTruthy();
    await click('批准');
    expect(fake.calls.find((c) => c.action === 'leave.decide')?.data).toEqual({ leaveId: 'lv1', decision: 'approve' });
  });
});
