import { independentDiscordance, mcnemarDetectableDifference, mcnemarSampleSize } from "@/lib/metrics/power";

export type TAccuracyPlan = {
  samples: number;
  accuracy: number;
  /** The discordance assumed: two runs near `accuracy` with independent errors, 2p(1 − p). */
  discordance: number;
  /** Smallest accuracy gap (a proportion) a McNemar test on `samples` pairs detects; null when none is. */
  detectable: number | null;
  target: number;
  /** Samples (rounded up) needed to detect `target`; null when `target` exceeds what the discordance allows. */
  needed: number | null;
};

/**
 * Power before a run exists, for comparing it with another run of about `accuracy` on the same samples (80% power,
 * two-sided α = 0.05, McNemar; lib/metrics/power.ts). No pair has been seen yet, so the discordance is the
 * independent-errors guess; the leaderboard later sizes each comparison from the discordance it observed.
 */
export function planAccuracyComparison(input: { samples: number; accuracy: number; target: number }): TAccuracyPlan {
  const discordance = independentDiscordance(input.accuracy);
  const needed = mcnemarSampleSize(input.target, discordance);
  return {
    ...input,
    discordance,
    detectable: mcnemarDetectableDifference(input.samples, discordance),
    needed: needed === null ? null : Math.ceil(needed),
  };
}
