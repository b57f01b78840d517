export type TMcNemarResult = {
  /** Pairs only run A got right. */
  b: number;
  /** Pairs only run B got right. */
  c: number;
  /** Discordant pairs b + c. */
  discordant: number;
  /** Two-sided exact (conditional binomial) p-value: min(1, 2 P(X <= min(b, c))), X ~ Bin(b + c, 1/2). */
  pValue: number;
  /** Mid-p variant: the exact p-value minus P(X = min(b, c)); less conservative (Fagerland et al. 2013). */
  midPValue: number;
};

/** Lower binomial(n, 1/2) tail P(X <= k) and P(X = k), summed in log space so n in the millions does not underflow. */
function halfBinomialLowerTail(n: number, k: number): { cumulative: number; atK: number } {
  let logPmf = -n * Math.LN2;
  const logTerms = [logPmf];
  for (let i = 0; i < k; i++) {
    logPmf += Math.log((n - i) / (i + 1));
    logTerms.push(logPmf);
  }
  const largest = logPmf;
  let scaled = 0;
  for (const term of logTerms) scaled += Math.exp(term - largest);
  return { cumulative: Math.exp(largest) * scaled, atK: Math.exp(logPmf) };
}

/**
 * Exact McNemar test on the correctness of two runs over the same samples. Only discordant pairs carry information;
 * with none (b = c = 0) there is no evidence of a difference and both p-values are 1.
 */
export function mcnemarExact(b: number, c: number): TMcNemarResult {
  if (!Number.isInteger(b) || !Number.isInteger(c) || b < 0 || c < 0) {
    throw new RangeError(`McNemar needs non-negative integer counts, got b=${b} c=${c}`);
  }
  const n = b + c;
  if (n === 0) return { b, c, discordant: 0, pValue: 1, midPValue: 1 };
  const { cumulative, atK } = halfBinomialLowerTail(n, Math.min(b, c));
  return {
    b,
    c,
    discordant: n,
    pValue: Math.min(1, 2 * cumulative),
    midPValue: Math.min(1, 2 * cumulative - atK),
  };
}

/** Counts the discordant pairs from per-sample correctness of run A and run B (same samples, same order). */
export function countDiscordantPairs(pairs: readonly { a: boolean; b: boolean }[]): { b: number; c: number } {
  let onlyA = 0;
  let onlyB = 0;
  for (const pair of pairs) {
    if (pair.a && !pair.b) onlyA++;
    if (pair.b && !pair.a) onlyB++;
  }
  return { b: onlyA, c: onlyB };
}
