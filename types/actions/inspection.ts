import { z } from 'zod';
import { defineAction } from '../action';
import { ClientRequestId, Id, Month } from '../common';
import { RecordSummary, RecordView, TemplateItem } from '../inspection';
import { CADRE_ROLES, type Role } from '../roles';

const INSPECTOR = ['inspector'] as const;
/** Those who may read records in their scope (`city_admin` is the city level's admin). */
const READERS = ['inspector', 'county_admin', 'township_supervisor', 'city_admin', ...CADRE_ROLES] as unknown as readonly Role[];
const TEMPLATE_ADMINS = ['county_admin', 'city_admin'] as unknown as readonly Role[];

const Note = z.string().trim().max(200, '说明最多200字');
const Short = (label: string) => z.string().trim().max(20, `${label}最多20字`);
const Rate = z.number({ error: '请填写0到100之间的数' }).min(0, '百分比不能小于0').max(100, '百分比不能大于100');

/** The inspector's villages drawn for their team, each with its record (if started). */
export const inspectionMine = defineAction(
  'inspection.mine',
  INSPECTOR,
  z.object({}).strict(),
  z.object({
    today: z.string(),
    villages: z.array(
      z.object({
        drawId: z.string(),
        month: z.string(),
        villageId: z.string(),
        villageName: z.string(),
        townshipName: z.string(),
        teamId: z.string(),
        teamName: z.string(),
        record: RecordSummary.nullable(),
      }),
    ),
  }),
);

/** Starts (or reopens) the record of a drawn village: the system's facts filled in, items from the template. */
export const inspectionOpen = defineAction(
  'inspection.open',
  INSPECTOR,
  z.object({ drawId: Id, villageId: Id }).strict(),
  RecordView,
);

export const inspectionGet = defineAction('inspection.get', READERS, z.object({ recordId: Id }).strict(), RecordView);

/** Records in the caller's scope (admins, supervisors, cadres of their village, inspectors of their team). */
export const inspectionList = defineAction(
  'inspection.list',
  READERS,
  z.object({ month: Month.optional() }).strict(),
  z.object({ records: z.array(RecordSummary) }),
);

/**
 * The inspector saves what they filled (whole form, last write wins; the same clientRequestId never
 * applies twice, so the offline queue may resend it). Any change after a signature clears all
 * signatures. `finish` asks for signatures: every item answered, every 否 with a note.
 */
export const inspectionSave = defineAction(
  'inspection.save',
  INSPECTOR,
  z
    .object({
      recordId: Id,
      header: z
        .object({
          population: Short('总人口'),
          poorCount: Short('贫困人数'),
          lastYearIncome: Short('上年人均纯收入'),
          fundWan: Short('扶贫基金到位'),
          projectFundWan: Short('争取项目资金'),
        })
        .strict(),
      items: z
        .array(z.object({ key: z.string().min(1).max(40), answer: z.enum(['yes', 'no'], { error: '请选择是或否' }).nullable(), note: Note }).strict())
        .max(60, '督查指标太多'),
      checks: z
        .record(
          z.string().max(80),
          z
            .object({ state: z.enum(['confirmed', 'corrected'], { error: '请选择确认或更正' }), value: z.string().trim().max(40, '更正的数值最多40字').nullable(), note: Note })
            .strict()
            .refine((c) => c.state === 'confirmed' || (c.note.length >= 2 && !!c.value), { message: '更正时请填写更正后的数和说明（至少2个字）', path: ['note'] }),
        )
        .refine((r) => Object.keys(r).length <= 60, '核对项太多'),
      satisfaction: z
        .object({
          visited: z.number({ error: '走访人数应为数字' }).int('走访人数应为整数').min(0, '走访人数不能小于0').max(100000, '走访人数太大').nullable(),
          satisfiedRate: Rate.nullable(),
          dissatisfiedRate: Rate.nullable(),
          note: Note,
        })
        .strict(),
      extraProblems: z
        .array(z.object({ text: z.string().trim().min(4, '问题至少4个字').max(200, '问题最多200字'), responsiblePersonId: Id.nullable() }).strict())
        .max(20, '最多20个问题'),
      finish: z.boolean(),
      clientRequestId: ClientRequestId,
    })
    .strict(),
  RecordView,
);

/** A roster signer (the village's first secretary, an inspector of the team) confirms the record as they saw it. */
export const inspectionSign = defineAction(
  'inspection.sign',
  ['first_secretary', 'inspector'],
  z.object({ recordId: Id, revision: z.number().int().min(0) }).strict(),
  RecordView,
);

/**
 * A one-time signing code for the village party secretary (not a roster person): the inspector shows
 * it; the secretary opens it on their own phone, reads the record and confirms with their name.
 */
export const inspectionSignCode = defineAction(
  'inspection.signCode',
  INSPECTOR,
  z.object({ recordId: Id }).strict(),
  z.object({ code: z.string(), expiresAt: z.string(), path: z.string() }),
);

const Code = z.string().trim().toUpperCase().regex(/^[A-Z0-9]{8}$/, '签字码是8位字母或数字');

/** What the holder of a signing code reads before confirming (anyone with the code, no roster role). */
export const inspectionCodeView = defineAction(
  'inspection.codeView',
  'anyone',
  z.object({ code: Code }).strict(),
  z.object({
    villageName: z.string(),
    month: z.string(),
    teamName: z.string(),
    revision: z.number(),
    items: z.array(z.object({ group: z.string(), text: z.string(), answer: z.string().nullable(), note: z.string() })),
    satisfaction: z.object({ visited: z.number().nullable(), satisfiedRate: z.number().nullable(), dissatisfiedRate: z.number().nullable() }),
    problems: z.array(z.string()),
    signed: z.boolean(),
  }),
);

export const inspectionSignByCode = defineAction(
  'inspection.signByCode',
  'anyone',
  z
    .object({
      code: Code,
      name: z.string().trim().min(2, '请写上您的姓名（至少2个字）').max(20, '姓名最多20字'),
      revision: z.number().int().min(0),
    })
    .strict(),
  z.object({ villageName: z.string(), status: z.string(), at: z.string() }),
);

/** The record as an .xlsx laid out like the paper form. */
export const inspectionExport = defineAction(
  'inspection.export',
  READERS,
  z.object({ recordId: Id }).strict(),
  z.object({ fileName: z.string(), base64: z.string() }),
);

/** The template new records of the caller's county (or city) start from: its own copy, else the built-in one. */
export const inspectionTemplate = defineAction(
  'inspection.template',
  TEMPLATE_ADMINS,
  z.object({}).strict(),
  z.object({ name: z.string(), builtIn: z.boolean(), scopeName: z.string(), items: z.array(TemplateItem), builtInItems: z.array(TemplateItem) }),
);

export const inspectionTemplateSave = defineAction(
  'inspection.templateSave',
  TEMPLATE_ADMINS,
  z
    .object({
      name: z.string().trim().min(4, '表名至少4个字').max(40, '表名最多40字'),
      items: z
        .array(
          z
            .object({
              key: z.string().trim().regex(/^[a-z0-9-]{1,40}$/, '编号只能用小写字母、数字和-'),
              group: z.enum(['team', 'secretary'], { error: '请选择工作队或第一书记' }),
              text: z.string().trim().min(4, '指标至少4个字').max(100, '指标最多100字'),
              evidence: z.enum(['coverage', 'presence']).optional(),
            })
            .strict(),
        )
        .min(2, '至少要有两项指标')
        .max(40, '最多40项指标'),
      reset: z.boolean().optional(),
    })
    .strict(),
  z.object({ name: z.string(), items: z.array(TemplateItem) }),
);
