import ExcelJS from 'exceljs';
import { BUILTIN_ITEMS } from '../../src/core/inspection/template';
import { NOW, seeded } from './harness';
import { DRAW, filled, INSPECTOR, INSPECTOR2, ok, opened, saveInput, V1, V2, V5, withDraw, type Stack } from './inspection-helpers';

let s: Stack;
beforeEach(async () => {
  s = await seeded();
  await withDraw(s);
});
const later = (min: number) => new Date(NOW.getTime() + min * 60_000);

describe('inspection.open', () => {
  it('starts the record of a drawn village with annex 2 word for word and the system facts', async () => {
    const rec = await opened(s);
    expect(rec).toMatchObject({ status: 'draft', revision: 0, villageName: '红旗村', month: '2026-11', teamName: '第一督查组', canEdit: true, canSignAs: null });
    expect(rec.items.map((i: { text: string; group: string }) => [i.group, i.text])).toEqual(BUILTIN_ITEMS.map((i) => [i.group, i.text]));
    expect(rec.items).toHaveLength(16);
    expect(rec.items.filter((i: { group: string }) => i.group === 'team')).toHaveLength(8);
    // Facts come from the month's compliance (the same figures as 各村), with the evidence days.
    const village = await ok(s.call('demo-admin', 'compliance.monthly', { month: '2026-11', villageId: V1 }));
    const fs = village.villages[0].persons.find((p: { role: string }) => p.role === 'first_secretary');
    const fact = rec.facts.cadres.find((c: { personId: string }) => c.personId === fs.personId);
    expect(fact).toMatchObject({ presentDays: fs.presentDays, requiredDays: fs.requiredDays, workingDays: fs.workingDays });
    expect(fact.creditedDays).toHaveLength(fs.presentDays);
    expect(rec.facts.coverage).toMatchObject({ judgedDays: village.villages[0].coverage.judgedDays, coveredDays: village.villages[0].coverage.coveredDays });
    // Items backed by a fact carry an answer proposed from it.
    const item = (k: string) => rec.items.find((i: { key: string }) => i.key === k);
    expect(item('secretary-1').suggested).toBe(fs.rules.find((r: { rule: string }) => r.rule === 'presence').status === 'fail' ? 'no' : 'yes');
    expect(item('secretary-1').answer).toBe(item('secretary-1').suggested);
    expect(item('team-3')).toMatchObject({ answer: null, suggested: null });
    expect(rec.header).toMatchObject({ villageName: '红旗村', teamSize: 3, unitName: '县科技局' });
    expect(rec.required.map((r: { role: string }) => r.role)).toEqual(['village_secretary', 'first_secretary', 'inspector', 'inspector']);
    // Opening again answers the same record.
    expect((await opened(s)).id).toBe(rec.id);
    expect(await s.store.count('inspection_records', { drawId: DRAW })).toBe(1);
  });

  it('fills the satisfaction block from the village survey of the month', async () => {
    const rec = await opened(s);
    if (rec.facts.survey) {
      expect(rec.satisfaction).toMatchObject({ visited: rec.facts.survey.visited, fromSurvey: true });
    } else {
      expect(rec.satisfaction).toMatchObject({ visited: null, fromSurvey: false });
    }
  });

  it('refuses a village not drawn for the caller’s team, and callers who are not inspectors', async () => {
    expect(await s.call('demo-inspector', 'inspection.open', { drawId: DRAW, villageId: V5 })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    expect(await s.call('insp-other', 'inspection.open', { drawId: DRAW, villageId: V1 })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    expect(await s.call('demo-inspector', 'inspection.open', { drawId: 'nope', villageId: V1 })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    for (const who of ['demo-fs', 'demo-admin', 'demo-supervisor', 'demo-villager']) {
      const r = await s.call(who, 'inspection.open', { drawId: DRAW, villageId: V1 });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(await s.store.count('inspection_records', { drawId: DRAW })).toBe(0);
  });
});

describe('who sees a record', () => {
  it.each([
    ['demo-inspector', true],
    ['insp-2', true],
    ['insp-other', false],
    ['demo-fs', true],
    ['demo-member', true],
    ['fs-2', false],
    ['demo-supervisor', true],
    ['sup-2', false],
    ['demo-admin', true],
    ['city-admin', true],
    ['demo-villager', false],
  ])('%s reads V001’s record: %s', async (who, sees) => {
    const rec = await opened(s);
    const r = await s.call(who, 'inspection.get', { recordId: rec.id });
    expect(r.ok).toBe(sees);
    if (!r.ok) expect(r.error.message).toMatch(/[\u4e00-\u9fa5]/);
    const list = await s.call(who, 'inspection.list', {});
    if (list.ok) expect(list.data.records.map((x: { id: string }) => x.id).includes(rec.id)).toBe(sees);
    else expect(sees).toBe(false);
  });

  it('inspection.mine lists only the villages drawn for the caller’s team', async () => {
    const mine = await ok(s.call('demo-inspector', 'inspection.mine', {}));
    expect(mine.villages.filter((v: { drawId: string }) => v.drawId === DRAW).map((v: { villageId: string }) => v.villageId).sort()).toEqual([V1, V2]);
    expect(mine.villages.some((v: { villageId: string }) => v.villageId === V5)).toBe(false);
    const other = await ok(s.call('insp-other', 'inspection.mine', {}));
    expect(other.villages.map((v: { villageId: string }) => v.villageId)).toEqual([V5]);
    expect(await s.call('demo-fs', 'inspection.mine', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('inspection.save', () => {
  it('saves the form; a retry with the same request id applies once', async () => {
    const rec = await opened(s);
    const input = saveInput(rec, { items: rec.items.map((i: { key: string }) => ({ key: i.key, answer: 'yes', note: '' })) });
    const first = await ok(s.call('demo-inspector', 'inspection.save', input, later(1)));
    expect(first).toMatchObject({ revision: 1, status: 'draft', updatedByName: '韩雪梅' });
    const again = await ok(s.call('demo-inspector', 'inspection.save', input, later(5)));
    expect(again.revision).toBe(1);
    // The other inspector of the team may fill it too; an identical save changes nothing.
    const same = await ok(s.call('insp-2', 'inspection.save', saveInput(first), later(6)));
    expect(same.revision).toBe(1);
  });

  it.each([
    ['an item not on the record', (r: any) => ({ items: [...r.items.map((i: any) => ({ key: i.key, answer: i.answer, note: '' })), { key: 'team-99', answer: 'yes', note: '' }] }), '不属于这份纪实表'], // eslint-disable-line @typescript-eslint/no-explicit-any
    ['a correction without a note', () => ({ checks: { coverage: { state: 'corrected', value: '30', note: '' } } }), '更正时请填写'],
    ['a check on a fact that does not exist', () => ({ checks: { 'cadre:nobody': { state: 'confirmed', value: null, note: '' } } }), '不存在'],
    ['finishing with items unanswered', () => ({ finish: true }), '没有选择是或否'],
    ['a 责任人 outside the village', () => ({ extraProblems: [{ text: '村务公开栏内容未更新', responsiblePersonId: 'psn_430121_P0201' }] }), '责任人应是本村的驻村干部'],
    ['rates over 100 together', () => ({ satisfaction: { visited: 30, satisfiedRate: 80, dissatisfiedRate: 30, note: '现场走访' } }), '不能超过100'],
    ['a rate out of range', () => ({ satisfaction: { visited: 30, satisfiedRate: 120, dissatisfiedRate: 0, note: '现场走访' } }), '百分比不能大于100'],
    ['a too long note', (r: any) => ({ items: r.items.map((i: any) => ({ key: i.key, answer: 'no', note: '长'.repeat(201) })) }), '最多200字'], // eslint-disable-line @typescript-eslint/no-explicit-any
    ['an unknown field', () => ({ extra: 1 }), ''],
  ])('refuses %s with a Chinese message and changes nothing', async (_what, patch, text) => {
    const rec = await opened(s);
    const r = await s.call('demo-inspector', 'inspection.save', saveInput(rec, patch(rec)));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(JSON.stringify(r.error)).toContain(text);
      expect(r.error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect((await s.store.get('inspection_records', rec.id))!.revision).toBe(0);
  });

  it('refuses the first secretary, the admin and another team', async () => {
    const rec = await opened(s);
    for (const who of ['demo-fs', 'demo-admin', 'insp-other']) {
      const r = await s.call(who, 'inspection.save', saveInput(rec));
      expect(r.ok).toBe(false);
    }
    expect((await s.store.get('inspection_records', rec.id))!.revision).toBe(0);
  });

  it('takes a satisfaction figure different from the survey only with a note', async () => {
    const rec = await opened(s);
    const sat = { visited: 25, satisfiedRate: 88, dissatisfiedRate: 4, note: '' };
    if (rec.facts.survey) {
      expect(await s.call('demo-inspector', 'inspection.save', saveInput(rec, { satisfaction: sat }))).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    const saved = await ok(s.call('demo-inspector', 'inspection.save', saveInput(rec, { satisfaction: { ...sat, note: '现场入户走访25户' } })));
    expect(saved.satisfaction).toMatchObject({ visited: 25, satisfiedRate: 88, fromSurvey: false, note: '现场入户走访25户' });
  });
});

describe('signatures', () => {
  async function ready() {
    const rec = await opened(s);
    return ok(s.call('demo-inspector', 'inspection.save', filled(rec, { finish: true, extraProblems: [{ text: '村务公开栏内容未及时更新', responsiblePersonId: null }] }), later(1)));
  }

  it('is valid only when the village secretary, the first secretary and every inspector signed, each on their own phone', async () => {
    const rec = await ready();
    expect(rec).toMatchObject({ status: 'signing', revision: 1 });
    // The roster signers but the one who asked are told in 消息, once per revision (a retry adds none).
    const inbox = await ok(s.call('demo-fs', 'messages.list', {}, later(2)));
    const asked = inbox.items.filter((m: { kind: string }) => m.kind === 'inspection-sign');
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ title: '督查纪实表待您签字', body: '红旗村11月督查纪实表已提交，请查看后签字' });
    expect(await s.store.count('messages', { kind: 'inspection-sign', personId: INSPECTOR2 })).toBe(1);
    expect(await s.store.count('messages', { kind: 'inspection-sign', personId: INSPECTOR })).toBe(0);
    const fsView = await ok(s.call('demo-fs', 'inspection.get', { recordId: rec.id }));
    expect(fsView.canSignAs).toBe('first_secretary');
    // A team member of the village reads but does not sign.
    expect((await ok(s.call('demo-member', 'inspection.get', { recordId: rec.id }))).canSignAs).toBeNull();
    await ok(s.call('demo-fs', 'inspection.sign', { recordId: rec.id, revision: 1 }, later(2)));
    await ok(s.call('demo-inspector', 'inspection.sign', { recordId: rec.id, revision: 1 }, later(3)));
    // The village secretary: a one-time code shown by the inspector, opened on another phone.
    const code = await ok(s.call('demo-inspector', 'inspection.signCode', { recordId: rec.id }, later(4)));
    expect(code.code).toMatch(/^[A-Z2-9]{8}$/);
    expect((await ok(s.call('demo-inspector', 'inspection.signCode', { recordId: rec.id }, later(5)))).code).toBe(code.code);
    expect(await s.call('demo-inspector', 'inspection.signByCode', { code: code.code, name: '李书记', revision: 1 }, later(5))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const seen = await ok(s.call('secretary-phone', 'inspection.codeView', { code: code.code.toLowerCase() }, later(5)));
    expect(seen).toMatchObject({ villageName: '红旗村', revision: 1 });
    expect(seen.items).toHaveLength(16);
    const signed = await ok(s.call('secretary-phone', 'inspection.signByCode', { code: code.code, name: '李国庆', revision: 1 }, later(6)));
    expect(signed).toMatchObject({ villageName: '红旗村', status: 'signing' });
    // Used: the code cannot sign twice.
    expect(await s.call('other-phone', 'inspection.signByCode', { code: code.code, name: '王某某', revision: 1 }, later(6))).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await s.store.get('inspection_records', rec.id))!.status).toBe('signing');
    expect(await s.store.count('problems', { inspectionId: rec.id })).toBe(0);
    // The last inspector signs: the record is valid and its problems go to the ledger.
    const done = await ok(s.call('insp-2', 'inspection.sign', { recordId: rec.id, revision: 1 }, later(7)));
    expect(done.status).toBe('signed');
    expect(done.required.every((r: { signed: boolean; at: string | null }) => r.signed && r.at)).toBe(true);
    expect(done.signatures.map((x: { role: string; name: string }) => `${x.role}:${x.name}`)).toEqual([
      'first_secretary:' + (await s.store.get('people', 'psn_430121_P0101'))!.name,
      'inspector:韩雪梅',
      'village_secretary:李国庆',
      'inspector:孙立新',
    ]);
    const problems = await s.store.find('problems', { inspectionId: rec.id });
    expect(problems).toHaveLength(2);
    expect(problems.find((p) => p.source === 'item')).toMatchObject({
      villageId: V1,
      countyId: 'cty_430121',
      townshipId: 'twn_430121_T01',
      month: '2026-11',
      itemKey: 'secretary-6',
      responsiblePersonId: 'psn_430121_P0101',
      measures: '',
      dueDay: '2026-12-20',
      status: 'open',
      createdBy: INSPECTOR,
    });
    expect(problems.find((p) => p.source === 'inspector')).toMatchObject({ text: '村务公开栏内容未及时更新', itemKey: null, status: 'open' });
    expect(done.problems.sort()).toEqual(problems.map((p) => p._id).sort());
    // Signed: no more changes, no more signatures, signing again answers the record.
    expect(await s.call('demo-inspector', 'inspection.save', filled(done), later(8))).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await s.call('insp-2', 'inspection.sign', { recordId: rec.id, revision: 1 }, later(8))).toMatchObject({ ok: true });
    expect(await s.store.count('problems', { inspectionId: rec.id })).toBe(2);
    expect(INSPECTOR2).toBeTruthy();
  });

  it('a change after a signature clears every signature, and old codes and revisions are refused', async () => {
    const rec = await ready();
    await ok(s.call('demo-fs', 'inspection.sign', { recordId: rec.id, revision: 1 }, later(2)));
    const code = await ok(s.call('demo-inspector', 'inspection.signCode', { recordId: rec.id }, later(3)));
    const changed = await ok(s.call('demo-inspector', 'inspection.save', filled(rec, { finish: true, header: { ...filled(rec).header, fundWan: '15' } }), later(4)));
    expect(changed).toMatchObject({ status: 'signing', revision: 2, signatures: [] });
    expect(await s.call('demo-fs', 'inspection.sign', { recordId: rec.id, revision: 1 }, later(5))).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await s.call('secretary-phone', 'inspection.signByCode', { code: code.code, name: '李国庆', revision: 1 }, later(5))).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const audit = await s.store.find('audit', { entity: 'inspection_record' });
    expect(audit.map((a) => a.action)).toContain('signatures-cleared');
    await ok(s.call('demo-fs', 'inspection.sign', { recordId: rec.id, revision: 2 }, later(6)));
  });

  it('refuses signing before the form is finished, by people not on the list, and bad or guessed codes', async () => {
    const rec = await opened(s);
    expect(await s.call('demo-fs', 'inspection.sign', { recordId: rec.id, revision: 0 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await s.call('demo-inspector', 'inspection.signCode', { recordId: rec.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await ready();
    expect(await s.call('fs-2', 'inspection.sign', { recordId: rec.id, revision: 1 })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    expect(await s.call('insp-other', 'inspection.sign', { recordId: rec.id, revision: 1 })).toMatchObject({ ok: false });
    expect(await s.call('demo-member', 'inspection.sign', { recordId: rec.id, revision: 1 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await s.call('demo-fs', 'inspection.signCode', { recordId: rec.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await s.call('x-phone', 'inspection.codeView', { code: 'ABCDEFGH' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await s.call('x-phone', 'inspection.codeView', { code: '12' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await s.call('x-phone', 'inspection.signByCode', { code: 'ABCDEFGH', name: '李', revision: 1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    for (let i = 0; i < 12; i++) await s.call('x-phone', 'inspection.codeView', { code: 'ABCDEFGH' });
    expect(await s.call('x-phone', 'inspection.codeView', { code: 'ABCDEFGH' })).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    expect((await s.store.get('inspection_records', rec.id))!.signatures).toEqual([]);
  });
});

describe('problems of earlier inspections, templates and output', () => {
  it('shows the village’s unclosed problems of earlier records on the next record', async () => {
    await s.store.insert('problems', { _id: 'prb_old_1', villageId: V1, countyId: 'cty_430121', townshipId: 'twn_430121_T01', month: '2026-10', inspectionId: 'insp_old', source: 'item', itemKey: 'team-3', text: '未制定年度帮扶计划', responsiblePersonId: null, measures: '', dueDay: '2026-11-20', status: 'open', createdAt: NOW.toISOString(), createdBy: INSPECTOR });
    await s.store.insert('problems', { _id: 'prb_old_2', villageId: V1, countyId: 'cty_430121', townshipId: 'twn_430121_T01', month: '2026-10', inspectionId: 'insp_old', source: 'item', itemKey: 'team-4', text: '已整改销号的问题', responsiblePersonId: null, measures: '', dueDay: '2026-11-20', status: 'closed', createdAt: NOW.toISOString(), createdBy: INSPECTOR });
    await s.store.insert('problems', { _id: 'prb_other', villageId: V2, countyId: 'cty_430121', townshipId: 'twn_430121_T01', month: '2026-10', inspectionId: 'insp_old2', source: 'item', itemKey: 'team-4', text: '别村的问题', responsiblePersonId: null, measures: '', dueDay: '2026-11-20', status: 'open', createdAt: NOW.toISOString(), createdBy: INSPECTOR });
    const rec = await opened(s);
    const ids = rec.openProblems.map((p: { id: string }) => p.id);
    expect(ids).toContain('prb_old_1');
    expect(ids).not.toContain('prb_old_2');
    expect(ids).not.toContain('prb_other');
    // Exactly the village's problems not closed, whoever wrote them (the demo ledger has some too).
    const expected = (await s.store.find('problems', { villageId: V1 })).filter((p) => p.status !== 'closed').map((p) => p._id);
    expect([...ids].sort()).toEqual(expected.sort());
  });

  it('a county copies the template and edits an item; a record keeps the text it was opened with', async () => {
    const before = await opened(s, V1);
    const tpl = await ok(s.call('demo-admin', 'inspection.template', {}));
    expect(tpl).toMatchObject({ builtIn: true, scopeName: '长沙县' });
    const items = tpl.items.map((i: { key: string; group: string; text: string }) => ({ key: i.key, group: i.group, text: i.key === 'team-3' ? '是否制定村级乡村振兴规划和年度计划。' : i.text }));
    expect(await s.call('demo-inspector', 'inspection.templateSave', { name: '长沙县驻村督查纪实表', items })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await s.call('demo-admin', 'inspection.templateSave', { name: '长沙县驻村督查纪实表', items: items.filter((i: { group: string }) => i.group === 'team') })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await ok(s.call('demo-admin', 'inspection.templateSave', { name: '长沙县驻村督查纪实表', items }));
    const after = await opened(s, V2);
    expect(after.templateName).toBe('长沙县驻村督查纪实表');
    expect(after.items.find((i: { key: string }) => i.key === 'team-3').text).toBe('是否制定村级乡村振兴规划和年度计划。');
    const kept = await ok(s.call('demo-admin', 'inspection.get', { recordId: before.id }));
    expect(kept.items.find((i: { key: string }) => i.key === 'team-3').text).toBe('是否制定帮扶村5年发展规划、2015年帮扶减贫计划。');
    await ok(s.call('demo-admin', 'inspection.templateSave', { name: '长沙县驻村督查纪实表', items, reset: true }));
    expect(await ok(s.call('demo-admin', 'inspection.template', {}))).toMatchObject({ builtIn: true });
  });

  it('exports the record as an Excel form for readers in scope only', async () => {
    const rec = await opened(s);
    await ok(s.call('demo-inspector', 'inspection.save', filled(rec), later(1)));
    const x = await ok(s.call('demo-supervisor', 'inspection.export', { recordId: rec.id }));
    expect(x.fileName).toBe('督查纪实表-红旗村-2026-11.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(x.base64, 'base64') as never);
    const ws = wb.getWorksheet('督查纪实表')!;
    const cells: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => cells.push(String(c.value ?? ''))));
    expect(cells).toContain('1.是否按相关要求组建驻村工作队。');
    expect(cells).toContain('6.是否帮助制定村级发展规划，落实部门帮扶计划。');
    expect(cells).toContain('村级发展规划未更新');
    expect(cells.some((c) => c.includes('扶贫基金到位（万元）：12'))).toBe(true);
    expect(wb.getWorksheet('系统数据核对')).toBeTruthy();
    expect(await s.call('sup-2', 'inspection.export', { recordId: rec.id })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    expect(await s.call('demo-villager', 'inspection.export', { recordId: rec.id })).toMatchObject({ ok: false });
  });
});
