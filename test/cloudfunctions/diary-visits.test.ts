import { NOW, seeded } from './harness';
import { bind, FS, jpegBase64, MEMBER, sections, setRules, TEXT_A, V001, V002 } from './diary-helpers';

const TODAY = '2026-11-20';

async function setup() {
  const s = await seeded();
  const village = await s.store.get('villages', V001);
  const centre = village!.fence[0];
  const [household] = await s.store.find('households', { villageId: V001 }, { limit: 1 });
  const [elsewhere] = await s.store.find('households', { villageId: V002 }, { limit: 1 });
  return { ...s, centre, household, elsewhere };
}

describe('households.list', () => {
  it('lists the demo households of every village, for its cadres and for supervisors in scope', async () => {
    const { call, store } = await setup();
    for (const v of await store.find('villages', {})) expect(await store.count('households', { villageId: v._id })).toBeGreaterThanOrEqual(10);
    const own = await call('demo-fs', 'households.list', {});
    expect(own).toMatchObject({ ok: true, data: { village: { id: V001, name: '红旗村' } } });
    if (own.ok) expect(own.data.households[0]).toEqual({ id: expect.any(String), name: expect.any(String), group: expect.stringMatching(/组$/), visitsThisMonth: 0, lastVisitDay: null });
    expect(await call('demo-supervisor', 'households.list', { villageId: V002 })).toMatchObject({ ok: true, data: { village: { id: V002 } } });
    expect(await call('demo-supervisor', 'households.list', {})).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call('demo-fs', 'households.list', { villageId: V002 })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    await bind(store, 'P0003', 'sup-t02');
    expect(await call('sup-t02', 'households.list', { villageId: V001 })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
  });
});

describe('visit.record', () => {
  it("records a visit in person inside the village, once per request, and links it to that day's diary", async () => {
    const { call, store, centre, household } = await setup();
    await call('demo-fs', 'diary.save', { day: TODAY, sections: sections(TEXT_A), clientRequestId: 'visit-diary-01' });
    const input = { householdId: household._id, lat: centre.lat + 0.001, lng: centre.lng, accuracyM: 25, note: '了解冬季取暖情况', clientRequestId: 'visit-000001' };
    const r = await call('demo-fs', 'visit.record', input);
    expect(r).toMatchObject({
      ok: true,
      data: { linkedToDiary: true, visit: { householdId: household._id, householdName: household.name, group: household.group, day: TODAY, note: '了解冬季取暖情况', fuzzy: false } },
    });
    expect(await call('demo-fs', 'visit.record', input, new Date(NOW.getTime() + 30_000))).toEqual(r);
    expect(await store.count('visits', { personId: FS })).toBe(1);
    const visitId = r.ok ? r.data.visit.id : '';
    expect(await store.get('diaries', `${FS}:${TODAY}`)).toMatchObject({ visitIds: [visitId] });
    const got = await call('demo-fs', 'diary.get', {});
    expect(got).toMatchObject({ ok: true, data: { visits: [{ id: visitId }], entry: { visits: [{ id: visitId, householdName: household.name }] } } });
    const list = await call('demo-member', 'households.list', {});
    if (list.ok) expect(list.data.households.find((h: { id: string }) => h.id === household._id)).toMatchObject({ visitsThisMonth: 1, lastVisitDay: TODAY });
  });

  it('links visits made before the diary is written when the diary is saved; refuses visits that are not the author’s of that day', async () => {
    const { call, store, centre, household } = await setup();
    const v1 = await call('demo-member', 'visit.record', { householdId: household._id, lat: centre.lat, lng: centre.lng, accuracyM: 30, note: '查看危房改造进度', clientRequestId: 'visit-000010' });
    expect(v1).toMatchObject({ ok: true, data: { linkedToDiary: false } });
    const memberVisit = v1.ok ? v1.data.visit.id : '';
    const others = await call('demo-fs', 'diary.save', { day: TODAY, sections: sections(TEXT_A), visitIds: [memberVisit], clientRequestId: 'visit-diary-02' });
    expect(others).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('不是您本人当天的走访') } });
    expect(await store.get('diaries', `${FS}:${TODAY}`)).toBeNull();
    const own = await call('demo-member', 'diary.save', { day: TODAY, sections: sections(TEXT_A), visitIds: [memberVisit], clientRequestId: 'visit-diary-03' });
    expect(own).toMatchObject({ ok: true, data: { entry: { visits: [{ id: memberVisit }] } } });
    expect(await store.get('diaries', `${MEMBER}:${TODAY}`)).toMatchObject({ visitIds: [memberVisit] });
  });

  it('refuses a position outside the village, a household of another village, poor accuracy, and any proxy or phone field; nothing is written', async () => {
    const { call, store, centre, household, elsewhere } = await setup();
    const ok = { householdId: household._id, lat: centre.lat, lng: centre.lng, accuracyM: 25, note: '了解冬季取暖情况', clientRequestId: 'visit-000020' };
    const far = await call('demo-fs', 'visit.record', { ...ok, lat: centre.lat + 0.05 });
    expect(far).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE', message: expect.stringMatching(/不在村里。走访须本人到户/) } });
    const other = await call('demo-fs', 'visit.record', { ...ok, householdId: elsewhere._id });
    expect(other).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE', message: expect.stringContaining('不在您驻的村') } });
    const missing = await call('demo-fs', 'visit.record', { ...ok, householdId: 'hh_nope' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const vague = await call('demo-fs', 'visit.record', { ...ok, accuracyM: 900 });
    expect(vague).toMatchObject({ ok: false, error: { code: 'LOCATION_UNRELIABLE', message: expect.stringContaining('再记录走访') } });
    const phone = await call('demo-fs', 'visit.record', { ...ok, byPhone: true });
    expect(phone).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('不能电话走访或替别人记录') } });
    const proxy = await call('demo-fs', 'visit.record', { ...ok, personId: MEMBER });
    expect(proxy).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('本人到户') } });
    const absurd = await call('demo-fs', 'visit.record', { ...ok, lat: 123 });
    expect(absurd).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const noNote = await call('demo-fs', 'visit.record', { ...ok, note: ' ' });
    expect(noNote).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('走访情况') } });
    expect(await call('demo-supervisor', 'visit.record', ok)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await store.count('visits', {})).toBe(0);
  });

  it('accepts a fuzzy position with the wider fence, marked fuzzy', async () => {
    const { call, centre, household } = await setup();
    const r = await call('demo-fs', 'visit.record', { householdId: household._id, lat: centre.lat + 0.012, lng: centre.lng, accuracyM: 1000, fuzzy: true, note: '核对帮扶措施', clientRequestId: 'visit-000030' });
    expect(r).toMatchObject({ ok: true, data: { visit: { fuzzy: true } } });
  });
});

describe('diary.uploadPhoto and photos on the diary', () => {
  it('stores a compressed photo once per request and keeps its id on the diary', async () => {
    const { call, store } = await setup();
    const input = { contentType: 'image/jpeg', dataBase64: jpegBase64(), clientRequestId: 'photo-000001' };
    const up = await call('demo-fs', 'diary.uploadPhoto', input);
    expect(up).toMatchObject({ ok: true, data: { photoId: expect.stringMatching(/^ph_/), url: expect.stringMatching(/^test:diary\/cty_430121\/psn_430121_P0101\/2026-11-20\/ph_.+\.jpg$/), bytes: 2000 } });
    expect(await call('demo-fs', 'diary.uploadPhoto', input)).toEqual(up);
    expect(await store.count('files', {})).toBe(1);
    const photoId = up.ok ? up.data.photoId : '';
    const saved = await call('demo-fs', 'diary.save', { day: TODAY, sections: sections(TEXT_A), photoIds: [photoId], clientRequestId: 'photo-diary-1' });
    expect(saved).toMatchObject({ ok: true, data: { entry: { photos: [{ id: photoId, url: expect.stringMatching(/^test:diary\//) }] } } });
    // Someone else's photo cannot be attached.
    const theirs = await call('demo-member', 'diary.save', { day: TODAY, sections: sections(TEXT_A), photoIds: [photoId], clientRequestId: 'photo-diary-2' });
    expect(theirs).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('不是您本人上传') } });
  });

  it('refuses files that are not JPG or PNG, too large, or broken; nothing is stored', async () => {
    const { call, store } = await setup();
    const base = { contentType: 'image/jpeg', clientRequestId: 'photo-000010' };
    const gif = await call('demo-fs', 'diary.uploadPhoto', { ...base, contentType: 'image/gif', dataBase64: jpegBase64() });
    expect(gif).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('照片格式不对') } });
    const notJpeg = await call('demo-fs', 'diary.uploadPhoto', { ...base, dataBase64: Buffer.alloc(500, 1).toString('base64') });
    expect(notJpeg).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('不是有效的') } });
    const pngAsJpeg = await call('demo-fs', 'diary.uploadPhoto', { ...base, contentType: 'image/png', dataBase64: jpegBase64() });
    expect(pngAsJpeg).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const big = await call('demo-fs', 'diary.uploadPhoto', { ...base, dataBase64: jpegBase64(80 * 1024) });
    expect(big).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('照片太大') } });
    const broken = await call('demo-fs', 'diary.uploadPhoto', { ...base, dataBase64: '%%%%not-base64%%%%' });
    expect(broken).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call('demo-supervisor', 'diary.uploadPhoto', { ...base, dataBase64: jpegBase64() })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await store.count('files', {})).toBe(0);
  });

  it('requires a photo only where the county says so', async () => {
    const { call, store } = await setup();
    await setRules(store, (c) => {
      c.diary.photosRequired = true;
    });
    const without = await call('demo-fs', 'diary.save', { day: TODAY, sections: sections(TEXT_A), clientRequestId: 'photo-diary-3' });
    expect(without).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('附至少一张照片') } });
    expect(await call('demo-fs', 'diary.get', {})).toMatchObject({ ok: true, data: { photosRequired: true, entry: null } });
    const up = await call('demo-fs', 'diary.uploadPhoto', { contentType: 'image/jpeg', dataBase64: jpegBase64(), clientRequestId: 'photo-000020' });
    const photoId = up.ok ? up.data.photoId : '';
    expect(await call('demo-fs', 'diary.save', { day: TODAY, sections: sections(TEXT_A), photoIds: [photoId], clientRequestId: 'photo-diary-4' })).toMatchObject({ ok: true });
  });
});
