import fc from 'fast-check';
import { distanceM, isValidPoint, nearestFence } from '../../src/core/geo';

describe('geo', () => {
  it('one degree of latitude is about 111.2 km', () => {
    expect(distanceM({ lat: 30, lng: 114 }, { lat: 31, lng: 114 })).toBeCloseTo(111195, -1);
  });

  it('village scale: 0.001° of longitude at 30°N ≈ 96 m', () => {
    expect(distanceM({ lat: 30, lng: 114 }, { lat: 30, lng: 114.001 })).toBeCloseTo(96.3, 0);
  });

  it('nearestFence: inside, outside, empty', () => {
    const fences = [
      { lat: 30, lng: 114, radiusM: 200 },
      { lat: 30.01, lng: 114, radiusM: 300 },
    ];
    expect(nearestFence({ lat: 30.0005, lng: 114 }, fences)).toMatchObject({ inside: true, index: 0 });
    const out = nearestFence({ lat: 30.0135, lng: 114 }, fences)!;
    expect(out.index).toBe(1);
    expect(out.inside).toBe(false);
    expect(out.distanceM).toBeCloseTo(389, -1);
    expect(nearestFence({ lat: 30, lng: 114 }, [])).toBeNull();
  });

  it('a big fence containing the point wins over a nearer small one that does not', () => {
    const fences = [
      { lat: 30.0021, lng: 114, radiusM: 50 },
      { lat: 30, lng: 114, radiusM: 500 },
    ];
    expect(nearestFence({ lat: 30.0015, lng: 114 }, fences)).toMatchObject({ index: 1, inside: true });
  });

  it('validates points', () => {
    expect(isValidPoint({ lat: 91, lng: 0 })).toBe(false);
    expect(isValidPoint({ lat: NaN, lng: 0 })).toBe(false);
    expect(isValidPoint({ lat: 30, lng: 114 })).toBe(true);
  });

  it('property: symmetric, non-negative, zero to itself', () => {
    const pt = fc.record({ lat: fc.double({ min: 18, max: 54, noNaN: true }), lng: fc.double({ min: 73, max: 135, noNaN: true }) });
    fc.assert(
      fc.property(pt, pt, (a, b) => {
        expect(distanceM(a, b)).toBeCloseTo(distanceM(b, a), 6);
        expect(distanceM(a, b)).toBeGreaterThanOrEqual(0);
        expect(distanceM(a, a)).toBe(0);
      }),
    );
  });
});
