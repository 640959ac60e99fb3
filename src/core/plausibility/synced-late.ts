import { shanghaiDay } from '../time';
import { whenLabel } from '../labels';
import { durationLabel } from './format';
import type { ClockRecord, Finding } from './types';

/**
 * Records synced later than this after the tap are flagged. The server already marks anything
 * sent more than a few minutes late as 'synced later'; a short delay on a weak village network
 * is ordinary, so only delays from one hour on reach the supervisor as a flag.
 */
export const SYNCED_LATE_FLAG_MS = 3_600_000;

/** A record kept offline on the phone and sent later: the time it claims is the phone's. */
export function syncedLate(current: ClockRecord): Finding[] {
  if (!current.syncedLater) return [];
  const lagMs = Date.parse(current.receivedAt) - Date.parse(current.at);
  if (lagMs < SYNCED_LATE_FLAG_MS) return [];
  const otherDay = shanghaiDay(new Date(current.receivedAt)) !== current.day;
  return [
    {
      kind: 'synced-late',
      key: current.id,
      day: current.day,
      explanation:
        `这次打卡在手机上记为${whenLabel(current.at)}，${whenLabel(current.receivedAt)}才上传（晚了${durationLabel(lagMs)}）` +
        `${otherDay ? '，计入的是前面的日子' : ''}。打卡时间以手机时间为准，村里网络不好时会这样；` +
        '如果经常发生，或补交的正是需要在村的日子，请向本人核实。',
      evidence: { records: [current], lagMinutes: Math.round(lagMs / 60_000), countedForEarlierDay: otherDay },
    },
  ];
}
