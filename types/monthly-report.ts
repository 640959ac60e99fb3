import { z } from 'zod';

/** The county's monthly report to the city (seed 002: by the 5th of the next month), generated from the records. */
export const MonthlyReport = z.object({
  countyId: z.string(),
  countyName: z.string(),
  month: z.string(),
  generatedAt: z.string(),
  compliance: z.object({ villages: z.number(), cadres: z.number(), passed: z.number(), failed: z.number(), unexcusedAbsences: z.number() }),
  inspections: z.object({ signedRecords: z.number(), villages: z.number(), meanScore: z.number().nullable() }),
  problems: z.object({ found: z.number(), closed: z.number(), open: z.number(), overdue: z.number(), flagged: z.number() }),
  grades: z.object({ counts: z.array(z.object({ label: z.string(), count: z.number() })), confirmed: z.number(), total: z.number() }),
  /** The same in plain Chinese, one line per part. */
  lines: z.array(z.string()),
});
export type MonthlyReport = z.infer<typeof MonthlyReport>;

export const ReportSent = z.object({ at: z.string(), byName: z.string(), late: z.boolean() }).nullable();
