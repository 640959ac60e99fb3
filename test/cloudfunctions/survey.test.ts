import { DEFAULT_RULE_CONFIG } from '../../src/core/rules/config';
import { surveyTemplate } from '../../src/core/survey/templates';
import { ids } from '../../cloudfunctions/common/model';
import type { DocDriver } from '../../cloudfunctions/common/store/driver';
import { NOW, seeded } from './harness';
import { readWorkbook } from '../../cloudfunctions/common/exports/sheet';

const county = ids.county('430121');
const V = (code: string) => ids.village(county, code);
const template = surveyTemplate('combined')!;
/** Answers of the combined template along its skip logic: aware, satisfied. */
const GOOD = { q1: 0, q2: 0, q3: 0, s1: 0, s2: 5, s3: '路灯修好了' };

type Call = Awaited<ReturnType<typeof seeded>>['call'];

async function seededCampaign(store: DocDriver) {
  const [c] = await store.find('campaigns', { countyId: county });
  const codes = await store.find('survey_codes', { campaignId: c._id });
  const scene = (villageId: string) => codes.find((x) => x.villageId === villageId)!.scene;
  return { id: c._id, scene };
}

async function create(call: Call, openid: string, over: Record<string, unknown> = {}) {
  return call(openid, 'survey.createCampaign', {
    title: '知晓率专项调查',
    templateId: 'awareness',
    questions: surveyTemplate('awareness')!.questions,
    villageIds: [V('V001'), V('V002')],
    from: '2026-11-20',
    to: '2026-11-30',
    targetPerVillage: 40,
    onePerHousehold: false,
    clientRequestId: `create-${Math.random()}`,
    ...over,
  });
}

describe('survey campaigns', () => {
  it('a township supervisor creates a campaign for villages in scope, with one opaque scene per village', async () => {
    const { call, store } = await seeded();
    const r = await create(call, 'demo-supervisor');
    expect(r).toMatchObject({ ok: true, data: { villages: 2 } });
    const id = (r as { data: { id: string } }).data.id;
    const codes = await store.find('survey_codes', { campaignId: id });
    expect(codes).toHaveLength(2);
    for (const c of codes) {
      expect(c.scene).toMatch(/^[0-9A-Za-z_-]{24}$/);
      expect(c.scene).not.toContain(id.slice(4));
      expect(c.scene).not.toContain('V00');
    }
    const list = await call('demo-supervisor', 'survey.listCampaigns', {});
    expect(list.ok && list.data.campaigns.map((c: { title: string }) => c.title)).toContain('知晓率专项调查');
    const mine = list.ok && list.data.campaigns.find((c: { id: string }) => c.id === id);
    expect(mine).toMatchObject({ organiser: '城关镇党委', state: 'running', canClose: true, answers: 0 });
  });

  it('refuses villages of another township, bad periods and broken skip logic, writing nothing', async () => {
    const { call, store } = await seeded();
    const before = await store.count('campaigns', {});
    expect(await create(call, 'demo-supervisor', { villageIds: [V('V005')] })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    expect(await create(call, 'demo-supervisor', { from: '2026-11-25', to: '2026-11-21' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: '结束日期不能早于开始日期。' },
    });
    const questions = surveyTemplate('awareness')!.questions.map((q) => (q.id === 'q3' ? { ...q, skip: [{ when: 0, to: 'q1' }] } : q));
    expect(await create(call, 'demo-supervisor', { questions })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '第3题只能跳到后面的题或结束' } });
    expect(await create(call, 'demo-fs')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await store.count('campaigns', {})).toBe(before);
  });

  it('the county admin creates across townships; a retry with the same request id creates once', async () => {
    const { call, store } = await seeded();
    const before = await store.count('campaigns', {});
    const input = { villageIds: [V('V001'), V('V009')], clientRequestId: 'same-request-1' };
    const a = await create(call, 'demo-admin', input);
    const b = await create(call, 'demo-admin', input);
    expect(a).toMatchObject({ ok: true, data: { villages: 2 } });
    expect(b).toEqual(a);
    expect(await store.count('campaigns', {})).toBe(before + 1);
  });
});

describe('answering', () => {
  it('open shows who asks and the questions; a forged scene is not found', async () => {
    const { call, store } = await seeded();
    const { scene } = await seededCampaign(store);
    const r = await call('villager-a', 'survey.open', { scene: scene(V('V001')) });
    expect(r).toMatchObject({ ok: true, data: { organiser: '城关镇党委', villageName: '红旗村', onePerHousehold: true } });
    expect(r.ok && r.data.questions.map((q: { id: string }) => q.id)).toEqual(template.questions.map((q) => q.id));
    expect(await call('villager-a', 'survey.open', { scene: 'AAAAAAAAAAAAAAAAAAAAAAAA' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: '这个二维码无效。请扫描村里张贴的问卷二维码。' },
    });
    expect(await call('villager-a', 'survey.open', { scene: 'short' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('one answer per WeChat user: a retry is answered once, a second answer is refused', async () => {
    const { call, store } = await seeded();
    const { scene } = await seededCampaign(store);
    const before = await store.count('survey_answers', {});
    const input = { scene: scene(V('V001')), answers: GOOD, household: { head: '赵大山', group: '5组' }, clientRequestId: 'villager-a-1' };
    const first = await call('villager-a', 'survey.submit', input);
    expect(first).toMatchObject({ ok: true, data: { received: true } });
    expect(await call('villager-a', 'survey.submit', input)).toEqual(first); // lost reply, same request
    // Even after the campaign closed, the retry of a delivered answer still reads as delivered.
    const { id } = await seededCampaign(store);
    await store.update('campaigns', id, { status: 'closed' });
    expect(await call('villager-a', 'survey.submit', input)).toEqual(first);
    await store.update('campaigns', id, { status: 'open' });
    expect(await call('villager-a', 'survey.submit', { ...input, clientRequestId: 'villager-a-2', household: { head: '赵小山', group: '6组' } })).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_ANSWERED', message: '您已经答过这份问卷了，感谢参与。' },
    });
    expect(await call('villager-a', 'survey.open', { scene: scene(V('V001')) })).toMatchObject({ ok: false, error: { code: 'ALREADY_ANSWERED' } });
    expect(await store.count('survey_answers', {})).toBe(before + 1);
  });

  it('one answer per household, with the household typed differently', async () => {
    const { call, store } = await seeded();
    const { scene } = await seededCampaign(store);
    const base = { scene: scene(V('V001')), answers: GOOD };
    expect(await call('villager-a', 'survey.submit', { ...base, household: { head: '钱多多', group: '第三组' }, clientRequestId: 'req-hh-a-1' })).toMatchObject({ ok: true });
    expect(await call('villager-b', 'survey.submit', { ...base, household: { head: ' 钱 多多', group: '3' }, clientRequestId: 'req-hh-b-1' })).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_ANSWERED', message: '您家已经有人答过这份问卷了（每户一份），感谢参与。' },
    });
    // The same household name in another village is another household.
    expect(await call('villager-b', 'survey.submit', { scene: scene(V('V002')), answers: GOOD, household: { head: '钱多多', group: '3组' }, clientRequestId: 'req-hh-b-2' })).toMatchObject({
      ok: true,
    });
    expect(await call('villager-c', 'survey.submit', { ...base, clientRequestId: 'req-hh-c-1' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('stores nothing that identifies the person', async () => {
    const { call, store } = await seeded();
    const { scene } = await seededCampaign(store);
    await call('villager-secret-openid', 'survey.submit', { scene: scene(V('V002')), answers: GOOD, household: { head: '孙悟空', group: '1组' }, clientRequestId: 'req-anon-1' });
    const dump = JSON.stringify([...(await store.find('survey_answers', {})), ...(await store.find('survey_keys', {})), ...(await store.find('requests', {}))]);
    expect(dump).not.toContain('villager-secret-openid');
    expect(dump).not.toContain('孙悟空');
    // The retry marker does not carry the answer's key either.
    const answerKeys = (await store.find('survey_answers', { villageId: V('V002') })).map((d) => d.voterKey);
    const markers = JSON.stringify(await store.find('requests', {}));
    for (const k of answerKeys) expect(markers).not.toContain(k);
    for (const doc of await store.find('survey_answers', { villageId: V('V002') })) {
      expect(Object.keys(doc).sort()).toEqual(['_id', 'answers', 'campaignId', 'countyId', 'villageId', 'voterKey']);
    }
    // The counters hold counts, a village and an hour: nothing about the person.
    expect(await store.get('survey_keys', `rate:${V('V002')}:2026-11-20T11`)).toEqual({ _id: `rate:${V('V002')}:2026-11-20T11`, kind: 'rate', countyId: 'cty_430121', hour: '2026-11-20T11', n: 1 });
    const tallies = await store.find('survey_keys', { kind: 'tally', villageId: V('V002') });
    expect(tallies.map((t) => Object.keys(t).sort())).toEqual([['_id', 'campaignId', 'countyId', 'kind', 'n', 'villageId']]);
  });

  it('answers must follow the questions and their skip logic', async () => {
    const { call, store } = await seeded();
    const { scene } = await seededCampaign(store);
    const base = { scene: scene(V('V001')), household: { head: '周小周', group: '2组' } };
    // q1 = 不知道 skips q2: answering q2 anyway is refused.
    expect(await call('v-x', 'survey.submit', { ...base, answers: { ...GOOD, q1: 2 }, clientRequestId: 'req-skip-1' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: '第2题按跳题规则不用回答' },
    });
    const { q2: _skipped, ...skipping } = { ...GOOD, q1: 2 };
    expect(await call('v-x', 'survey.submit', { ...base, answers: skipping, clientRequestId: 'req-skip-2' })).toMatchObject({ ok: true });
    expect(await call('v-y', 'survey.submit', { ...base, household: { head: '周大周', group: '2组' }, answers: { ...GOOD, s2: 9 }, clientRequestId: 'req-skip-3' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: '第5题：评分应为1到5' },
    });
  });

  it('a closed, ended or not-yet-open campaign answers SURVEY_CLOSED; a replayed scene after closing too', async () => {
    const { call, store } = await seeded();
    const { id, scene } = await seededCampaign(store);
    const s = scene(V('V003'));
    const answer = (openid: string, now = NOW) =>
      call(openid, 'survey.submit', { scene: s, answers: GOOD, household: { head: openid.replace(/\W/g, '') + '户', group: '1组' }, clientRequestId: `${openid}-req` }, now);
    expect(await call('v1', 'survey.open', { scene: s }, new Date('2027-03-01T03:00:00Z'))).toMatchObject({ ok: false, error: { code: 'SURVEY_CLOSED', message: '这次调查已经结束，感谢您的关心。' } });
    const later = await create(call, 'demo-supervisor', { from: '2026-11-25', to: '2026-11-30' });
    const [code] = await store.find('survey_codes', { campaignId: (later as { data: { id: string } }).data.id }, { limit: 1 });
    expect(await call('v1', 'survey.open', { scene: code.scene })).toMatchObject({ ok: false, error: { code: 'SURVEY_CLOSED', message: '这次调查从11月25日开始，请到时再来填写。' } });

    expect(await answer('vone')).toMatchObject({ ok: true });
    const closed = await call('demo-supervisor', 'survey.closeCampaign', { campaignId: id, clientRequestId: 'req-close-1' });
    expect(closed).toMatchObject({ ok: true, data: { status: 'closed' } });
    expect(await call('demo-fs', 'survey.closeCampaign', { campaignId: id, clientRequestId: 'req-close-2' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await answer('vtwo')).toMatchObject({ ok: false, error: { code: 'SURVEY_CLOSED' } });
    expect(await store.count('audit', { entity: 'campaign' })).toBe(2);
  });

  it('limits answers per village and hour (county setting)', async () => {
    const { call, store } = await seeded();
    const { scene } = await seededCampaign(store);
    await store.put('config', { _id: `rules:${county}`, rules: { ...DEFAULT_RULE_CONFIG, survey: { ...DEFAULT_RULE_CONFIG.survey, maxAnswersPerVillagePerHour: 2 } } });
    const send = (who: string, villageId: string) =>
      call(who, 'survey.submit', { scene: scene(villageId), answers: GOOD, household: { head: `${who}家`, group: '1组' }, clientRequestId: `rate-${who}-0001` });
    expect(await send('甲', V('V004'))).toMatchObject({ ok: true });
    expect(await send('乙', V('V004'))).toMatchObject({ ok: true });
    const third = await send('丙', V('V004'));
    expect(third).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    expect(await send('丙', V('V003'))).toMatchObject({ ok: true }); // another village is not limited
    // An hour later the village takes answers again.
    const later = await call('丁', 'survey.submit', { scene: scene(V('V004')), answers: GOOD, household: { head: '丁家', group: '1组' }, clientRequestId: 'rate-丁-0002' }, new Date(NOW.getTime() + 3600_000));
    expect(later).toMatchObject({ ok: true });
  });
});

describe('results', () => {
  it('supervisors see rates with Wilson intervals per village; the count moves with an answer', async () => {
    const { call, store } = await seeded();
    const { id, scene } = await seededCampaign(store);
    const before = await call('demo-supervisor', 'survey.results', { campaignId: id });
    expect(before.ok).toBe(true);
    if (!before.ok) return;
    expect(before.data.villages.map((v: { villageName: string }) => v.villageName)).toEqual(['红旗村', '新民村', '石桥村', '柳塘村']);
    const v1 = before.data.villages[0];
    expect(v1).toMatchObject({ answers: 34, target: 50, tooFew: false });
    expect(v1.awareness.n).toBe(34);
    expect(v1.awareness.low).toBeLessThan(v1.awareness.rate);
    expect(v1.awareness.high).toBeGreaterThan(v1.awareness.rate);
    expect(before.data.villages[2]).toMatchObject({ answers: 18, tooFew: true });
    await call('villager-z', 'survey.submit', { scene: scene(V('V001')), answers: GOOD, household: { head: '郑和平', group: '7组' }, clientRequestId: 'req-res-1' });
    const after = await call('demo-supervisor', 'survey.results', { campaignId: id, villageId: V('V001') });
    expect(after.ok && after.data.villages).toHaveLength(1);
    expect(after.ok && after.data.villages[0].answers).toBe(35);
    expect(after.ok && after.data.villages[0].awareness.positive).toBe(v1.awareness.positive + 1);
    // Aggregates only: no submission, key or text leaves the server.
    expect(JSON.stringify(after)).not.toMatch(/voterKey|路灯修好了/);
  });

  it("a village's cadre sees only their own village; another township's supervisor sees nothing", async () => {
    const { call, store } = await seeded();
    const { id } = await seededCampaign(store);
    const own = await call('demo-fs', 'survey.results', { campaignId: id });
    expect(own.ok && own.data.villages.map((v: { villageName: string }) => v.villageName)).toEqual(['红旗村']);
    expect(await call('demo-fs', 'survey.results', { campaignId: id, villageId: V('V002') })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    await store.update('people', ids.person(county, 'P0003'), { openid: 'supervisor-t02' });
    expect(await call('supervisor-t02', 'survey.results', { campaignId: id })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    expect(await call('supervisor-t02', 'survey.export', { campaignId: id })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    const list = await call('supervisor-t02', 'survey.listCampaigns', {});
    expect(list.ok && list.data.campaigns).toEqual([]);
    expect(await call('villager-q', 'survey.results', { campaignId: id })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('lists answers so far per village from the tallies, in step with the stored answers', async () => {
    const { call, store } = await seeded();
    const { id, scene } = await seededCampaign(store);
    const before = await store.count('survey_answers', { campaignId: id, villageId: V('V002') });
    expect(before).toBeGreaterThan(0); // the demo campaign's seeded answers
    await call('villager-t1', 'survey.submit', { scene: scene(V('V002')), answers: GOOD, household: { head: '赵一', group: '1组' }, clientRequestId: 'req-tally-1' });
    await call('villager-t1', 'survey.submit', { scene: scene(V('V002')), answers: GOOD, household: { head: '赵一', group: '1组' }, clientRequestId: 'req-tally-1' }); // retry
    await call('villager-t2', 'survey.submit', { scene: scene(V('V002')), answers: GOOD, household: { head: '赵一', group: '1组' }, clientRequestId: 'req-tally-2' }); // same household: refused
    const list = await call('demo-supervisor', 'survey.listCampaigns', {});
    if (!list.ok) throw new Error(list.error.message);
    for (const c of list.data.campaigns) {
      for (const v of c.villages) expect(v.answers).toBe(await store.count('survey_answers', { campaignId: c.id, villageId: v.id }));
      expect(c.answers).toBe(c.villages.reduce((a: number, v: { answers: number }) => a + v.answers, 0));
    }
    const mine = list.data.campaigns.find((c: { id: string }) => c.id === id);
    expect(mine.villages.find((v: { id: string }) => v.id === V('V002')).answers).toBe(before + 1);
  });

  it('exports .xlsx: summary and counts; written suggestions for supervisors only', async () => {
    const { call, store } = await seeded();
    const { id } = await seededCampaign(store);
    const sheets = async (openid: string) => {
      const r = await call(openid, 'survey.export', { campaignId: id });
      expect(r.ok).toBe(true);
      const wb = await readWorkbook(Buffer.from((r as { data: { base64: string } }).data.base64, 'base64'));
      return wb;
    };
    const sup = await sheets('demo-supervisor');
    expect(sup.worksheets.map((w) => w.name)).toEqual(['汇总', '分题统计', '意见建议']);
    expect(sup.getWorksheet('汇总')!.getRow(4).getCell(1).value).toBe('红旗村');
    expect(sup.getWorksheet('汇总')!.getRow(4).getCell(2).value).toBe(34);
    const cadre = await sheets('demo-fs');
    expect(cadre.worksheets.map((w) => w.name)).toEqual(['汇总', '分题统计']);
    expect(cadre.getWorksheet('汇总')!.rowCount).toBe(4);
  }, 30000);

  it('the QR code is made once per village through the codes seam and stored as a file', async () => {
    const { call, store } = await seeded();
    const { id, scene } = await seededCampaign(store);
    const r = await call('demo-supervisor', 'survey.code', { campaignId: id, villageId: V('V001') });
    expect(r).toMatchObject({ ok: true, data: { scene: scene(V('V001')), villageName: '红旗村', townshipName: '城关镇', organiser: '城关镇党委' } });
    expect(r.ok && r.data.link).toBe(`/#/packages/survey/pages/index/index?scene=${scene(V('V001'))}`);
    expect(r.ok && r.data.imageUrl).toBe(`test:survey/${id}/${scene(V('V001'))}.png`);
    expect((await store.get('survey_codes', scene(V('V001'))))!.fileId).toBe(`test:survey/${id}/${scene(V('V001'))}.png`);
    expect(await call('demo-fs', 'survey.code', { campaignId: id, villageId: V('V001') })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call('demo-supervisor', 'survey.code', { campaignId: id, villageId: V('V005') })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('small cells (survey.minCellAnswers): no one answer can be read', () => {
  /** A new campaign of the combined template for 红旗村 and 新民村, with no answers yet; one answer per WeChat user. */
  async function fresh(call: Call, store: DocDriver) {
    const r = await create(call, 'demo-supervisor', { templateId: 'combined', questions: template.questions });
    const id = (r as { data: { id: string } }).data.id;
    const [code] = await store.find('survey_codes', { campaignId: id, villageId: V('V001') }, { limit: 1 });
    const answer = (who: string) => call(who, 'survey.submit', { scene: code.scene, answers: GOOD, clientRequestId: `cell-${who}` });
    return { id, answer };
  }
  const sheetRows = async (call: Call, openid: string, campaignId: string) => {
    const r = await call(openid, 'survey.export', { campaignId });
    expect(r.ok).toBe(true);
    const wb = await readWorkbook(Buffer.from((r as { data: { base64: string } }).data.base64, 'base64'));
    const rows = (name: string) => {
      const out: unknown[][] = [];
      wb.getWorksheet(name)?.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
      return out;
    };
    return { names: wb.worksheets.map((w) => w.name), rows };
  };

  it("a village's cadres see per-option counts and rates only from the threshold on; never the written answers", async () => {
    const { call, store } = await seeded();
    const { id, answer } = await fresh(call, store);
    expect(await answer('demo-villager-0a1b2c3d4e5f6071')).toMatchObject({ ok: true });
    const one = await call('demo-fs', 'survey.results', { campaignId: id });
    if (!one.ok) throw new Error(one.error.message);
    expect(one.data.minCellAnswers).toBe(5);
    expect(one.data.villages).toEqual([
      expect.objectContaining({ villageName: '红旗村', answers: 1, withheld: true, awareness: null, satisfaction: null, questions: [] }),
    ]);
    // Their supervisor still sees the village's breakdown.
    const sup = await call('demo-supervisor', 'survey.results', { campaignId: id, villageId: V('V001') });
    expect(sup.ok && sup.data.villages[0]).toMatchObject({ answers: 1, withheld: false, awareness: { positive: 1, n: 1 } });

    for (const who of ['v-cell-2', 'v-cell-3', 'v-cell-4']) expect(await answer(who)).toMatchObject({ ok: true });
    const four = await call('demo-fs', 'survey.results', { campaignId: id });
    expect(four.ok && four.data.villages[0]).toMatchObject({ answers: 4, withheld: true, questions: [] });

    expect(await answer('v-cell-5')).toMatchObject({ ok: true });
    const five = await call('demo-fs', 'survey.results', { campaignId: id });
    if (!five.ok) throw new Error(five.error.message);
    const v = five.data.villages[0];
    expect(v).toMatchObject({ answers: 5, withheld: false, awareness: { positive: 5, n: 5 } });
    expect(v.questions[0].counts[0]).toEqual({ label: '知道，能说出名字', count: 5 });
    expect(v.questions.find((q: { kind: string }) => q.kind === 'text')).toMatchObject({ n: 5, counts: [] });
    expect(JSON.stringify(five)).not.toContain('路灯修好了');

    // A county that asks for more: withheld again.
    await store.put('config', { _id: `rules:${county}`, rules: { survey: { ...DEFAULT_RULE_CONFIG.survey, minCellAnswers: 6 } } });
    const six = await call('demo-fs', 'survey.results', { campaignId: id });
    expect(six.ok && six.data).toMatchObject({ minCellAnswers: 6, villages: [{ answers: 5, withheld: true, questions: [] }] });
  });

  it('exports show no per-option breakdown of a village below the threshold, for supervisors too', async () => {
    const { call, store } = await seeded();
    const { id, answer } = await fresh(call, store);
    await answer('v-cell-x');
    const sup = await sheetRows(call, 'demo-supervisor', id);
    expect(sup.names).toEqual(['汇总', '分题统计', '意见建议']);
    expect(sup.rows('分题统计').slice(1)).toEqual([
      ['红旗村', '', '答卷不足5份，暂不显示分项', '', '', 1],
      ['新民村', '', '答卷不足5份，暂不显示分项', '', '', 0],
    ]);
    expect(sup.rows('意见建议').slice(1)).toEqual([['红旗村', '您对驻村工作还有什么意见或建议？（可不填）', '路灯修好了']]);
    // The cadre's export: the answer count only, no rate, no breakdown, no written answers.
    const cadre = await sheetRows(call, 'demo-fs', id);
    expect(cadre.names).toEqual(['汇总', '分题统计']);
    expect(cadre.rows('汇总')[3]).toEqual(['红旗村', 1, 40, '—', '—', '—', '—', '—']);
    expect(cadre.rows('分题统计').slice(1)).toEqual([['红旗村', '', '答卷不足5份，暂不显示分项', '', '', 1]]);

    for (const who of ['v-cell-y', 'v-cell-z', 'v-cell-w', 'v-cell-u']) await answer(who);
    const after = await sheetRows(call, 'demo-fs', id);
    const breakdown = after.rows('分题统计').slice(1);
    expect(breakdown).toContainEqual(['红旗村', 1, '您知道本村的第一书记是谁吗？', '知道，能说出名字', 5, 5]);
    expect(JSON.stringify(breakdown)).not.toContain('暂不显示分项');
  }, 30000);

  it('every demo villager identity of the local stack is a villager of its own: two browsers answer the same campaign', async () => {
    const { call, store } = await seeded();
    const { answer } = await fresh(call, store);
    for (const openid of ['demo-villager-1111111111111111', 'demo-villager-2222222222222222']) {
      expect(await call(openid, 'session.whoami', {})).toMatchObject({ ok: true, data: { openid, person: null, roles: [] } });
      expect(await answer(openid)).toMatchObject({ ok: true, data: { received: true } });
    }
  });
});
