import { formatPValue } from "@/components/ui/format";

/** "A vs B", the pair's first contestant first (its wins are the pair's wins). */
export function pairTitle(contestants: { label: string }[], pair: { first: number; second: number }): string {
  return `${contestants[pair.first]?.label ?? "?"} vs ${contestants[pair.second]?.label ?? "?"}`;
}

/** The sign test's verdict in words, as the other comparisons say it. */
export function describeSignTest(
  names: { first: string; second: string },
  result: { wins: number; losses: number; pValue: number; significant: boolean },
): string {
  if (result.wins + result.losses === 0) return "No decisive sample: nothing to test.";
  const p = formatPValue(result.pValue);
  if (!result.significant) return `Not significantly different (exact sign test, ${p}).`;
  const better = result.wins > result.losses ? names.first : names.second;
  return `${better} wins significantly more often (exact sign test, ${p}).`;
}

/**
 * A win rate's cell colour on a diverging scale: rose below ½, white at ½, indigo above (light tints, so dark text
 * stays readable on every cell).
 */
export function heatColour(rate: number | null): string {
  if (rate === null) return "rgb(248 250 252)";
  const strength = Math.min(1, Math.abs(rate - 0.5) * 2);
  const [r, g, b] = rate >= 0.5 ? [99, 102, 241] : [244, 63, 94];
  const mix = (channel: number) => Math.round(255 - (255 - channel) * strength * 0.45);
  return `rgb(${mix(r)} ${mix(g)} ${mix(b)})`;
}
