import type { Job } from './dispatch';

/** The scheduled jobs. Reminders, alerts and month close come with the supervisor's month. */
export const JOBS: Job[] = [];
