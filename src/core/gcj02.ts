/**
 * GPS (WGS-84) ↔ GCJ-02, the datum every map and WeChat location in China uses. A phone
 * browser's geolocation answers WGS-84; village fences are GCJ-02 (drawn on Chinese maps,
 * checked against WeChat's getLocation). Within mainland China the two differ by a few hundred
 * metres, enough to put a cadre standing in the village outside its fence. Outside China's box
 * the datums coincide.
 */
import type { GeoPoint } from './geo';

const A = 6378245.0; // Krasovsky 1940 semi-major axis
const EE = 0.006693421622965943; // its first eccentricity squared

/** True outside the rough box around mainland China, where no offset applies. */
export function outsideChina(p: GeoPoint): boolean {
  return p.lng < 72.004 || p.lng > 137.8347 || p.lat < 0.8293 || p.lat > 55.8271;
}

const wave = (t: number, a: number, b: number, c: number, d: number): number =>
  ((a * Math.sin(t * b * Math.PI) + c * Math.sin(t * d * Math.PI)) * 2) / 3;

function latShift(x: number, y: number): number {
  const base = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  return base + wave(x, 20, 6, 20, 2) + wave(y, 20, 1, 40, 1 / 3) + wave(y, 160, 1 / 12, 320, 1 / 30);
}

function lngShift(x: number, y: number): number {
  const base = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  return base + wave(x, 20, 6, 20, 2) + wave(x, 20, 1, 40, 1 / 3) + wave(x, 150, 1 / 12, 300, 1 / 30);
}

/** The GCJ-02 point of a WGS-84 point. */
export function wgs84ToGcj02(p: GeoPoint): GeoPoint {
  if (outsideChina(p)) return { lat: p.lat, lng: p.lng };
  const radLat = (p.lat / 180) * Math.PI;
  const magic = 1 - EE * Math.sin(radLat) ** 2;
  const sqrtMagic = Math.sqrt(magic);
  const dLat = (latShift(p.lng - 105, p.lat - 35) * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI);
  const dLng = (lngShift(p.lng - 105, p.lat - 35) * 180) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return { lat: p.lat + dLat, lng: p.lng + dLng };
}

/** The WGS-84 point whose GCJ-02 point is `p` (fixed-point iteration; centimetre-exact after a few rounds). */
export function gcj02ToWgs84(p: GeoPoint): GeoPoint {
  let w = { lat: p.lat, lng: p.lng };
  for (let i = 0; i < 10; i++) {
    const g = wgs84ToGcj02(w);
    w = { lat: w.lat - (g.lat - p.lat), lng: w.lng - (g.lng - p.lng) };
  }
  return w;
}
