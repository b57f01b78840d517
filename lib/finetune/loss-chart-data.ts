/** One point of the loss chart: a step's training and validation loss (null where the provider gave none: a gap). */
export type TLossPoint = { step: number; train: number | null; valid: number | null };

/**
 * The provider's metrics events → points by step, ascending; a step reported twice (a re-listed event) keeps the
 * latest values. Pure: the chart only draws what this returns.
 */
export function prepareLossChart(
  events: readonly { step: number | null; trainLoss: number | null; validLoss: number | null }[],
): TLossPoint[] {
  const byStep = new Map<number, TLossPoint>();
  for (const event of events) {
    if (event.step === null || (event.trainLoss === null && event.validLoss === null)) continue;
    byStep.set(event.step, { step: event.step, train: event.trainLoss, valid: event.validLoss });
  }
  return [...byStep.values()].sort((a, b) => a.step - b.step);
}
