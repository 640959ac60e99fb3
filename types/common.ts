import { z } from 'zod';
import { isValidDay, isValidMonth } from '../src/core/time';

/** Years a day or month may fall in; anything else is a typo. */
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;

const DAY_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_SHAPE = /^(\d{4})-(\d{2})$/;

/** Why a 'YYYY-MM-DD' string is not a day that exists (in YEAR_MIN..YEAR_MAX), or null when it is one. */
export function dayProblem(s: string): string | null {
  const m = DAY_SHAPE.exec(s);
  if (!m) return '日期应写成2026-05-01这样';
  const year = Number(m[1]);
  if (year < YEAR_MIN || year > YEAR_MAX) return `年份应在${YEAR_MIN}到${YEAR_MAX}之间`;
  return isValidDay(s) ? null : '日期不存在';
}

/** Why a 'YYYY-MM' string is not a month (in YEAR_MIN..YEAR_MAX), or null when it is one. */
export function monthProblem(s: string): string | null {
  const m = MONTH_SHAPE.exec(s);
  if (!m) return '月份应写成2026-05这样';
  const year = Number(m[1]);
  if (year < YEAR_MIN || year > YEAR_MAX) return `年份应在${YEAR_MIN}到${YEAR_MAX}之间`;
  return isValidMonth(s) ? null : '月份不对';
}

/** A calendar day in Asia/Shanghai, 'YYYY-MM-DD', that exists (no 2026-11-31, no 2027-02-29). */
export const Day = z
  .string({ error: (iss) => (iss.input === undefined ? '请填写日期' : '日期应写成2026-05-01这样') })
  .check((ctx) => {
    const problem = dayProblem(ctx.value);
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value, continue: false });
  });
/** A month in Asia/Shanghai, 'YYYY-MM'. */
export const Month = z
  .string({ error: (iss) => (iss.input === undefined ? '请填写月份' : '月份应写成2026-05这样') })
  .check((ctx) => {
    const problem = monthProblem(ctx.value);
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value, continue: false });
  });
/** Retried writes carry the same id; the server answers the first result again. */
export const ClientRequestId = z.string().min(8, '请求编号太短').max(64, '请求编号太长');
export const Id = z.string().min(1, '缺少编号').max(64, '编号太长');

export const FencePoint = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  radiusM: z.number().positive().max(20000),
});
export type FencePoint = z.infer<typeof FencePoint>;
