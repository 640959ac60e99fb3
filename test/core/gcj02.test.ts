import fc from 'fast-check';
import { distanceM } from '../../src/core/geo';
import { gcj02ToWgs84, outsideChina, wgs84ToGcj02 } from '../../src/core/gcj02';

describe('WGS-84 ↔ GCJ-02', () => {
  it('Tiananmen: the published GPS point moves about 500 m north-east on Chinese maps', () => {
    const g = wgs84ToGcj02({ lat: 39.90734, lng: 116.39089 });
    expect(g.lat).toBeCloseTo(39.90874, 4);
    expect(g.lng).toBeCloseTo(116.39713, 4);
  });

  it('inside China the shift stays under 1 km (a few hundred metres where the demo villages are); outside, none', () => {
    fc.assert(
      fc.property(fc.double({ min: 18, max: 53, noNaN: true }), fc.double({ min: 74, max: 134, noNaN: true }), (lat, lng) => {
        return distanceM({ lat, lng }, wgs84ToGcj02({ lat, lng })) < 1000;
      }),
    );
    const hunan = { lat: 28.19, lng: 113.62 };
    expect(distanceM(hunan, wgs84ToGcj02(hunan))).toBeGreaterThan(200);
    expect(outsideChina({ lat: 48.85, lng: 2.35 })).toBe(true);
    expect(wgs84ToGcj02({ lat: 48.85, lng: 2.35 })).toEqual({ lat: 48.85, lng: 2.35 });
  });

  it('the inverse finds the GPS point back to a centimetre', () => {
    fc.assert(
      fc.property(fc.double({ min: 18, max: 53, noNaN: true }), fc.double({ min: 74, max: 134, noNaN: true }), (lat, lng) => {
        const back = wgs84ToGcj02(gcj02ToWgs84({ lat, lng }));
        return distanceM(back, { lat, lng }) < 0.01;
      }),
    );
  });
});
