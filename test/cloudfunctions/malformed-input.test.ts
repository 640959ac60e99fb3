/**
 * Malformed input to every action, through the real router in-process: it is refused with a
 * plain Chinese message (no English word, no type name, no value echoed), never INTERNAL.
 */
import fc from 'fast-check';
import { ACTIONS } from '../../types';
import { surveyTemplate } from '../../src/core/survey/templates';
import { seeded } from './harness';

/** What `1e309` in a request becomes once parsed: Infinity, a number in JS but not a usable one. */
const HUGE = Number('1e309');

type Call = Awaited<ReturnType<typeof seeded>>['call'];
type Answer = Awaited<ReturnType<Call>>;

const FS = 'psn_430121_P0101';
const V001 = 'vil_430121_V001';
const ROLES = ['demo-admin', 'demo-supervisor', 'demo-fs', 'demo-villager'];
const SECTIONS = { visits: '上午到三组走访脱贫户，了解油茶林挂果情况。' };

let rid = 0;
const requestId = () => `probe-${String(++rid).padStart(6, '0')}`;

/** A valid input of each action that takes a day or month, so one bad field at a time reaches the checks behind it. */
const SAMPLES: Record<string, () => Record<string, unknown>> = {
  'diary.get': () => ({ day: '2026-11-20' }),
  'diary.save': () => ({ day: '2026-11-20', sections: SECTIONS, clientRequestId: requestId() }),
  'diary.amend': () => ({ day: '2026-11-19', sections: SECTIONS, reason: '补记当天的工作', clientRequestId: requestId() }),
  'diary.list': () => ({ month: '2026-11' }),
  'leave.apply': () => ({ type: 'personal', from: '2026-11-23', to: '2026-11-24', reason: '家中有事', clientRequestId: requestId() }),
  'grading.village': () => ({ villageId: V001, month: '2026-10' }),
  'grading.confirm': () => ({ personId: FS, month: '2026-10', grade: 'competent', note: '按月纪实复核' }),
  'calendar.month': () => ({ month: '2026-11' }),
  'calendar.setOverride': () => ({ date: '2027-01-04', kind: 'rest', reason: '防汛调休', clientRequestId: requestId() }),
  'calendar.year.set': () => ({
    year: 2031,
    holidays: [{ name: '元旦', from: '2031-01-01', to: '2031-01-01' }],
    makeupWorkdays: [],
    clientRequestId: requestId(),
  }),
  'compliance.monthly': () => ({ month: '2026-11' }),
  'cadre.month': () => ({ month: '2026-11' }),
  'reports.dashboard': () => ({ month: '2026-11' }),
  'reports.village': () => ({ villageId: V001, month: '2026-10' }),
  'reports.villageMonth': () => ({ villageId: V001, month: '2026-10' }),
  'reports.summary': () => ({ month: '2026-11' }),
  'survey.createCampaign': () => ({
    title: '知晓率专项调查',
    templateId: 'awareness',
    questions: surveyTemplate('awareness')!.questions,
    villageIds: [V001],
    from: '2026-11-20',
    to: '2026-11-30',
    targetPerVillage: 40,
    onePerHousehold: false,
    clientRequestId: requestId(),
  }),
};

/** What a probe sends in place of a field: wrong types, non-finite numbers, garbage, days that do not exist, too much. */
const BAD_VALUES: unknown[] = [
  undefined,
  null,
  HUGE,
  -HUGE,
  NaN,
  0,
  -1,
  1.5,
  2 ** 60,
  '',
  'x',
  '长'.repeat(5000),
  true,
  [],
  [null, HUGE, 'x'],
  {},
  { a: { b: [null, { c: 'x' }] } },
  '2026-11-31',
  '2027-02-29',
  '2027-02-31',
  '0000-01',
  '2026-13',
  '0000-01-01',
  '9999-12-31',
];

/** The fields of an action's input (its object shape), or none. */
function fieldsOf(action: string): string[] {
  const input = (ACTIONS as Record<string, { input: unknown }>)[action].input as { shape?: Record<string, unknown> };
  return input.shape ? Object.keys(input.shape) : [];
}

/** English words a person could read (two or more ASCII letters in a row). */
const ENGLISH = /[A-Za-z]{2,}/;

function problems(action: string, data: unknown, r: Answer): string[] {
  if (r.ok) return [];
  const where = `${action} ${JSON.stringify(data, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v))?.slice(0, 200)}`;
  const out: string[] = [];
  if (r.error.code === 'INTERNAL') out.push(`${where} → INTERNAL`);
  if (ENGLISH.test(r.error.message)) out.push(`${where} → message "${r.error.message}"`);
  for (const d of r.error.details ?? []) {
    if (typeof d.message !== 'string' || ENGLISH.test(d.message)) out.push(`${where} → detail ${JSON.stringify(d)}`);
  }
  return out;
}

const actions = Object.keys(ACTIONS).sort();

describe('malformed input to every action', () => {
  let call: Call;
  beforeAll(async () => {
    ({ call } = await seeded());
  });

  it('knows the fields of every object input it probes', () => {
    expect(actions.length).toBeGreaterThan(40);
    for (const a of Object.keys(SAMPLES)) expect(actions).toContain(a);
  });

  it('starts from samples the router accepts, so each bad field is the only problem', async () => {
    for (const [action, sample] of Object.entries(SAMPLES)) {
      const openid = /^(diary|leave|cadre)\./.test(action) ? 'demo-fs' : 'demo-admin';
      const r = await call(openid, action, sample());
      expect([action, r.ok ? 'ok' : r.error.code]).not.toEqual([action, 'VALIDATION']);
      expect([action, r.ok ? 'ok' : r.error.code]).not.toEqual([action, 'INTERNAL']);
    }
  });

  it('answers non-object data, unknown fields and each bad field value in Chinese, never INTERNAL', async () => {
    const found: string[] = [];
    for (const action of actions) {
      const sample = SAMPLES[action] as (() => Record<string, unknown>) | undefined;
      const payloads: unknown[] = ['x', 42, HUGE, true, [], [1, 2], { zz: 1 }, { 'bad key': { deeper: [HUGE] } }];
      if (sample) payloads.push({ ...sample(), zz: 1 });
      for (const field of fieldsOf(action)) {
        for (const bad of BAD_VALUES) payloads.push({ ...(sample?.() ?? {}), [field]: bad });
        if (sample) {
          const rest = sample();
          delete rest[field];
          payloads.push(rest);
        }
      }
      const roles = sample ? ['demo-admin', 'demo-fs'] : ['demo-admin'];
      for (const openid of roles) {
        for (const data of payloads) found.push(...problems(action, data, await call(openid, action, data)));
      }
    }
    expect(found.slice(0, 20)).toEqual([]);
  }, 120_000);

  it('holds for random garbage from any role (property)', async () => {
    const value = fc.oneof(
      fc.constantFrom(...BAD_VALUES),
      fc.jsonValue({ maxDepth: 3 }),
      fc.string({ maxLength: 30 }),
      fc.double(),
      fc.integer(),
    );
    const found: string[] = [];
    const probe = fc
      .constantFrom(...actions)
      .chain((action) => fc.tuple(fc.constant(action), fc.dictionary(fc.constantFrom(...fieldsOf(action), 'zz'), value, { maxKeys: 4 })));
    await fc.assert(
      fc.asyncProperty(probe, fc.constantFrom(...ROLES), fc.boolean(), async ([action, garbage], openid, fromSample) => {
        const base = fromSample && SAMPLES[action] ? SAMPLES[action]() : {};
        const data = { ...base, ...garbage };
        const p = problems(action, data, await call(openid, action, data));
        found.push(...p);
        return p.length === 0;
      }),
      { numRuns: 400, seed: 20261120 },
    );
    expect(found).toEqual([]);
  }, 120_000);
});

describe('days and months that do not exist', () => {
  let call: Call;
  beforeAll(async () => {
    ({ call } = await seeded());
  });

  const refused = (r: Answer, path: string, message: string) => {
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: expect.arrayContaining([{ path, message }]) } });
  };

  it('diary.save refuses 2026-11-31 (not INTERNAL)', async () => {
    refused(await call('demo-fs', 'diary.save', { ...SAMPLES['diary.save'](), day: '2026-11-31' }), 'day', '日期不存在');
  });

  it('grading.confirm refuses month 0000-01 and 2026-13', async () => {
    refused(await call('demo-admin', 'grading.confirm', { ...SAMPLES['grading.confirm'](), month: '0000-01' }), 'month', '年份应在2000到2100之间');
    refused(await call('demo-admin', 'grading.confirm', { ...SAMPLES['grading.confirm'](), month: '2026-13' }), 'month', '月份不对');
  });

  it('a survey campaign refuses 2027-02-31 and 2027-02-29', async () => {
    refused(await call('demo-admin', 'survey.createCampaign', { ...SAMPLES['survey.createCampaign'](), to: '2027-02-31' }), 'to', '日期不存在');
    refused(await call('demo-admin', 'survey.createCampaign', { ...SAMPLES['survey.createCampaign'](), to: '2027-02-29' }), 'to', '日期不存在');
  });

  it('reads type problems plainly: missing, wrong type, Infinity, unknown field', async () => {
    const r = await call('demo-admin', 'invite.create', { validDays: HUGE, extra: 1 });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (r.ok) return;
    expect(r.error.details).toEqual(
      expect.arrayContaining([
        { path: 'personId', message: '请填写此项' },
        { path: 'validDays', message: '应为数字，不能是无穷大' },
        { path: 'extra', message: '多了不认识的字段' },
      ]),
    );
    const t = await call('demo-admin', 'feedback.reply', { id: 5, reply: '长'.repeat(1001), close: 'yes', clientRequestId: 'probe-reply-1' });
    if (t.ok) throw new Error('accepted');
    expect(t.error.details).toEqual(
      expect.arrayContaining([
        { path: 'id', message: '应为文字' },
        { path: 'reply', message: '答复太长，请控制在1000字以内' },
        { path: 'close', message: '应为是或否' },
      ]),
    );
  });
});
