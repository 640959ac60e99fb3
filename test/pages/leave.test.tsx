import { render, screen } from '@testing-library/react';
import LeavePage from '../../src/packages/leave/pages/index';
import { setTransport } from '../../src/services/client';
import { fakeTransport } from './fake-transport';
import { leaveView as leave } from './leave-helpers';
import { click, signInEachTestAs } from './page-helpers';
import { typeInto } from './type-into';

const fs = {
  openid: 'demo-fs',
  person: { id: 'p1', name: '张华' },
  roles: [{ role: 'first_secretary', scope: { level: 'village', id: 'v1', name: '石桥村' } }],
  villages: [],
};

const mine = (leaves: unknown[]) => ({ data: { today: '2026-11-20', countyApprovalAboveDays: 3, returnGraceDays: 1, leaves } });

signInEachTestAs('demo-fs');

describe('cadre leave page', () => {
  it('applies for 公假 from the day after tomorrow for 4 days: routed to the county, then listed', async () => {
    let listed: unknown[] = [];
    const fake = fakeTransport({
      'session.whoami': { data: fs },
      'leave.mine': () => mine(listed),
      'leave.apply': (input) => {
        const i = input as { from: string; to: string; type: string };
        listed = [leave({ ...i, days: 4, approverLevel: 'county' })];
        return { data: listed[0] };
      },
    });
    setTransport(fake.transport);
    const { container } = render(<LeavePage />);
    expect(await screen.findByText('申请请假')).toBeTruthy();
    expect(screen.getByText('还没有请过假。')).toBeTruthy();
    expect(screen.getByText('2026-11-21 至 2026-11-21，共1天，由乡镇督导审批')).toBeTruthy();
    await click('公假');
    await click('后天');
    for (let i = 0; i < 3; i += 1) await click('＋');
    expect(screen.getByText('2026-11-22 至 2026-11-25，共4天，由县级管理员审批')).toBeTruthy();
    // Without a reason nothing is sent.
    await click('提交申请');
    expect(screen.getByText('请填写请假事由（至少2个字）')).toBeTruthy();
    expect(fake.calls.filter((c) => c.action === 'leave.apply')).toHaveLength(0);
    await typeInto(() => container.querySelector('textarea'), '参加县委组织部集中培训');
    await click('提交申请');
    const sent = fake.calls.filter((c) => c.action === 'leave.apply');
    expect(sent).toHaveLength(1);
    expect(sent[0].data).toMatchObject({ type: 'official', from: '2026-11-22', to: '2026-11-25', reason: '参加县委组织部集中培训', clientRequestId: expect.any(String) });
    expect(await screen.findByText('公假 4天')).toBeTruthy();
    expect(screen.getByText('待审批')).toBeTruthy();
    expect(screen.getByText('等待县级管理员审批')).toBeTruthy();
  });

  it("shows the server's refusal in Chinese", async () => {
    const fake = fakeTransport({
      'session.whoami': { data: fs },
      'leave.mine': mine([]),
      'leave.apply': { error: { code: 'CONFLICT', message: '与您2026-11-21至2026-11-22的事假（待审批）日期重叠，请调整日期。' } },
    });
    setTransport(fake.transport);
    const { container } = render(<LeavePage />);
    await screen.findByText('申请请假');
    await typeInto(() => container.querySelector('textarea'), '家中有事');
    await click('提交申请');
    expect(await screen.findByText('与您2026-11-21至2026-11-22的事假（待审批）日期重叠，请调整日期。')).toBeTruthy();
  });

  it('shows each status, lets a pending leave be withdrawn, and tells an overdue cadre to come back', async () => {
    let listed = [
      leave({}),
      leave({ id: 'lv2', status: 'approved', from: '2026-11-10', to: '2026-11-12', days: 3, decidedByName: '李敏', decisionNote: '同意', overdue: true }),
      leave({ id: 'lv3', status: 'returned', from: '2026-11-01', to: '2026-11-02', days: 2, returnDay: '2026-11-03', plannedTo: '2026-11-05' }),
      leave({ id: 'lv4', status: 'rejected', from: '2026-10-25', to: '2026-10-25', days: 1, decidedByName: '李敏', decisionNote: '村里验收，请改期' }),
    ];
    const fake = fakeTransport({
      'session.whoami': { data: fs },
      'leave.mine': () => mine(listed),
      'leave.cancel': () => {
        listed = [{ ...listed[0], status: 'cancelled' }, ...listed.slice(1)];
        return { data: listed[0] };
      },
    });
    setTransport(fake.transport);
    render(<LeavePage />);
    expect(await screen.findByText('待审批')).toBeTruthy();
    expect(screen.getByText('已批准')).toBeTruthy();
    expect(screen.getByText('已销假')).toBeTruthy();
    expect(screen.getByText('未批准')).toBeTruthy();
    expect(screen.getByText('假期已于2026-11-12结束，还没有销假，请尽快回村打卡。')).toBeTruthy();
    expect(screen.getByText('2026-11-03回村打卡，已销假（提前返岗，原定至2026-11-05）。')).toBeTruthy();
    expect(screen.getByText('李敏：村里验收，请改期')).toBeTruthy();
    await click('撤回申请');
    expect(fake.calls.find((c) => c.action === 'leave.cancel')?.data).toEqual({ leaveId: 'lv1' });
    expect(await screen.findByText('已撤回')).toBeTruthy();
    expect(screen.queryByText('撤回申请')).toBeNull();
  });
});

describe('leave into a year without holiday data', () => {
  it('lists the leave with its calendar days and the working days waiting for the schedule', async () => {
    setTransport(
      fakeTransport({
        'session.whoami': { data: fs },
        'leave.mine': mine([leave({ from: '2026-12-28', to: '2027-01-06', days: 10, workingDays: null, approverLevel: 'county' }), leave({ id: 'lv2', from: '2026-11-23', to: '2026-11-24' })]),
      }).transport,
    );
    render(<LeavePage />);
    expect(await screen.findByText('2026-12-28 至 2027-01-06')).toBeTruthy();
    expect(screen.getByText('事假 10天')).toBeTruthy();
    expect(screen.getByText('待节假日安排公布后计算')).toBeTruthy();
    expect(screen.getByText('2天')).toBeTruthy(); // the known leave's working days
    expect(screen.queryByText(/出错|重试/)).toBeNull();
  });
});
