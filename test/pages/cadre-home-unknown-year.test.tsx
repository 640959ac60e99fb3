import { act, render, screen, waitFor } from '@testing-library/react';
import { gcj02ToWgs84 } from '../../src/core/gcj02';
import CadreHome from '../../src/pages/cadre';
import { setTransport } from '../../src/services/client';
import { resetOfflineSyncForTests } from '../../src/services/offline-queue';
import { fakeTransport } from './fake-transport';
import { click, signInEachTestAs } from './page-helpers';
import { typeInto } from './type-into';

/** 4 January 2027: the holiday schedule of 2027 is not entered yet. */
const WAITS = '2027年节假日安排还没公布（或还没录入），本月应驻村天数等录入后再算。';
const VILLAGE = { lat: 28.190123, lng: 113.620456 };
const fs = {
  openid: 'demo-fs',
  person: { id: 'p1', name: '张华' },
  roles: [{ role: 'first_secretary', scope: { level: 'village', id: 'v1', name: '红旗村' } }],
  villages: [{ id: 'v1', name: '红旗村', fence: [{ ...VILLAGE, radiusM: 800 }] }],
};

function today(patch: Record<string, unknown> = {}) {
  return {
    day: '2027-01-04',
    village: { id: 'v1', name: '红旗村' },
    clockedIn: false,
    clockInAt: null,
    fieldToday: false,
    diaryWritten: false,
    leave: { onLeave: null, pending: null, overdue: null },
    month: { month: '2027-01', pending: 'calendar', year: 2027, message: WAITS, presentDays: 0 },
    ...patch,
  };
}

const FIELD = { decision: 'field', distanceM: 4597, day: '2027-01-04', at: '2027-01-04T02:00:00.000Z', syncedLater: false, fuzzy: false, message: '已记为外勤，距村4597米。' };
const IN_VILLAGE = { decision: 'in-village', distanceM: 0, day: '2027-01-04', at: '2027-01-04T02:00:00.000Z', syncedLater: false, fuzzy: false, message: '已在红旗村打卡，计入2027-01-04驻村。' };

signInEachTestAs('demo-fs');
beforeEach(() => {
  resetOfflineSyncForTests();
  // The H5 build asks the browser, which answers in GPS (WGS-84); the app converts to the fences' GCJ-02.
  const gps = gcj02ToWgs84({ lat: VILLAGE.lat + 0.05, lng: VILLAGE.lng });
  Object.defineProperty(navigator, 'geolocation', {
    configurable: true,
    value: { getCurrentPosition: (ok: PositionCallback) => ok({ coords: { latitude: gps.lat, longitude: gps.lng, accuracy: 15 } } as GeolocationPosition) },
  });
});

describe('今天 in a year without holiday data', () => {
  it('offers 驻村打卡 and 外勤, and only the month card says it waits: no error page', async () => {
    setTransport(fakeTransport({ 'session.whoami': { data: fs }, 'cadre.today': { data: today() } }).transport);
    render(<CadreHome />);
    expect(await screen.findByText('驻村打卡')).toBeTruthy();
    expect(screen.getByText('外勤')).toBeTruthy();
    expect(screen.getByText('还没打卡')).toBeTruthy();
    expect(screen.getByText(WAITS)).toBeTruthy();
    expect(screen.getByText('本月（2027-01）')).toBeTruthy();
    expect(screen.queryByText('重试')).toBeNull();
    expect(screen.queryByText(/已过工作日|周一至周五/)).toBeNull();
  });

  it('外勤 asks for a short reason, clocks in with it, and keeps the result after the home reloads', async () => {
    let state = today();
    const fake = fakeTransport({
      'session.whoami': { data: fs },
      'cadre.today': () => ({ data: state }),
      'attendance.clockIn': () => {
        state = today({ fieldToday: true });
        return { data: FIELD };
      },
    });
    setTransport(fake.transport);
    const { container } = render(<CadreHome />);
    await screen.findByText('驻村打卡');
    await click('外勤');
    expect(screen.getByText('外勤事由')).toBeTruthy();
    expect(screen.queryByText('驻村打卡')).toBeNull();

    // Without a reason nothing is sent.
    await click('外勤打卡');
    expect(screen.getByText('请写明外勤事由（至少2个字）')).toBeTruthy();
    expect(fake.calls.filter((c) => c.action === 'attendance.clockIn')).toHaveLength(0);

    await typeInto(() => container.querySelector('textarea'), ' 到镇里开产业协调会 ');
    await click('外勤打卡');
    await waitFor(() => expect(fake.calls.filter((c) => c.action === 'attendance.clockIn')).toHaveLength(1));
    expect(fake.calls.find((c) => c.action === 'attendance.clockIn')?.data).toMatchObject({
      lat: expect.closeTo(VILLAGE.lat + 0.05, 7),
      lng: expect.closeTo(VILLAGE.lng, 7),
      accuracyM: 15,
      fuzzy: false,
      reason: '到镇里开产业协调会',
      clientRequestId: expect.any(String),
    });
    // The result stays: where (外勤), how far, the day it counts for; the home reloaded and shows 外勤 today.
    expect(await screen.findByText('已记为外勤，距村4597米。')).toBeTruthy();
    expect(screen.getByText('本次打卡')).toBeTruthy();
    expect(screen.getByText('约4597米')).toBeTruthy();
    expect(screen.getByText('1月4日 10:00')).toBeTruthy();
    await waitFor(() => expect(fake.calls.filter((c) => c.action === 'cadre.today').length).toBeGreaterThanOrEqual(2));
    expect(screen.getAllByText('外勤').length).toBeGreaterThanOrEqual(2); // today's tag and the result's
    expect(screen.getByText('驻村打卡')).toBeTruthy(); // arriving in the village later still counts
    expect(screen.getByText(WAITS)).toBeTruthy();
  });

  it('cancels 外勤 back to the buttons', async () => {
    setTransport(fakeTransport({ 'session.whoami': { data: fs }, 'cadre.today': { data: today() } }).transport);
    render(<CadreHome />);
    await screen.findByText('驻村打卡');
    await click('外勤');
    await click('取消');
    expect(screen.getByText('驻村打卡')).toBeTruthy();
    expect(screen.queryByText('外勤事由')).toBeNull();
  });

  it('keeps an in-village result visible once the home shows the day clocked in', async () => {
    let state = today();
    const fake = fakeTransport({
      'session.whoami': { data: fs },
      'cadre.today': () => ({ data: state }),
      'attendance.clockIn': () => {
        state = today({ clockedIn: true, clockInAt: IN_VILLAGE.at, month: { ...today().month, presentDays: 1 } });
        return { data: IN_VILLAGE };
      },
    });
    setTransport(fake.transport);
    render(<CadreHome />);
    await screen.findByText('驻村打卡');
    await act(async () => {
      screen.getByText('用模拟位置打卡（演示）').click();
    });
    expect(await screen.findByText('已打卡 10:00')).toBeTruthy();
    expect(screen.queryByText('驻村打卡')).toBeNull();
    expect(screen.getByText('已在红旗村打卡，计入2027-01-04驻村。')).toBeTruthy();
    expect(screen.getByText('在村')).toBeTruthy();
    expect(screen.getByText('1月4日 10:00')).toBeTruthy();
    expect(screen.queryByText(/^约\d+米$/)).toBeNull(); // in the village: no distance to show
  });
});
