import { z } from 'zod';
import { ROLE_LABELS, ROLES, type Role } from '../../../types';

/** The roster as rows, the same whether it comes from an .xlsx upload or the demo seed. */
const code = z.string().trim().regex(/^[A-Za-z0-9_-]{1,20}$/, '编码只能是1-20位字母、数字、下划线或短横线');
const name = z.string().trim().min(1, '名称不能为空').max(40, '名称太长');

export const TownshipRow = z.object({ code, name });
export const VillageRow = z.object({ code, name, townshipCode: code });
export const FenceRow = z.object({
  villageCode: code,
  lat: z.coerce.number().min(3, '纬度应在3到54之间').max(54, '纬度应在3到54之间'),
  lng: z.coerce.number().min(73, '经度应在73到136之间').max(136, '经度应在73到136之间'),
  radiusM: z.coerce.number().min(50, '半径至少50米').max(5000, '半径最多5000米'),
});
export const UnitRow = z.object({ code, name });

/** A Date's calendar day as exceljs means it: it builds date cells as UTC midnight of the day shown, so read it in UTC. */
export const utcDay = (d: Date) => `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;

/** Excel's day 0 (1899-12-30, which absorbs Excel's phantom 1900-02-29 for every serial after it). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * A calendar day as 'YYYY-MM-DD' from a cell: a Date (date-formatted cell), an Excel serial (a number, or its digits
 * as text), or text as 2026-11-10, 2026/11/10, 2026.11.10 or 2026年11月10日 (zero padding optional). Empty is null;
 * anything else, or a day that does not exist (2026-02-30), is undefined.
 */
export function calendarDay(v: unknown): string | null | undefined {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : utcDay(v);
  let serial: number | null = typeof v === 'number' ? v : null;
  if (typeof v === 'string') {
    const s = v.trim();
    if (s === '') return null;
    if (/^\d+(\.\d+)?$/.test(s)) serial = Number(s);
    else {
      const m = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(s) ?? /^(\d{4})(年)(\d{1,2})月(\d{1,2})日?$/.exec(s);
      if (!m) return undefined;
      const [y, mo, d] = [Number(m[1]), Number(m[3]), Number(m[4])];
      const date = new Date(Date.UTC(y, mo - 1, d));
      return y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? utcDay(date) : undefined;
    }
  }
  // Serials from 61 (1900-03-01; earlier ones count Excel's phantom leap day) to 9999-12-31; a time of day is dropped.
  if (serial === null || !Number.isFinite(serial) || serial < 61 || serial >= 2_958_466) return undefined;
  return utcDay(new Date(EXCEL_EPOCH + Math.floor(serial) * DAY_MS));
}

/**
 * An optional date column. A row without the key (a file from the template before the column existed, or rows built
 * in code) gives undefined, which keeps what is stored; an empty cell gives null.
 */
const day = (label: string) =>
  z
    .custom<Date | string | number | null>(() => true)
    .optional()
    .transform((v, ctx): string | null | undefined => {
      if (v === undefined) return undefined;
      const out = calendarDay(v);
      if (out === undefined) {
        ctx.addIssue({ code: 'custom', message: `${label}应为有效日期，如2026-11-10` });
        return z.NEVER;
      }
      return out;
    });

/** Roles a county roster may give (the city admin is the city's, never a county import's). */
const ROSTER_ROLES = ROLES.filter((r) => r !== 'city_admin');
const roleByLabel = new Map<string, Role>(ROSTER_ROLES.map((r) => [ROLE_LABELS[r], r]));
export const PersonRow = z.object({
  code,
  name: z.string().trim().min(2, '姓名至少2个字').max(20, '姓名太长'),
  phone: z
    .string()
    .trim()
    .regex(/^1\d{10}$/, '手机号应为11位数字')
    .nullable()
    .default(null),
  unitCode: code.nullable().default(null),
  roles: z
    .string()
    .trim()
    .min(1, '请填写角色')
    .transform((s, ctx) => {
      const out: Role[] = [];
      for (const label of s.split(/[、,，\s]+/).filter(Boolean)) {
        const r = roleByLabel.get(label);
        if (!r) ctx.addIssue({ code: 'custom', message: `不认识的角色“${label}”，可填：${ROSTER_ROLES.map((x) => ROLE_LABELS[x]).join('、')}` });
        else out.push(r);
      }
      return out;
    }),
  villageCode: code.nullable().default(null),
  /** First and last day in the village (cadres only); see PersonDoc. */
  stationedFrom: day('驻村开始日期'),
  stationedUntil: day('驻村结束日期'),
  townshipCode: code.nullable().default(null),
});

/**
 * A household (农户) of a village, by its code within the village. The code has no underscore so
 * the id (county, village code, household code) can never be read two ways. Only what visits need
 * is kept: no phone, no ID number.
 */
export const HouseholdRow = z.object({
  villageCode: code,
  group: z
    .string()
    .trim()
    .min(1, '请填写组')
    .max(20, '组名太长')
    .transform((g) => (/^\d+$/.test(g) ? `${Number(g)}组` : g)),
  name: z.string().trim().min(2, '户主姓名至少2个字').max(30, '户主姓名太长'),
  code: z.string().trim().regex(/^[A-Za-z0-9-]{1,20}$/, '户编号只能是1-20位字母、数字或短横线'),
});

/** The schema of each sheet's rows. */
export const ROW_SCHEMAS = { townships: TownshipRow, villages: VillageRow, fences: FenceRow, units: UnitRow, people: PersonRow, households: HouseholdRow };
type Schemas = typeof ROW_SCHEMAS;

/** Rows as they arrive (before validation). */
export type RosterRows = { [K in keyof Schemas]: z.input<Schemas[K]>[] };
/** Rows after validation. */
export type ValidRoster = { [K in keyof Schemas]: z.output<Schemas[K]>[] };

/** Sheet names and column headers of the template, in the order a person fills them. */
export const SHEETS = {
  townships: { title: '乡镇', columns: { code: '乡镇编码', name: '乡镇名称' } },
  villages: { title: '村', columns: { code: '村编码', name: '村名称', townshipCode: '所属乡镇编码' } },
  fences: { title: '村围栏', columns: { villageCode: '村编码', lat: '纬度(GCJ-02)', lng: '经度(GCJ-02)', radiusM: '半径(米)' } },
  units: { title: '派出单位', columns: { code: '单位编码', name: '单位名称' } },
  people: {
    title: '人员',
    columns: {
      code: '人员编码',
      name: '姓名',
      phone: '手机号',
      unitCode: '派出单位编码',
      roles: '角色',
      villageCode: '驻村编码',
      stationedFrom: '驻村开始日期',
      stationedUntil: '驻村结束日期',
      townshipCode: '负责乡镇编码',
    },
  },
  households: { title: '农户', columns: { villageCode: '村编码', group: '组', name: '户主姓名', code: '户编号' } },
} as const;

/** Columns added after the first template: a file without them still imports, and keeps what is stored for them. */
export const ADDED_COLUMNS: { [K in keyof typeof SHEETS]?: readonly (keyof (typeof SHEETS)[K]['columns'])[] } = {
  people: ['stationedFrom', 'stationedUntil'],
};
