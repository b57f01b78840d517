/**
 * A per-process cache of promises that expire after `ttlMs`; a rejected load is forgotten at once, so the next
 * caller tries again. The engine keeps job settings (30 s: they never change while a job runs) and statuses (1 s:
 * chunks stop soon after a cancel) in two of these.
 */
export function createTtlCache<T>(ttlMs: number) {
  const entries = new Map<string, { expires: number; value: Promise<T> }>();
  return {
    get(key: string, load: () => Promise<T>, options: { fresh?: boolean } = {}): Promise<T> {
      const now = Date.now();
      const cached = entries.get(key);
      if (!options.fresh && cached && cached.expires > now) return cached.value;
      const value = load();
      entries.set(key, { expires: now + ttlMs, value });
      value.catch(() => entries.delete(key));
      return value;
    },
  };
}
