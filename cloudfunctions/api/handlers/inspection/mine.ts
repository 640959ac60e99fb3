import { shanghaiDay } from '../../../../src/core';
import { inspectionMine } from '../../../../types/actions/inspection';
import { inspectorAssignments } from '../../../common/inspection/assigned';
import { normaliseRecord, recordId, type InspectionRecordDoc, type TeamLike } from '../../../common/inspection/record-docs';
import { requiredSigners } from '../../../common/inspection/signers';
import { recordSummary } from '../../../common/inspection/view';
import type { TownshipDoc, VillageDoc } from '../../../common/model';
import { findAll } from '../../../common/store/driver';
import { handle } from '../../handler';

/** 我的督查: the villages drawn for the caller's teams, newest month first, each with its record's state. */
export default handle(inspectionMine, async (ctx) => {
  const list = await inspectorAssignments(ctx.store, ctx.person!._id);
  const villageIds = [...new Set(list.map((a) => a.villageId))];
  const teamIds = [...new Set(list.map((a) => a.teamId))];
  const recIds = list.map((a) => recordId(a.drawId, a.villageId));
  const [villages, teams, records] = await Promise.all([
    villageIds.length ? (findAll(ctx.store, 'villages', { _id: { $in: villageIds } }) as unknown as Promise<VillageDoc[]>) : [],
    teamIds.length ? (findAll(ctx.store, 'inspection_teams', { _id: { $in: teamIds } }) as unknown as Promise<TeamLike[]>) : [],
    recIds.length ? findAll(ctx.store, 'inspection_records', { _id: { $in: recIds } }).then((docs) => docs.map((d) => normaliseRecord(d as unknown as InspectionRecordDoc))) : [],
  ]);
  const townshipIds = [...new Set(villages.map((v) => v.townshipId))];
  const townships = townshipIds.length ? ((await findAll(ctx.store, 'townships', { _id: { $in: townshipIds } })) as unknown as TownshipDoc[]) : [];
  const tName = (id: string) => townships.find((t) => t._id === id)?.name ?? '';
  const signers = new Map<string, number>();
  for (const r of records) signers.set(r._id, (await requiredSigners(ctx.store, r)).length);
  return {
    today: shanghaiDay(ctx.now),
    villages: list.map((a) => {
      const v = villages.find((x) => x._id === a.villageId);
      const team = teams.find((t) => t._id === a.teamId);
      const rec = records.find((r) => r._id === recordId(a.drawId, a.villageId));
      return {
        drawId: a.drawId,
        month: a.month,
        villageId: a.villageId,
        villageName: v?.name ?? '',
        townshipName: v ? tName(v.townshipId) : '',
        teamId: a.teamId,
        teamName: team?.name ?? '',
        record: rec ? recordSummary(rec, v ? tName(v.townshipId) : '', signers.get(rec._id) ?? 0) : null,
      };
    }),
  };
});
