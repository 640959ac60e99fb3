import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ClockInCard } from '../../src/pages/cadre/ClockInCard';
import { setTransport } from '../../src/services/client';
import { ApiError } from '../../src/services/api';
import { createOfflineQueue, OFFLINE_QUEUE_KEY, offlineQueue, resetOfflineSyncForTests, startOfflineSync, type QueuedCall } from '../../src/services/offline-queue';
import { NetworkError } from '../../src/services/transport';
import { DEMO_OPENID_KEY } from '../../src/services/transports/identity';
import { fakeTransport } from './fake-transport';
import Taro, { resetTaroDouble } from './taro-double';

const POINT = { lat: 28.190123, lng: 113.620456 };
const OK = { data: { decision: 'in-village', distanceM: 12, day: '2026-11-20', at: '2026-11-20T00:30:00.000Z', syncedLater: true, fuzzy: false, message: '已在红旗村打卡，计入2026-11-20驻村。' } };

beforeEach(() => {
  resetTaroDouble();
  resetOfflineSyncForTests();
  Taro.setStorageSync(DEMO_OPENID_KEY, 'demo-fs');
});

describe('offline clock-in on the cadre home', () => {
  it('keeps the clock-in when the network fails, shows 待上传, and sends it with the same id when the network returns', async () => {
    let online = false;
    const fake = fakeTransport({ 'attendance.clockIn': () => (online ? OK : 'network') });
    setTransport(fake.transport);
    const onDone = jest.fn();
    render(<ClockInCard demoPoint={POINT} onDone={onDone} />);

    await act(async () => {
      fireEvent.click(screen.getByText('用模拟位置打卡（演示）'));
    });
    expect(await screen.findByText('网络不通，打卡已保存在手机上，联网后自动上传。')).toBeTruthy();
    expect(screen.getByText('待上传')).toBeTruthy();
    const stored = Taro.getStorageSync(OFFLINE_QUEUE_KEY) as QueuedCall[];
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ action: 'attendance.clockIn', who: 'demo-fs', failed: null });
    expect(stored[0].input).toMatchObject({ ...POINT, clientRequestId: stored[0].id, deviceAt: stored[0].deviceAt });
    expect(onDone).not.toHaveBeenCalled();

    // Still offline: 现在上传 keeps it.
    await act(async () => {
      fireEvent.click(screen.getByText('现在上传'));
    });
    expect(screen.getByText('待上传')).toBeTruthy();

    online = true;
    await act(async () => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(screen.queryByText('待上传')).toBeNull());
    expect(onDone).toHaveBeenCalled();
    const sends = fake.calls.filter((c) => c.action === 'attendance.clockIn');
    expect(sends).toHaveLength(3); // the tap, 现在上传 offline, the 'online' event
    const ids = sends.map((c) => (c.data as { clientRequestId: string }).clientRequestId);
    expect(new Set(ids).size).toBe(1);
    expect((sends[0].data as { deviceAt?: string }).deviceAt).toBeUndefined();
    expect((sends[2].data as { deviceAt: string }).deviceAt).toBe(stored[0].deviceAt);
    expect(Taro.getStorageSync(OFFLINE_QUEUE_KEY)).toEqual([]);
  });

  it('tells the cadre when the server refuses a kept clock-in (past the offline window), until dismissed', async () => {
    Taro.setStorageSync(OFFLINE_QUEUE_KEY, [
      { id: 'req-old-0001', action: 'attendance.clockIn', input: { ...POINT, accuracyM: 20, fuzzy: false, clientRequestId: 'req-old-0001', deviceAt: '2026-11-17T00:30:00.000Z' }, deviceAt: '2026-11-17T00:30:00.000Z', attempts: 1, who: 'demo-fs', failed: null },
    ]);
    const fake = fakeTransport({ 'attendance.clockIn': { error: { code: 'TOO_EARLY_OR_LATE', message: '离线保存的打卡超过48小时，已不能补交，请向乡镇说明情况。' } } });
    setTransport(fake.transport);
    render(<ClockInCard demoPoint={POINT} clockedIn onDone={() => undefined} />);
    expect(await screen.findByText(/08:30 的打卡未能上传：离线保存的打卡超过48小时/)).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByText('知道了'));
    });
    expect(screen.queryByText(/未能上传/)).toBeNull();
    expect(Taro.getStorageSync(OFFLINE_QUEUE_KEY)).toEqual([]);
  });

  it('shows nothing once clocked in with nothing waiting', async () => {
    setTransport(fakeTransport({}).transport);
    const { container } = render(<ClockInCard demoPoint={POINT} clockedIn onDone={() => undefined} />);
    await act(async () => undefined);
    expect(container.textContent).toBe('');
    expect(offlineQueue.list()).toEqual([]);
  });
});

describe('offline queue (generic)', () => {
  function queue(send: (a: string, i: Record<string, unknown>) => Promise<unknown>) {
    let stored: unknown = [];
    let t = Date.parse('2026-11-20T00:00:00Z');
    const q = createOfflineQueue({ send: send as never, load: () => stored, save: (v) => (stored = v), now: () => new Date((t += 60_000)), who: () => null });
    return { q, stored: () => stored as QueuedCall[] };
  }

  it('sends in order, stops at the first network failure, and keeps the rest', async () => {
    const seen: string[] = [];
    let down = false;
    const { q } = queue(async (_a, i) => {
      if (down) throw new NetworkError();
      seen.push(String(i.clientRequestId));
      return { ok: true };
    });
    q.enqueue('diary.save' as never, { clientRequestId: 'draft-0001' });
    q.enqueue('attendance.clockIn', { clientRequestId: 'clock-0001' }, { deviceAt: true });
    expect(q.pending().map((i) => i.id)).toEqual(['draft-0001', 'clock-0001']);
    expect(q.pending()[0].input.deviceAt).toBeUndefined();
    expect(q.pending()[1].input.deviceAt).toBe('2026-11-20T00:02:00.000Z');
    down = true;
    expect(await q.flush()).toMatchObject({ sent: [], remaining: 2 });
    down = false;
    const r = await q.flush();
    expect(r.sent.map((s) => s.item.id)).toEqual(['draft-0001', 'clock-0001']);
    expect(seen).toEqual(['draft-0001', 'clock-0001']);
    expect(q.list()).toEqual([]);
  });

  it('runs one flush at a time, and queuing the same id twice keeps one', async () => {
    let calls = 0;
    const { q } = queue(async () => {
      calls += 1;
      await new Promise((r) => setTimeout(r, 5));
      return {};
    });
    q.enqueue('attendance.clockIn', { clientRequestId: 'clock-0001' });
    q.enqueue('attendance.clockIn', { clientRequestId: 'clock-0001' });
    expect(q.list()).toHaveLength(1);
    await Promise.all([q.flush(), q.flush()]);
    expect(calls).toBe(1);
  });

  it('answers callOrQueue: sent when online, queued on a network error, thrown on a refusal', async () => {
    let mode: 'ok' | 'down' | 'refuse' = 'ok';
    const { q } = queue(async () => {
      if (mode === 'down') throw new NetworkError();
      if (mode === 'refuse') throw new ApiError('VALIDATION', '纬度不对');
      return { decision: 'in-village' };
    });
    const input = { lat: 1, lng: 1, accuracyM: 5, clientRequestId: 'clock-0002' };
    expect(await q.callOrQueue('attendance.clockIn', input)).toEqual({ status: 'sent', result: { decision: 'in-village' } });
    mode = 'down';
    expect(await q.callOrQueue('attendance.clockIn', input)).toMatchObject({ status: 'queued', item: { id: 'clock-0002' } });
    mode = 'refuse';
    await expect(q.callOrQueue('attendance.clockIn', { ...input, clientRequestId: 'clock-0003' })).rejects.toThrow('纬度不对');
    expect(q.list().map((i) => i.id)).toEqual(['clock-0002']);
  });
});

describe('automatic sending on the mini-program', () => {
  it('sends waiting writes when WeChat reports the network back, and when the app shows again', async () => {
    const t = Taro as unknown as Record<string, unknown>;
    const handlers: { network?: (r: { isConnected: boolean }) => void; show?: () => void } = {};
    t.onNetworkStatusChange = (cb: (r: { isConnected: boolean }) => void) => (handlers.network = cb);
    t.onAppShow = (cb: () => void) => (handlers.show = cb);
    process.env.TARO_ENV = 'weapp';
    try {
      let up = false;
      const sent: string[] = [];
      let stored: unknown = [];
      const q = createOfflineQueue({
        send: async (_a, i) => {
          if (!up) throw new NetworkError();
          sent.push(String(i.clientRequestId));
          return {};
        },
        load: () => stored,
        save: (v) => (stored = v),
        now: () => new Date('2026-11-20T00:00:00Z'),
        who: () => null,
      });
      q.enqueue('attendance.clockIn', { clientRequestId: 'clock-0001' }, { deviceAt: true });
      startOfflineSync(q);
      await act(async () => undefined);
      expect(q.pending()).toHaveLength(1);
      up = true;
      await act(async () => handlers.network!({ isConnected: true }));
      expect(sent).toEqual(['clock-0001']);
      q.enqueue('attendance.clockIn', { clientRequestId: 'clock-0002' }, { deviceAt: true });
      await act(async () => handlers.show!());
      expect(sent).toEqual(['clock-0001', 'clock-0002']);
      expect(q.list()).toEqual([]);
    } finally {
      process.env.TARO_ENV = 'h5';
    }
  });
});
