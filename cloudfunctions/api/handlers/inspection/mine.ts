import { shanghaiDay } from '../../../../src/core';
import { inspectionMine } from '../../../../types/actions/inspection';
import { inspectorAssignments } from '../../../common/inspection/assigned';
import { normaliseRecord, recordId } from '../../../common/inspection/record-docs';
import { requiredSigners } from '../../../common/inspection/signers';
import { recordSummary } from '../../../common/inspection/view';
import { namesById } from '../../../common/org';
import { getMany } from '../../../common/store/driver';
import { handle } from '../../handler';

/** 我的督查: the villages drawn for the caller's teams, newest month first, each with its record's state. */
export default handle(inspectionMine, async (ctx) => {
  const list = await inspectorAssignments(ctx.store, ctx.person!._id);
  const [villages, teams, records] = await Promise.all([
    getMany(ctx.store, 'villages', list.map((a) => a.villageId)),
    getMany(ctx.store, 'inspection_teams', list.map((a) => a.teamId)),
    getMany(ctx.store, 'inspection_records', list.map((a) => recordId(a.drawId, a.villageId))).then((docs) => docs.map(normaliseRecord)),
  ]);
  const townships = await namesById(ctx.store, 'townships', villages.map((v) => v.townshipId));
  const tName = (id: string) => townships.get(id) ?? '';
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
