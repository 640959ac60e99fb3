import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ReviewPanel } from '../../src/packages/ledger/pages/problem/ReviewPanel';
import { setTransport } from '../../src/services/client';
import { fakeTransport } from './fake-transport';
import { signInEachTestAs } from './page-helpers';

signInEachTestAs('demo-supervisor');

const problem = {
  id: 'prb-1',
  villageId: 'v1',
  villageName: '红旗村',
  townshipName: '城关镇',
  month: '2026-10',
  text: '民情日志记录不全',
  responsibleName: '王建国',
  dueDay: '2026-11-30',
  status: 'submitted' as const,
  statusLabel: '待销号',
  overdue: false,
  flagCount: 0,
  source: 'item' as const,
  responsiblePersonId: 'p1',
  measures: '补齐日志',
  rectification: { text: '已补齐', evidenceCount: 1, submittedAt: '2026-11-20T02:00:00.000Z', submittedByName: '王建国' },
  returnReason: null,
  closedAt: null,
  flags: [],
  history: [],
  can: { edit: true, submit: false, review: true },
  evidenceViewed: false,
  today: '2026-11-20',
  cadres: [],
};
const photo = { id: 'ev1', url: 'https://example.invalid/ev1.jpg', contentType: 'image/jpeg', bytes: 2048, uploadedAt: '2026-11-20T01:00:00.000Z', submitted: true };

describe('销号 only with the evidence on the screen', () => {
  it('offers 查看佐证材料 first, 销号 once the evidence is shown, and 退回 needs a reason', async () => {
    const fake = fakeTransport({ 'ledger.review': (input) => ({ data: { problemId: 'prb-1', status: (input as { decision: string }).decision === 'close' ? 'closed' : 'returned' } }) });
    setTransport(fake.transport);
    const onOpen = jest.fn();
    const onDone = jest.fn();
    const { rerender } = render(<ReviewPanel p={problem} evidence={null} onOpen={onOpen} opening={false} onDone={onDone} />);
    expect(screen.queryByText('核实无误，销号')).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByText('查看佐证材料'));
    });
    expect(onOpen).toHaveBeenCalled();
    // Viewed earlier but not on this screen: still no 销号.
    rerender(<ReviewPanel p={{ ...problem, evidenceViewed: true }} evidence={null} onOpen={onOpen} opening={false} onDone={onDone} />);
    expect(screen.queryByText('核实无误，销号')).toBeNull();
    rerender(<ReviewPanel p={{ ...problem, evidenceViewed: true }} evidence={[photo]} onOpen={onOpen} opening={false} onDone={onDone} />);
    expect(document.querySelector('.ledger-evidence__img')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByText('退回重新整改'));
    });
    await act(async () => {
      fireEvent.click(screen.getByText('退回'));
    });
    expect(fake.calls).toEqual([]); // no reason, nothing sent
    await act(async () => {
      fireEvent.click(screen.getByText('取消'));
    });
    await act(async () => {
      fireEvent.click(screen.getByText('核实无误，销号'));
    });
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(fake.calls.map((c) => [c.action, c.data])).toEqual([['ledger.review', { problemId: 'prb-1', decision: 'close' }]]);
  });
});
