import type { RecordSummary, RecordView } from '../../../types/inspection';
import type { Ctx } from '../context';
import { findAll } from '../store/driver';
import { signerRoleOf, type RecordAccess } from './access';
import type { InspectionRecordDoc } from './record-docs';
import { requiredSigners, villageCadres } from './signers';

/** The record as its reader sees it: the form, who must still sign, and the village's unclosed problems. */
export async function recordView(ctx: Ctx, rec: InspectionRecordDoc, access: RecordAccess): Promise<RecordView> {
  const [required, cadres, township, county, problems] = await Promise.all([
    requiredSigners(ctx.store, rec),
    villageCadres(ctx.store, rec.villageId),
    ctx.store.get('townships', rec.townshipId),
    ctx.store.get('counties', rec.countyId),
    findAll(ctx.store, 'problems', { villageId: rec.villageId }),
  ]);
  return {
    id: rec._id,
    drawId: rec.drawId,
    villageId: rec.villageId,
    villageName: rec.villageName,
    townshipName: township?.name ?? '',
    countyName: county?.name ?? '',
    month: rec.month,
    teamId: rec.teamId,
    teamName: rec.teamName,
    templateName: rec.templateName,
    status: rec.status,
    revision: rec.revision,
    header: rec.header,
    items: rec.items,
    facts: rec.facts,
    checks: rec.checks,
    satisfaction: rec.satisfaction,
    extraProblems: rec.extraProblems,
    signatures: rec.signatures,
    required,
    problems: rec.problems,
    updatedAt: rec.updatedAt,
    updatedByName: rec.updatedByName,
    canEdit: access.inspector && rec.status !== 'signed',
    canSignAs: signerRoleOf(rec, access, ctx.person?._id),
    openProblems: problems
      .filter((p) => p.status !== 'closed' && p.inspectionId !== rec._id)
      .sort((a, b) => a.month.localeCompare(b.month) || a._id.localeCompare(b._id))
      .map((p) => ({ id: p._id, text: p.text, month: p.month, status: p.status, dueDay: p.dueDay })),
    people: cadres.map((c) => ({ id: c.id, name: c.name, roleLabel: c.roleLabel })),
  };
}

/** One line of a list (the number of signers is the team's size plus the village's two). */
export function recordSummary(rec: InspectionRecordDoc, townshipName: string, requiredCount: number): RecordSummary {
  return {
    id: rec._id,
    drawId: rec.drawId,
    villageId: rec.villageId,
    villageName: rec.villageName,
    townshipName,
    month: rec.month,
    teamName: rec.teamName,
    status: rec.status,
    signed: rec.signatures.length,
    required: requiredCount,
    noCount: rec.items.filter((i) => i.answer === 'no').length,
    updatedAt: rec.updatedAt,
  };
}
