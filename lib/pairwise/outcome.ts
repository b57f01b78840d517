import type { TShownVerdict } from "./parse-verdict";

/**
 * A pair's outcome from its first contestant's side: "first" (contestant pairs[p][0]) won, "second" won, "tie", or
 * "failed" (a call errored or a reply had no verdict: counted apart, never a silent tie).
 */
export type TPairOutcome = "first" | "second" | "tie" | "failed";

/**
 * What a shown verdict means for the pair: unswapped, Assistant A is the pair's first contestant; swapped, it is the
 * second. null (no verdict) is a failure.
 */
export function outcomeOfShownVerdict(verdict: TShownVerdict | null, swapped: boolean): TPairOutcome {
  if (verdict === null) return "failed";
  if (verdict === "C") return "tie";
  return (verdict === "A") !== swapped ? "first" : "second";
}

/**
 * One judge's verdict on one sample from both orders (MT-Bench's conservative rule): the same outcome in both is
 * that outcome; any disagreement (a flip, or a win in one order and a tie in the other) is inconsistent and counts
 * as a tie. Either order failed: the sample is a failure for this judge.
 */
export function combineOrders(
  firstShownFirst: TPairOutcome,
  secondShownFirst: TPairOutcome,
): { outcome: TPairOutcome; consistent: boolean | null } {
  if (firstShownFirst === "failed" || secondShownFirst === "failed") return { outcome: "failed", consistent: null };
  if (firstShownFirst === secondShownFirst) return { outcome: firstShownFirst, consistent: true };
  return { outcome: "tie", consistent: false };
}

/**
 * The jury's verdict on one sample: the outcome more than half of the judges with a verdict gave; no majority (two
 * judges who disagree, say) is a tie; no judge with a verdict is a failure.
 */
export function juryMajority(outcomes: readonly TPairOutcome[]): TPairOutcome {
  const valid = outcomes.filter((outcome) => outcome !== "failed");
  if (valid.length === 0) return "failed";
  for (const candidate of ["first", "second", "tie"] as const) {
    if (valid.filter((outcome) => outcome === candidate).length * 2 > valid.length) return candidate;
  }
  return "tie";
}
