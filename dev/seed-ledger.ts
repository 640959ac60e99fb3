import { createHash } from 'node:crypto';
import { addDays, prevMonth, shanghaiDay, shanghaiMonth } from '../src/core';
import type { EvidenceDoc, ProblemDoc } from '../cloudfunctions/common/ledger/docs';
import { rectificationFlags } from '../cloudfunctions/common/ledger/flags';
import { ids } from '../cloudfunctions/common/model';
import type { Services } from '../cloudfunctions/common/services';
import type { DocDriver } from '../cloudfunctions/common/store/driver';
import { signedRecords, teamsWithMember } from '../cloudfunctions/common/inspection/queries';
import { normaliseRecord } from '../cloudfunctions/common/inspection/record-docs';
import { demoPhoto } from './demo-png';

const P = (countyId: string, code: string) => ids.person(countyId, code);

/**
 * Last month's rectification ledger of the demo county, in every state, with dates reckoned from
 * `now` (robust on any date):
 * - 红旗村: one problem open for the first secretary (demo-fs; due in a week), one already 销号 with its photo;
 * - 新民村: one waiting for 销号 whose text and photo copy 红旗村's (flagged);
 * - 石桥村: one past its 时限 (the scheduler escalates it);
 * - 龙泉村: one sent back with a reason.
 * Each hangs on that village's signed inspection record of last month (the inspection area's when it
 * seeded one, else a minimal signed record of the county's inspection team).
 */
export async function seedLedger(store: DocDriver, countyId: string, now: Date, services?: Services): Promise<void> {
  const month = prevMonth(shanghaiMonth(now));
  const today = shanghaiDay(now);
  const inspector = P(countyId, 'P0005');
  const supervisor = P(countyId, 'P0002');
  const teams = await teamsWithMember(store, inspector);
  let team = teams.find((t) => t.scopeId === countyId) ?? teams[0];
  if (!team) {
    team = { _id: `team_${countyId.slice(4)}_ledger`, scopeLevel: 'county', scopeId: countyId, name: '县督查组', memberIds: [inspector], homeCountyIds: [countyId] };
    await store.put('inspection_teams', team);
  }
  const village = (code: string) => ids.village(countyId, code);
  const township = (code: string) => ids.township(countyId, code);
  const createdAt = new Date(Date.parse(`${month}-28T10:00:00+08:00`)).toISOString();

  async function record(villageId: string, townshipId: string): Promise<string> {
    const [signed] = await signedRecords(store, { villageId }, month);
    if (signed) return signed._id;
    const _id = `rec_demo_${villageId}_${month}`;
    await store.put('inspection_records', normaliseRecord({ _id, villageId, countyId, townshipId, month, teamId: team!._id, status: 'signed', createdAt, signedAt: createdAt }));
    return _id;
  }

  const photos: Buffer[] = [demoPhoto(1), demoPhoto(2), demoPhoto(3)];
  async function evidence(problem: ProblemDoc, personId: string, photo: Buffer, n: number): Promise<EvidenceDoc> {
    const _id = `ev_demo_${problem._id}_${n}`;
    const path = `ledger/${countyId}/${problem.villageId}/${problem._id}/${_id}.png`;
    const fileId = services ? await services.files.put(path, photo, 'image/png') : `demo:${path}`;
    const doc: EvidenceDoc = { _id, problemId: problem._id, villageId: problem.villageId, countyId, personId, fileId, contentType: 'image/png', bytes: photo.length, sha256: createHash('sha256').update(photo).digest('hex'), createdAt: new Date(now.getTime() - 3 * 86400_000).toISOString() };
    await store.put('evidence', doc);
    return doc;
  }

  const base = async (code: string, twn: string, n: number, text: string, responsible: string, measures: string, dueDay: string): Promise<ProblemDoc> => ({
    _id: `prb_demo_${village(code)}_${month}_${n}`,
    villageId: village(code),
    countyId,
    townshipId: township(twn),
    month,
    inspectionId: await record(village(code), township(twn)),
    source: n === 1 ? 'item' : 'inspector',
    itemKey: null,
    text,
    responsiblePersonId: P(countyId, responsible),
    measures,
    dueDay,
    status: 'open',
    createdAt,
    createdBy: inspector,
    history: [],
  });
  const line = (by: string, byName: string, action: 'edit' | 'submit' | 'return' | 'close', daysAgo: number, note: string | null = null) => ({
    at: new Date(now.getTime() - daysAgo * 86400_000).toISOString(),
    by,
    byName,
    action,
    note,
  });
  const name = async (id: string) => (await store.get('people', id))?.name ?? '';
  const put = (p: ProblemDoc) => store.put('problems', p);

  // 红旗村: open for demo-fs.
  const fs1 = P(countyId, 'P0101');
  await put(await base('V001', 'T01', 1, '驻村工作队民情日志记录不全，部分脱贫户近三个月没有走访记录。', 'P0101', '逐户走访脱贫户，补齐民情日志，每周由第一书记检查。', addDays(today, 7)));

  // 红旗村: closed, with its photo.
  const closed = await base('V001', 'T01', 2, '村务公开栏内容没有按月更新，财务公开停留在去年。', 'P0101', '按月更新村务公开栏，补公开今年各月财务。', addDays(today, -10));
  const closedText = '已于本月上旬更新村务公开栏，补公开了今年一至十月的村级财务收支明细，并安排村文书每月五日前更新。';
  const ev1 = await evidence(closed, fs1, photos[0], 1);
  Object.assign(closed, {
    status: 'closed',
    submissionNo: 1,
    rectification: { text: closedText, evidenceIds: [ev1._id], submittedAt: line(fs1, '', 'submit', 6).at, submittedBy: fs1, submittedByName: await name(fs1), requestId: 'demo-closed' },
    evidenceViews: [{ personId: supervisor, submissionNo: 1, at: line(supervisor, '', 'close', 4).at }],
    closedAt: line(supervisor, '', 'close', 4).at,
    closedBy: supervisor,
    history: [line(fs1, await name(fs1), 'submit', 6), line(supervisor, await name(supervisor), 'close', 4)],
  });
  await put(closed);

  // 新民村: waiting for 销号, copied from 红旗村 (text and photo): flagged.
  const fs2 = P(countyId, 'P0201');
  const copied = await base('V002', 'T01', 1, '村务公开栏内容没有及时更新，群众反映看不到财务明细。', 'P0201', '更新村务公开栏。', addDays(today, 3));
  const ev2 = await evidence(copied, fs2, photos[0], 1);
  const copiedText = '已于本月上旬更新村务公开栏，补公开了今年一至十月的村级财务收支明细，并安排村文书每月五日前更新。';
  const { flags } = await rectificationFlags(store, copied, copiedText, [ev2]);
  Object.assign(copied, {
    status: 'submitted',
    submissionNo: 1,
    rectification: { text: copiedText, evidenceIds: [ev2._id], submittedAt: line(fs2, '', 'submit', 1).at, submittedBy: fs2, submittedByName: await name(fs2), requestId: 'demo-copied' },
    flags,
    history: [line(fs2, await name(fs2), 'submit', 1, flags.length ? `${flags.length}条雷同提示` : null)],
  });
  await put(copied);
  await store.update('problems', closed._id, { flags: flags.map((f) => ({ ...f, text: '这份整改材料与新民村后来提交的整改材料雷同，请核实。', otherProblemId: copied._id })) });

  // 石桥村: past its 时限.
  await put(await base('V003', 'T01', 1, '村集体经济项目推进缓慢，光伏项目至今未并网。', 'P0301', '协调供电部门完成并网验收。', addDays(today, -5)));

  // 龙泉村: sent back.
  const fs5 = P(countyId, 'P0501');
  const back = await base('V005', 'T02', 1, '群众反映的组级道路破损问题没有回应。', 'P0501', '联系交通部门修复，向群众反馈。', addDays(today, 5));
  const ev5 = await evidence(back, fs5, photos[2], 1);
  Object.assign(back, {
    status: 'returned',
    submissionNo: 1,
    rectification: { text: '已向镇交通站报告道路破损情况，交通站表示列入明年计划，已向反映问题的群众作了说明。', evidenceIds: [ev5._id], submittedAt: line(fs5, '', 'submit', 3).at, submittedBy: fs5, submittedByName: await name(fs5), requestId: 'demo-back' },
    evidenceViews: [{ personId: P(countyId, 'P0003'), submissionNo: 1, at: line(fs5, '', 'return', 2).at }],
    returnReason: '照片只有道路，看不出已向群众反馈；请补充反馈记录。',
    history: [line(fs5, await name(fs5), 'submit', 3), line(P(countyId, 'P0003'), await name(P(countyId, 'P0003')), 'return', 2, '照片只有道路，看不出已向群众反馈；请补充反馈记录。')],
  });
  await put(back);
}
