import { z } from 'zod';
import { defineAction } from '../action';
import { ClientRequestId } from '../common';
import { CADRE_ROLES } from '../roles';

/** One tap: the server decides in-village or not, the distance, and the day it counts for. */
export const clockIn = defineAction(
  'attendance.clockIn',
  CADRE_ROLES,
  z
    .object({
      lat: z.number({ error: '缺少纬度' }).min(-90, '纬度不对').max(90, '纬度不对'),
      lng: z.number({ error: '缺少经度' }).min(-180, '经度不对').max(180, '经度不对'),
      accuracyM: z.number().positive('定位精度不对').max(100000, '定位精度不对'),
      /**
       * True when the fix came from getFuzzyLocation. The server judges it by the county's rules
       * (clockIn.fuzzyMaxAccuracyM, clockIn.fuzzyExtraM) and flags a clock-in that counts only thanks to them.
       */
      fuzzy: z.boolean().default(false),
      clientRequestId: ClientRequestId,
      /** The device's time of the tap, for records kept offline and sent later. */
      deviceAt: z.iso.datetime({ offset: true, error: '设备时间格式不对' }).optional(),
      /** Field work (外勤) outside the village needs a reason. */
      reason: z.string().trim().min(2, '外勤事由至少2个字').max(100, '外勤事由太长').optional(),
    })
    .strict(),
  z.object({
    decision: z.enum(['in-village', 'field', 'outside']),
    distanceM: z.number(),
    day: z.string(),
    at: z.string(),
    syncedLater: z.boolean(),
    fuzzy: z.boolean(),
    message: z.string(),
  }),
);
