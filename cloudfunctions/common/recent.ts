/**
 * Answers kept for a short while, per function instance (a warm CloudBase instance serves the
 * calls that follow; a cold one simply has none) and per store they were read from (`owner`), so
 * two databases never share one. Timed by the caller's clock (`ctx.now`), so tests and the local
 * stack's pinned clock hold. Bounded: an owner's answers are cleared when `kept` are held.
 */
export function recent<V>(kept: number, ttlMs: number) {
  const byOwner = new WeakMap<object, Map<string, { at: number; value: V }>>();
  return {
    get(owner: object, key: string, now: Date): V | null {
      const hit = byOwner.get(owner)?.get(key);
      if (!hit) return null;
      const age = now.getTime() - hit.at;
      return age >= 0 && age < ttlMs ? hit.value : null;
    },
    set(owner: object, key: string, value: V, now: Date): void {
      let answers = byOwner.get(owner);
      if (!answers) byOwner.set(owner, (answers = new Map()));
      if (answers.size >= kept && !answers.has(key)) answers.clear();
      answers.set(key, { at: now.getTime(), value });
    },
  };
}
