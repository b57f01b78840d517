type TWeight = (a: number, b: number) => number;

/** 1 - Σ w·observed / Σ w·expected over the categories seen in either rater; null when undefined (no disagreement possible). */
function computeWeightedKappa(a: readonly number[], b: readonly number[], weight: TWeight): number | null {
  if (a.length !== b.length) throw new RangeError("kappa needs paired ratings of equal length");
  const n = a.length;
  if (n === 0) return null;
  const categories = [...new Set([...a, ...b])].sort((x, y) => x - y);
  const position = new Map(categories.map((category, i) => [category, i]));
  const k = categories.length;
  const observed = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const rowTotals = new Array<number>(k).fill(0);
  const columnTotals = new Array<number>(k).fill(0);
  a.forEach((rating, i) => {
    const r = position.get(rating) as number;
    const c = position.get(b[i] as number) as number;
    (observed[r] as number[])[c] = ((observed[r] as number[])[c] as number) + 1;
    rowTotals[r] = (rowTotals[r] as number) + 1;
    columnTotals[c] = (columnTotals[c] as number) + 1;
  });
  let observedDisagreement = 0;
  let expectedDisagreement = 0;
  for (let r = 0; r < k; r++) {
    for (let c = 0; c < k; c++) {
      const w = weight(categories[r] as number, categories[c] as number);
      observedDisagreement += w * ((observed[r] as number[])[c] as number);
      expectedDisagreement += (w * (rowTotals[r] as number) * (columnTotals[c] as number)) / n;
    }
  }
  if (expectedDisagreement === 0) return null;
  return 1 - observedDisagreement / expectedDisagreement;
}

/**
 * Cohen's kappa (unweighted): (p_o - p_e) / (1 - p_e). Null when p_e = 1 (both raters always gave the same single
 * category: agreement is perfect but kappa is undefined).
 */
export function cohenKappa(a: readonly number[], b: readonly number[]): number | null {
  return computeWeightedKappa(a, b, (x, y) => (x === y ? 0 : 1));
}

/**
 * Quadratic-weighted kappa with weights (x - y)² on the rating values themselves, so a scale value nobody used still
 * counts as distance (same as sklearn's `cohen_kappa_score(weights="quadratic", labels=<the full integer scale>)`).
 */
export function quadraticWeightedKappa(a: readonly number[], b: readonly number[]): number | null {
  return computeWeightedKappa(a, b, (x, y) => (x - y) ** 2);
}
