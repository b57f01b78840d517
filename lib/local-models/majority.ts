import { countTokens } from "./tokenize";

/** The most frequent label; ties go to the alphabetically first, so the answer does not depend on row order. */
export function findMajorityLabel(labels: readonly string[]): string {
  let best: { label: string; count: number } | null = null;
  for (const [label, count] of countTokens(labels)) {
    if (best === null || count > best.count || (count === best.count && label < best.label)) best = { label, count };
  }
  if (best === null) throw new Error("the majority baseline needs at least one training label");
  return best.label;
}
