/**
 * Fleiss' kappa for a fixed number of ratings per subject: `counts[i][j]` = how many raters put subject i in
 * category j (every row sums to the same n ≥ 2). (P̄ - P̄e) / (1 - P̄e); null when undefined (no subject, or every
 * rating in one category so P̄e = 1).
 */
export function fleissKappa(counts: readonly (readonly number[])[]): number | null {
  const subjects = counts.length;
  if (subjects === 0) return null;
  const raters = counts[0]!.reduce((sum, value) => sum + value, 0);
  if (raters < 2) throw new RangeError("Fleiss' kappa needs at least two ratings per subject");
  const categories = counts[0]!.length;
  const totals = new Array<number>(categories).fill(0);
  let agreement = 0;
  for (const row of counts) {
    if (row.length !== categories) throw new RangeError("every subject needs the same categories");
    const n = row.reduce((sum, value) => sum + value, 0);
    if (n !== raters) throw new RangeError("every subject needs the same number of ratings");
    let pairs = 0;
    row.forEach((value, j) => {
      totals[j] = (totals[j] as number) + value;
      pairs += value * (value - 1);
    });
    agreement += pairs / (raters * (raters - 1));
  }
  const observed = agreement / subjects;
  const expected = totals.reduce((sum, total) => sum + (total / (subjects * raters)) ** 2, 0);
  if (expected === 1) return null;
  return (observed - expected) / (1 - expected);
}
