import { inspectionOpen } from '../../../../types/actions/inspection';
import { fail } from '../../../common/errors';
import { inspectorAssignments } from '../../../common/inspection/assigned';
import { recordAccess } from '../../../common/inspection/access';
import { gatherFacts, suggestedAnswer, percent } from '../../../common/inspection/facts';
import { recordId, type InspectionRecordDoc } from '../../../common/inspection/record-docs';
import { villageCadres } from '../../../common/inspection/signers';
import { templateForRecord } from '../../../common/inspection/templates';
import { recordView } from '../../../common/inspection/view';
import { handle } from '../../handler';

/**
 * Opens the record of a village drawn for the caller's team: the first call creates the draft (items
 * from the template, the system's facts filled in, answers proposed where a fact backs an item);
 * later calls answer the stored record. The id comes from the draw and village, so two inspectors
 * opening at once get one record.
 */
export default handle(inspectionOpen, async (ctx, { drawId, villageId }) => {
  const me = ctx.person!;
  const mine = (await inspectorAssignments(ctx.store, me._id)).find((a) => a.drawId === drawId && a.villageId === villageId);
  if (!mine) return fail('OUT_OF_SCOPE', '这个村不在您所在督查组的抽查名单中。');
  const id = recordId(drawId, villageId);
  let rec: InspectionRecordDoc | null = await ctx.store.get('inspection_records', id);
  if (!rec) {
    const [village, draw, team] = await Promise.all([
      ctx.store.get('villages', villageId),
      ctx.store.get('draws', drawId),
      ctx.store.get('inspection_teams', mine.teamId),
    ]);
    if (!village || !draw) return fail('NOT_FOUND', '没有找到这个村或这次抽查。');
    const township = await ctx.store.get('townships', village.townshipId);
    const county = await ctx.store.get('counties', village.countyId);
    const cityId = (village.cityId ?? county?.cityId ?? null) || null;
    const [facts, template, cadres] = await Promise.all([
      gatherFacts(ctx.store, village, township?.name ?? '', mine.month, ctx.now),
      templateForRecord(ctx.store, draw, village.countyId, cityId),
      villageCadres(ctx.store, villageId),
    ]);
    const fs = cadres.find((c) => c.role === 'first_secretary');
    const leader = cadres.find((c) => c.role === 'team_leader') ?? fs;
    const fsDoc = fs ? await ctx.store.get('people', fs.id) : null;
    const unit = fsDoc?.unitId ? await ctx.store.get('units', fsDoc.unitId) : null;
    const now = ctx.now.toISOString();
    rec = {
      _id: id,
      drawId,
      villageId,
      villageName: village.name,
      countyId: village.countyId,
      townshipId: village.townshipId,
      cityId,
      month: mine.month,
      teamId: mine.teamId,
      teamName: team?.name ?? '',
      templateName: template.name,
      status: 'draft',
      revision: 0,
      header: {
        unitName: unit?.name ?? '',
        teamSize: cadres.length,
        leaderName: leader?.name ?? '',
        firstSecretaryName: fs?.name ?? '',
        villageName: village.name,
        population: '',
        poorCount: '',
        lastYearIncome: '',
        fundWan: '',
        projectFundWan: '',
      },
      items: template.items.map((i) => {
        const suggested = suggestedAnswer(facts, i.evidence);
        return { key: i.key, group: i.group, text: i.text, answer: suggested, note: '', suggested, evidence: i.evidence ?? null };
      }),
      facts,
      checks: {},
      satisfaction: {
        visited: facts.survey?.visited ?? null,
        satisfiedRate: percent(facts.survey?.satisfiedRate ?? null),
        dissatisfiedRate: percent(facts.survey?.dissatisfiedRate ?? null),
        fromSurvey: !!facts.survey,
        note: '',
      },
      extraProblems: [],
      signatures: [],
      problems: [],
      createdAt: now,
      createdBy: me._id,
      updatedAt: now,
      updatedBy: me._id,
      updatedByName: me.name,
      signedAt: null,
    };
    // Two inspectors opening at the same moment: the second insert loses and reads the first.
    try {
      await ctx.store.insert('inspection_records', rec);
    } catch {
      rec = await ctx.store.get('inspection_records', id);
      if (!rec) return fail('CONFLICT');
    }
  }
  return recordView(ctx, rec, await recordAccess(ctx, rec));
});
