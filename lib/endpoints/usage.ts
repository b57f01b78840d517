export type TEndpointUsage = { runs: number; judgings: number; fineTunes?: number };

/** "2 runs and 1 judging" (and fine-tunes trained at it), or null when nothing uses the endpoint. Pure: the UI imports it too. */
export function describeUsage(usage: TEndpointUsage): string | null {
  const parts = [
    usage.runs > 0 ? `${usage.runs} run${usage.runs === 1 ? "" : "s"}` : null,
    usage.judgings > 0 ? `${usage.judgings} judging${usage.judgings === 1 ? "" : "s"}` : null,
    (usage.fineTunes ?? 0) > 0 ? `${usage.fineTunes} fine-tune${usage.fineTunes === 1 ? "" : "s"}` : null,
  ].filter((part) => part !== null);
  return parts.length > 0 ? parts.join(" and ") : null;
}
