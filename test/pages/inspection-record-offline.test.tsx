import { act, renderHook, waitFor } from '@testing-library/react';
import { useRecord } from '../../src/packages/inspection/pages/record/useRecord';
import { keepView } from '../../src/packages/inspection/pages/record/form';
import { setTransport } from '../../src/services/client';
import { OFFLINE_QUEUE_KEY, resetOfflineSyncForTests, type QueuedCall } from '../../src/services/offline-queue';
import { DEMO_OPENID_KEY } from '../../src/services/transports/identity';
import type { RecordView } from '../../types/inspection';
import { fakeTransport } from './fake-transport';
import Taro, { resetTaroDouble } from './taro-double';

const item = (key: string, group: 'team' | 'secretary') => ({ key, group, text: `是否${key}。`, answer: null, note: '', suggested: null, evidence: null });
const VIEW = {
  id: 'insp_d1_v1',
  drawId: 'd1',
  villageId: 'v1',
  villageName: '红旗村',
  townshipName: '城关镇',
  countyName: '长沙县',
  month: '2026-11',
  teamId: 't1',
  teamName: '第一督查组',
  templateName: '督查记实表',
  status: 'draft',
  revision: 0,
  header: { unitName: '县科技局', teamSize: 3, leaderName: '王一', firstSecretaryName: '王一', villageName: '红旗村', population: '', poorCount: '', lastYearIncome: '', fundWan: '', projectFundWan: '' },
  items: [item('team-1', 'team'), item('secretary-1', 'secretary')],
  facts: { month: '2026-11', asOf: '2026-11-26', computedAt: '2026-11-26T02:00:00.000Z', calendarPending: false, workingDays: 20, cadres: [], coverage: null, survey: null },
  checks: {},
  satisfaction: { visited: null, satisfiedRate: null, dissatisfiedRate: null, fromSurvey: false, note: '' },
  extraProblems: [],
  signatures: [],
  required: [],
  problems: [],
  updatedAt: '2026-11-26T02:00:00.000Z',
  updatedByName: '韩雪梅',
  canEdit: true,
  canSignAs: null,
  openProblems: [],
  people: [],
} as unknown as RecordView;

beforeEach(() => {
  resetTaroDouble();
  resetOfflineSyncForTests();
  Taro.setStorageSync(DEMO_OPENID_KEY, 'demo-inspector');
});

describe('the inspection record without a network', () => {
  it('opens the kept record, keeps the edits on the phone, queues the save and sends it once the network returns', async () => {
    keepView(VIEW);
    let online = false;
    const saved = { ...VIEW, revision: 1, items: [{ ...VIEW.items[0], answer: 'yes' }, VIEW.items[1]] };
    const fake = fakeTransport({
      'inspection.get': () => (online ? { data: saved } : 'network'),
      'inspection.save': () => (online ? { data: saved } : 'network'),
    });
    setTransport(fake.transport);
    const { result } = renderHook(() => useRecord({ id: VIEW.id }));
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.offline).toBe(true);
    expect(result.current.view?.villageName).toBe('红旗村');

    act(() => result.current.edit((f) => ({ ...f, items: f.items.map((i) => (i.key === 'team-1' ? { ...i, answer: 'yes' } : i)) })));
    // The edit is on the phone before any save.
    expect((Taro.getStorageSync(`zhucun.inspection.draft.${VIEW.id}`) as { form: { items: { answer: string | null }[] } }).form.items[0].answer).toBe('yes');

    let out: string | undefined;
    await act(async () => {
      out = await result.current.save(false);
    });
    expect(out).toBe('queued');
    expect(result.current.queued).toBe(1);
    const queue = Taro.getStorageSync(OFFLINE_QUEUE_KEY) as QueuedCall[];
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({ action: 'inspection.save', input: { recordId: VIEW.id, finish: false } });
    // A second save offline is a new request after the first (both go, in order).
    await act(async () => {
      await result.current.save(false);
    });
    expect((Taro.getStorageSync(OFFLINE_QUEUE_KEY) as QueuedCall[]).map((q) => q.id)).toHaveLength(2);

    online = true;
    await act(async () => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(result.current.queued).toBe(0));
    await waitFor(() => expect(result.current.offline).toBe(false));
    const sends = fake.calls.filter((c) => c.action === 'inspection.save');
    const ids = sends.map((c) => (c.data as { clientRequestId: string }).clientRequestId);
    // Each request went first offline, then once online with the same id.
    expect(new Set(ids).size).toBe(2);
    expect(ids.filter((id) => id === queue[0].id)).toHaveLength(2);
    expect(Taro.getStorageSync(OFFLINE_QUEUE_KEY)).toEqual([]);
    expect(result.current.view?.revision).toBe(1);
  });

  it('says what the server refused and keeps the form', async () => {
    const fake = fakeTransport({
      'inspection.get': { data: VIEW },
      'inspection.save': { error: { code: 'VALIDATION', message: '还有2项没有选择是或否' } },
    });
    setTransport(fake.transport);
    const { result } = renderHook(() => useRecord({ id: VIEW.id }));
    await waitFor(() => expect(result.current.view).not.toBeNull());
    await act(async () => {
      await expect(result.current.save(true)).rejects.toThrow('还有2项没有选择是或否');
    });
    expect(result.current.draft).not.toBeNull();
    expect(Taro.getStorageSync(OFFLINE_QUEUE_KEY) || []).toEqual([]);
  });
});
