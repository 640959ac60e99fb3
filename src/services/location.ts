import Taro from '@tarojs/taro';

export interface Fix {
  lat: number;
  lng: number;
  accuracyM: number;
  fuzzy: boolean;
}

/**
 * One position at the moment of the tap (never tracked): precise GCJ-02 location first, the
 * fuzzy location where precise is not granted to the mini-program.
 */
export async function currentFix(): Promise<Fix> {
  try {
    const r = await Taro.getLocation({ type: 'gcj02', isHighAccuracy: true });
    return { lat: r.latitude, lng: r.longitude, accuracyM: r.accuracy || 50, fuzzy: false };
  } catch (precise) {
    if (process.env.TARO_ENV !== 'weapp') throw precise;
    const r = await Taro.getFuzzyLocation({ type: 'gcj02' });
    return { lat: r.latitude, lng: r.longitude, accuracyM: 1000, fuzzy: true };
  }
}

/** A fresh id per tap; a retry of the same tap reuses it so the server counts it once. */
export const newRequestId = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
