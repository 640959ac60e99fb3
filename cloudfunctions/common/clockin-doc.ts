/** A clock-in as stored (`clockins`, id `<personId>:<clientRequestId>`, bounded). */
export interface ClockInDoc {
  _id: string;
  personId: string;
  villageId: string;
  townshipId: string;
  countyId: string;
  /** When the phone took the fix (device time, within 48 h) and when the server got it. */
  at: string;
  receivedAt: string;
  day: string;
  month: string;
  lat: number;
  lng: number;
  accuracyM: number;
  fuzzy: boolean;
  distanceM: number;
  /** 'in-village' counts, 'field' is 外勤 with a reason, 'outside' counts nothing. */
  decision: 'in-village' | 'field' | 'outside';
  reason: string | null;
  /** Sent later from the phone's queue (离线补传). */
  syncedLater: boolean;
  /** In the village only because a fuzzy fix widened the fence (flagged); absent on older records. */
  fuzzyWidening?: { distanceM: number; radiusM: number; extraM: number } | null;
}
