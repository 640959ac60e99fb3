import { z } from 'zod';
import { defineAction } from '../action';
import { FencePoint } from '../common';
import { RoleGrant } from '../roles';

export const whoami = defineAction(
  'session.whoami',
  'anyone',
  z.object({}).strict(),
  z.object({
    openid: z.string(),
    person: z.object({ id: z.string(), name: z.string() }).nullable(),
    roles: z.array(RoleGrant),
    villages: z.array(z.object({ id: z.string(), name: z.string(), fence: z.array(FencePoint) })),
    /** The server's clock (ISO): the app reckons "today" and "this month" from it, never from the phone's. */
    now: z.string(),
  }),
);

/** A WeChat user binds to a roster person with a one-time invitation code. */
export const redeemInvite = defineAction(
  'invite.redeem',
  'anyone',
  z.object({ code: z.string().trim().regex(/^[A-Z0-9]{8}$/i, '邀请码是8位字母或数字') }).strict(),
  z.object({ person: z.object({ id: z.string(), name: z.string() }) }),
);
