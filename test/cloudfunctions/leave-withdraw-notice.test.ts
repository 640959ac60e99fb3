import { seeded } from './harness';
import { applied } from './leave-helpers';

const SUPERVISOR_T01 = 'psn_430121_P0002';

describe('a withdrawn leave leaves the approver nothing to do', () => {
  it("marks the approver's notice read and 已撤回, once, however often the cancel is retried", async () => {
    const s = await seeded();
    const id = await applied(s, { from: '2026-11-23', to: '2026-11-24' });
    const msgId = `${SUPERVISOR_T01}:leave-request:${id}`;
    expect(await s.store.get('messages', msgId)).toMatchObject({ readAt: null, title: '有新的请假待审批' });

    expect((await s.call('demo-fs', 'leave.cancel', { leaveId: id })).ok).toBe(true);
    const after = await s.store.get('messages', msgId);
    expect(after).toMatchObject({ title: '请假已撤回', readAt: expect.any(String), body: expect.stringMatching(/（已撤回，无需审批）$/) });
    expect(after!.pushStatus).not.toBe('waiting');

    expect((await s.call('demo-fs', 'leave.cancel', { leaveId: id })).ok).toBe(true);
    expect((await s.store.get('messages', msgId))!.body).toBe(after!.body);
    const inbox = await s.call('demo-supervisor', 'messages.list', {});
    expect(inbox.ok && inbox.data.items.find((m: { id?: string; title: string }) => m.title === '请假已撤回')).toBeTruthy();
  });
});
