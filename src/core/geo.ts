/**
 * Distances between GCJ-02 points (what WeChat's getLocation returns). Both ends
 * are in the same datum, so a spherical haversine is accurate to well under a
 * metre at village scale.
 */

/** A point in degrees. */
export interface GeoPoint {
  lat: number;
  lng: number;
}

/** A circular fence around a village site. */
export interface FencePoint extends GeoPoint {
  radiusM: number;
}

/** Nearest fence and whether the point is inside it. */
export interface FenceMatch {
  distanceM: number;
  inside: boolean;
  fence: FencePoint;
  index: number;
}

const EARTH_RADIUS_M = 6371008.8;
const rad = (deg: number): number => (deg * Math.PI) / 180;

/** Great-circle distance in metres. */
export function distanceM(a: GeoPoint, b: GeoPoint): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** True for a finite latitude/longitude within range. */
export function isValidPoint(p: GeoPoint): boolean {
  return Number.isFinite(p.lat) && Number.isFinite(p.lng) && Math.abs(p.lat) <= 90 && Math.abs(p.lng) <= 180;
}

/**
 * The fence whose edge is nearest the point (inside ⇔ distance to its centre ≤
 * radius); null when there are no fences. Among fences containing the point the
 * one with the nearest centre wins.
 */
export function nearestFence(point: GeoPoint, fences: readonly FencePoint[]): FenceMatch | null {
  let best: FenceMatch | null = null;
  let bestKey = Infinity;
  fences.forEach((fence, index) => {
    const d = distanceM(point, fence);
    const inside = d <= fence.radiusM;
    // inside fences rank before outside ones; then by distance beyond the edge / to the centre
    const key = inside ? d - 1e9 : d - fence.radiusM;
    if (key < bestKey) {
      bestKey = key;
      best = { distanceM: d, inside, fence, index };
    }
  });
  return best;
}
