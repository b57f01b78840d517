export type TTokenUsage = { promptTokens: number | null; completionTokens: number | null };
/** USD per million tokens; null when the endpoint has no price configured. */
export type TPrices = { inputPerMillion: number | null; outputPerMillion: number | null };
export type TCost = { input: number | null; output: number | null; total: number | null };

function multiply(tokens: number | null, perMillion: number | null): number | null {
  if (tokens === null || perMillion === null) return null;
  return (tokens * perMillion) / 1_000_000;
}

/**
 * Cost = tokens x price per million, input and output separately. Works for one call or for a run's token totals.
 * An unknown price or token count gives null (unknown), never 0; the total is null if either part is unknown.
 */
export function computeCost(usage: TTokenUsage, prices: TPrices): TCost {
  const input = multiply(usage.promptTokens, prices.inputPerMillion);
  const output = multiply(usage.completionTokens, prices.outputPerMillion);
  return { input, output, total: input === null || output === null ? null : input + output };
}
