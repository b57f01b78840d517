/**
 * A per-process cache of promises that expire after `ttlMs`; a rejected load is forgotten at once, so the next
 * caller tries again. The engine keeps job settings (30 s: they never change while a job runs) and statuses (1 s:
 * chunks stop soon after a cancel) in two of these.
 *
 * Expired entries are swept when a value is stored, at most once per `ttlMs`: a workers process runs for weeks and
 * sees thousands of jobs, whose settings (a decrypted API key among them) must not stay in memory for good. One
 * sweep per period keeps the cost amortised: a pass over the live entries, never more than a period's worth.
 */
export function createTtlCache<T>(ttlMs: number, clock: () => number = Date.now) {
  const entries = new Map<string, { expires: number; value: Promise<T> }>();
  let nextSweep = 0;
  function sweep(now: number) {
    if (now < nextSweep) return;
    nextSweep = now + ttlMs;
    for (const [key, entry] of entries) if (entry.expires <= now) entries.delete(key);
  }
  return {
    get(key: string, load: () => Promise<T>, options: { fresh?: boolean } = {}): Promise<T> {
      const now = clock();
      const cached = entries.get(key);
      if (!options.fresh && cached && cached.expires > now) return cached.value;
      sweep(now);
      const value = load();
      const entry = { expires: now + ttlMs, value };
      entries.set(key, entry);
      // Only this load's entry: a fresher one stored meanwhile under the key stays.
      value.catch(() => entries.get(key) === entry && entries.delete(key));
      return value;
    },
    /** Entries held, expired or not (what a sweep frees). */
    size: () => entries.size,
  };
}
