import type { TLimiter } from "./types";

/** Grants every request at once: for one-off calls (scripts, the CLI) where no shared limit applies. */
export const unlimitedLimiter: TLimiter = {
  acquire(limits, signal) {
    if (signal?.aborted) return Promise.reject(signal.reason);
    const now = Date.now();
    return Promise.resolve({ id: "unlimited", limits, grantedAt: now, grantedAtUs: now * 1000 });
  },
  release: () => Promise.resolve(),
};
