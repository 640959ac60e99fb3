import { z } from 'zod';
import { defineAction } from '../action';
import { Id } from '../common';
import { Role } from '../roles';
import { RosterFileId } from '../roster';

const PersonRow = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  unitName: z.string().nullable(),
  roles: z.array(z.object({ role: Role, scopeName: z.string() })),
  bound: z.boolean(),
});

/** County admin's home: the roster at a glance. */
export const rosterOverview = defineAction(
  'roster.overview',
  ['county_admin'],
  z.object({}).strict(),
  z.object({
    county: z.object({ id: z.string(), name: z.string() }),
    counts: z.object({ townships: z.number(), villages: z.number(), units: z.number(), people: z.number(), bound: z.number(), households: z.number() }),
    townships: z.array(z.object({ id: z.string(), name: z.string(), villages: z.number() })),
    people: z.array(PersonRow),
  }),
);

/** The .xlsx template the county admin fills (base64 so it fits the JSON envelope). */
export const rosterTemplate = defineAction(
  'roster.template',
  ['county_admin'],
  z.object({}).strict(),
  z.object({ fileName: z.string(), base64: z.string() }),
);

/**
 * All-or-nothing import of a filled template; re-importing updates by code. The file goes to cloud
 * storage first (function requests are limited to about 100 KB), and only its fileId is sent here.
 */
export const rosterImport = defineAction(
  'roster.import',
  ['county_admin'],
  z.object({ fileId: RosterFileId }).strict(),
  z.object({
    created: z.object({ townships: z.number(), villages: z.number(), units: z.number(), people: z.number(), households: z.number() }),
    updated: z.object({ townships: z.number(), villages: z.number(), units: z.number(), people: z.number(), households: z.number() }),
  }),
);

export const createInvite = defineAction(
  'invite.create',
  ['county_admin'],
  z.object({ personId: Id, validDays: z.number().int().min(1).max(30).default(7) }).strict(),
  z.object({ code: z.string(), personId: z.string(), personName: z.string(), expiresAt: z.string() }),
);

/**
 * Invitation codes for everyone not yet bound in one township or village, for a printed sheet:
 * a person who already has a usable code keeps it (a retry or a second print makes no new ones).
 */
export const bulkInvites = defineAction(
  'invite.bulk',
  ['county_admin'],
  z
    .object({ townshipId: Id.optional(), villageId: Id.optional(), validDays: z.number().int().min(1).max(30).default(14) })
    .strict()
    .refine((x) => Boolean(x.townshipId) !== Boolean(x.villageId), { message: '请选一个乡镇或一个村' }),
  z.object({
    scopeName: z.string(),
    items: z.array(
      z.object({
        personId: z.string(),
        personName: z.string(),
        roleLabel: z.string(),
        placeName: z.string(),
        code: z.string(),
        expiresAt: z.string(),
      }),
    ),
  }),
);

export const listInvites = defineAction(
  'invite.list',
  ['county_admin'],
  z.object({}).strict(),
  z.array(
    z.object({
      code: z.string(),
      personId: z.string(),
      personName: z.string(),
      expiresAt: z.string(),
      status: z.enum(['open', 'used', 'expired']),
    }),
  ),
);

/**
 * The villages to choose from (新建问卷), small at any county size: the caller's scope (a
 * supervisor's township(s), an admin's county), its townships with their village counts, and the
 * villages (id, name, township) of one asked township, or of the whole scope when it has at most
 * MAX_CAMPAIGN_VILLAGES (one campaign's most) villages. An inspector is refused (drawn villages only).
 */
export const villagePicker = defineAction(
  'org.villagePicker',
  ['township_supervisor', 'county_admin', 'inspector'],
  z.object({ townshipId: Id.optional() }).strict(),
  z.object({
    scope: z.object({ level: z.enum(['county', 'township']), name: z.string() }),
    /** Villages in the whole scope. */
    total: z.number(),
    /** The scope's townships with their village counts, in code order; only the asked one when a township is asked. */
    townships: z.array(z.object({ id: z.string(), name: z.string(), villages: z.number() })),
    /** True when `villages` is the whole scope; else they are the asked township's (none when none was asked). */
    whole: z.boolean(),
    townshipId: z.string().nullable(),
    villages: z.array(z.object({ id: z.string(), name: z.string(), townshipId: z.string() })),
  }),
);
