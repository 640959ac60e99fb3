import { z } from 'zod';
import { defineAction } from '../action';
import { ClientRequestId, Id, Month } from '../common';
import { CADRE_ROLES } from '../roles';
import { AlertView, MessageView, MonthCompliance, TemplateKey } from '../supervision';

/**
 * A month's compliance per cadre and per village with the rules' Chinese reasons, within the
 * caller's scope: a township supervisor their township, a county admin or inspector the county
 * (or one township / village of it), a cadre their own village. Villages come a page at a time
 * (COMPLIANCE_PAGE_VILLAGES, in code order) so a province-sized county answers in a phone-sized reply.
 */
export const complianceMonthly = defineAction(
  'compliance.monthly',
  ['county_admin', 'township_supervisor', 'inspector', ...CADRE_ROLES],
  z
    .object({
      month: Month,
      townshipId: Id.optional(),
      villageId: Id.optional(),
      /** The `nextCursor` of the previous page: villages after it (in code order). */
      cursor: z.string().max(64, '翻页标记不对').optional(),
    })
    .strict()
    .refine((i) => !(i.townshipId && i.villageId), { error: '乡镇和村只能选一个' }),
  MonthCompliance.extend({
    /** Set when more villages follow: pass it as `cursor` for the next page. Counts always cover the whole scope. */
    nextCursor: z.string().nullable(),
  }),
);

/** The supervisor's alerts inbox: their township's alerts; the county admin's escalated ones. */
export const alertsList = defineAction(
  'alerts.list',
  ['township_supervisor', 'county_admin'],
  z.object({ status: z.enum(['open', 'acknowledged']).optional() }).strict(),
  z.object({ open: z.number(), items: z.array(AlertView) }),
);

/** Acknowledge an alert with an optional note (audited; the alert must be in scope). */
export const alertsAck = defineAction(
  'alerts.ack',
  ['township_supervisor', 'county_admin'],
  z.object({ alertId: Id.max(160, '编号太长'), note: z.string().trim().max(200, '备注太长，请控制在200字以内').optional() }).strict(),
  AlertView,
);

/** The caller's in-app messages, newest first. */
export const messagesList = defineAction(
  'messages.list',
  'person',
  z.object({ unreadOnly: z.boolean().optional() }).strict(),
  z.object({
    unread: z.number(),
    items: z.array(MessageView),
    /** County admins only: WeChat pushes of the county given up after retries (the in-app message still arrived). */
    failedPushes: z
      .object({
        count: z.number(),
        recent: z.array(z.object({ id: z.string(), personName: z.string(), title: z.string(), day: z.string(), error: z.string().nullable() })),
      })
      .optional(),
  }),
);

/** Mark one message (or every message, without `id`) as read. */
export const messagesRead = defineAction(
  'messages.read',
  'person',
  z.object({ id: z.string().min(1, '缺少编号').max(160, '编号太长').optional() }).strict(),
  z.object({ unread: z.number() }),
);

/** Subscribe templates the app may ask for, and how many one-time grants the caller has left. */
export const messagesTemplates = defineAction(
  'messages.templates',
  'person',
  z.object({}).strict(),
  z.object({
    templates: z.array(z.object({ key: TemplateKey, templateId: z.string() })),
    remaining: z.record(z.string(), z.number()),
  }),
);

/** The user accepted these one-time subscribe templates (one send each). */
export const messagesGrant = defineAction(
  'messages.grant',
  'person',
  z.object({ accepted: z.array(TemplateKey).max(5, '一次最多5个模板'), clientRequestId: ClientRequestId }).strict(),
  z.object({ remaining: z.record(z.string(), z.number()) }),
);
