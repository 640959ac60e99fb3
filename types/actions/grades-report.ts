import { z } from 'zod';
import { defineAction } from '../action';
import { Id, Month } from '../common';
import { BulletinRow, GradeReviewRow, Period, RecallView } from '../grades';
import { MonthlyReport, ReportSent } from '../monthly-report';
import { FileOut } from '../reports';

/**
 * 等次评定: every cadre of the admin's county with the proposed grade for a month or a year, each
 * part (考勤, 群众评价, 督查得分, 整改) with its reason, and the confirmed grade if any.
 */
export const gradingReview = defineAction(
  'grading.review',
  ['county_admin'],
  z.object({ period: Period }).strict(),
  z.object({ period: z.string(), over: z.boolean(), rows: z.array(GradeReviewRow), confirmedCount: z.number() }),
);

/**
 * 通报: the ranking (confirmed grade first, then score) and the count per grade, for the admin's
 * county or, for a city admin, the city (optionally one county of it).
 */
export const gradingBulletin = defineAction(
  'grading.bulletin',
  ['county_admin', 'city_admin'],
  z.object({ period: Period, countyId: Id.optional() }).strict(),
  z.object({
    title: z.string(),
    period: z.string(),
    rows: z.array(BulletinRow),
    counts: z.array(z.object({ grade: z.string(), label: z.string(), count: z.number() })),
    unconfirmed: z.number(),
  }),
);

/** The 通报 as an Excel file (.xlsx, in the envelope as the other exports). */
export const gradingBulletinExport = defineAction(
  'grading.bulletinExport',
  ['county_admin', 'city_admin'],
  z.object({ period: Period, countyId: Id.optional() }).strict(),
  FileOut,
);

/** 召回并重新选派 tasks: a unit contact's for their unit; a county admin's for the county. */
export const recallList = defineAction('recall.list', ['unit_contact', 'county_admin'], z.object({}).strict(), z.array(RecallView));

/** The unit contact marks a recall done, with a note (who replaces the cadre, when). */
export const recallDone = defineAction(
  'recall.done',
  ['unit_contact'],
  z.object({ recallId: Id, note: z.string({ error: '请写明办理情况' }).trim().min(2, '请写明办理情况（至少2个字）').max(200, '最多200字') }).strict(),
  RecallView,
);

/**
 * 月报: the county's month for the city, generated from the records (never typed): the one sent,
 * or a fresh draft while unsent. A city admin reads any county of their city (`countyId`).
 */
export const reportMonthly = defineAction(
  'report.monthly',
  ['county_admin', 'city_admin'],
  z.object({ month: Month, countyId: Id.optional() }).strict(),
  z.object({ report: MonthlyReport, sent: ReportSent, dueDay: z.string(), over: z.boolean() }),
);

/** The county admin sends the month's report to the city (one action; sending again answers the first). */
export const reportMonthlySend = defineAction(
  'report.monthlySend',
  ['county_admin'],
  z.object({ month: Month }).strict(),
  z.object({ sent: ReportSent }),
);

/** The city admin: which counties of the city have sent their report for a month, and when. */
export const reportMonthlyStatus = defineAction(
  'report.monthlyStatus',
  ['city_admin'],
  z.object({ month: Month }).strict(),
  z.object({
    month: z.string(),
    dueDay: z.string(),
    counties: z.array(z.object({ countyId: z.string(), countyName: z.string(), sent: ReportSent })),
  }),
);
