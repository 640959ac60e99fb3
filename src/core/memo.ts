/**
 * A pure function's answers kept by key, for work the same few keys ask for again and again (days
 * of a month, a county's settings, a cadre's clock-in instants). Bounded: cleared when `kept`
 * answers are held. A thrown error is not kept.
 */
export function memo<K, V>(kept: number, compute: (key: K) => V): (key: K) => V {
  const answers = new Map<K, V>();
  return (key) => {
    if (answers.has(key)) return answers.get(key)!;
    const out = compute(key);
    if (answers.size >= kept) answers.clear();
    answers.set(key, out);
    return out;
  };
}
