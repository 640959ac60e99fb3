import { dayStart, prevMonth, shanghaiMonth } from '../src/core';
import { route } from '../cloudfunctions/api/app';
import type { Ctx } from '../cloudfunctions/common/context';
import { inspectorAssignments } from '../cloudfunctions/common/inspection/assigned';
import type { InspectionRecordDoc } from '../cloudfunctions/common/inspection/record-docs';
import { addSignature } from '../cloudfunctions/common/inspection/sign';
import { villageCadres } from '../cloudfunctions/common/inspection/signers';
import { personByOpenid } from '../cloudfunctions/common/org';
import type { Services } from '../cloudfunctions/common/services';
import type { DocDriver } from '../cloudfunctions/common/store/driver';

const NO_SERVICES = {} as Services;

/**
 * The demo's inspection records, from last month's drawn draw (seed-city.ts), on the seed's clock so it
 * holds on any date (the 1st, 31 December): demo-inspector's first drawn village has a record filled on
 * the 26th of last month and signed by all three sides (its 否 item and added problem are in the ledger);
 * demo-inspector-2's first drawn village has a record opened on the 27th, still being filled (填写中).
 * Written through the handlers, as the inspectors would; only the signatures of people without a demo
 * identity are added directly. Does nothing when there is no drawn draw.
 */
export async function seedInspection(store: DocDriver, now: Date, services: Services = NO_SERVICES): Promise<void> {
  const month = prevMonth(shanghaiMonth(now));
  const at = (day: number, hour: number, minute = 0) => new Date(dayStart(`${month}-${String(day).padStart(2, '0')}`).getTime() + (hour * 60 + minute) * 60_000);
  const call = async (openid: string, action: string, data: unknown, when: Date) => {
    const r = await route({ action, data }, { openid, now: when, store, services, env: 'local' });
    if (!r.ok) throw new Error(`demo inspection ${action}: ${r.error.message}`);
    return r.data as { id: string; revision: number } & Record<string, unknown>;
  };
  const storedRecord = async (id: string): Promise<InspectionRecordDoc> => {
    const doc = await store.get('inspection_records', id);
    if (!doc) throw new Error(`demo inspection: record ${id} is missing`);
    return doc;
  };
  const first = async (openid: string) => {
    const person = await personByOpenid(store, openid);
    if (!person) return null;
    return (await inspectorAssignments(store, person._id)).find((a) => a.month === month) ?? null;
  };

  const signed = await first('demo-inspector');
  if (signed) {
    const opened = await call('demo-inspector', 'inspection.open', { drawId: signed.drawId, villageId: signed.villageId }, at(26, 9, 30));
    const rec = await storedRecord(opened.id);
    const cadres = await villageCadres(store, rec.villageId);
    const checks = Object.fromEntries(
      [...rec.facts.cadres.map((c) => `cadre:${c.personId}`), ...(rec.facts.coverage ? ['coverage'] : []), ...(rec.facts.survey ? ['survey'] : [])].map((k) => [k, { state: 'confirmed', value: null, note: '' }]),
    );
    const saved = await call(
      'demo-inspector',
      'inspection.save',
      {
        recordId: rec._id,
        header: { population: '1426', poorCount: '83', lastYearIncome: '9680元', fundWan: '12', projectFundWan: '46' },
        items: rec.items.map((i) => {
          if (i.key === 'team-6') return { key: i.key, answer: 'no', note: '3户贫困户没有脱贫规划' };
          // An answer proposed from the system's figures is kept; a 否 there says what the figures show.
          return { key: i.key, answer: i.answer ?? 'yes', note: i.answer === 'no' ? '系统数据显示未达到要求，现场核实属实' : '' };
        }),
        checks,
        satisfaction: rec.facts.survey
          ? { visited: rec.satisfaction.visited, satisfiedRate: rec.satisfaction.satisfiedRate, dissatisfiedRate: rec.satisfaction.dissatisfiedRate, note: '' }
          : { visited: 20, satisfiedRate: 90, dissatisfiedRate: 5, note: '现场入户走访20户' },
        extraProblems: [{ text: '村务公开栏内容未及时更新', responsiblePersonId: cadres.find((c) => c.role === 'team_leader')?.id ?? null }],
        finish: true,
        clientRequestId: `seed-inspection-${rec._id}`.slice(0, 64),
      },
      at(26, 11),
    );
    // Everyone signs on the 26th: the first secretary and the village party secretary (no demo identity
    // here) directly, then the inspectors through the action, the last one making the record valid.
    const ctx = { openid: 'seed', person: null, grants: [], now: at(26, 11, 20), store, services, env: 'local' } as Ctx;
    let doc = await storedRecord(saved.id);
    doc = await addSignature(ctx, doc, saved.revision, { role: 'village_secretary', personId: null, name: '王德明', at: at(26, 11, 20).toISOString(), via: 'code' });
    for (const fs of cadres.filter((c) => c.role === 'first_secretary')) {
      doc = await addSignature({ ...ctx, now: at(26, 11, 25) }, doc, saved.revision, { role: 'first_secretary', personId: fs.id, name: fs.name, at: at(26, 11, 25).toISOString(), via: 'app' });
    }
    const team = rec.teamId ? await store.get('inspection_teams', rec.teamId) : null;
    for (const [k, id] of (team?.memberIds ?? [rec.createdBy]).entries()) {
      const person = await store.get('people', id);
      if (person?.openid) await call(person.openid, 'inspection.sign', { recordId: rec._id, revision: saved.revision }, at(26, 11, 30 + k));
      else doc = await addSignature({ ...ctx, now: at(26, 11, 30 + k) }, doc, saved.revision, { role: 'inspector', personId: id, name: person?.name ?? id, at: at(26, 11, 30 + k).toISOString(), via: 'app' });
      doc = await storedRecord(rec._id);
    }
  }

  const draft = await first('demo-inspector-2');
  if (draft) await call('demo-inspector-2', 'inspection.open', { drawId: draft.drawId, villageId: draft.villageId }, at(27, 10));
}
