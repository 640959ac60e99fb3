/** z for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

export interface WilsonInterval {
  /** The observed share, successes / n (0 when n is 0). */
  p: number;
  low: number;
  high: number;
}

/**
 * Wilson score interval for a proportion: well-behaved for small samples and for shares near
 * 0 or 1, where the usual p ± z·√(p(1−p)/n) gives nonsense. n = 0 answers the whole [0, 1].
 */
export function wilsonInterval(successes: number, n: number, z = Z95): WilsonInterval {
  if (!Number.isInteger(n) || n < 0 || !Number.isInteger(successes) || successes < 0 || successes > n) {
    throw new RangeError(`bad sample ${successes}/${n}`);
  }
  if (n === 0) return { p: 0, low: 0, high: 1 };
  const p = successes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
