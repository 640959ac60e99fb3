import { z } from 'zod';

/** A calendar day in Asia/Shanghai, 'YYYY-MM-DD'. */
export const Day = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, '日期格式应为 YYYY-MM-DD');
/** A month in Asia/Shanghai, 'YYYY-MM'. */
export const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM');
/** Retried writes carry the same id; the server answers the first result again. */
export const ClientRequestId = z.string().min(8, '请求编号太短').max(64, '请求编号太长');
export const Id = z.string().min(1, '缺少编号').max(64, '编号太长');

export const FencePoint = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  radiusM: z.number().positive().max(20000),
});
export type FencePoint = z.infer<typeof FencePoint>;
