/**
 * Watches the test model from the server side: requests in flight, their peak, and the slot-time the model spent
 * answering. On a shared machine the server's own timers fire late, so "busy" (Σ answer time / (concurrency × run
 * time)) says how well the engine kept the endpoint's slots filled whatever the model's real latency was.
 */
export function createModelMeter() {
  let inFlight = 0;
  let peak = 0;
  let busyMs = 0;
  let first: number | null = null;
  let last = 0;
  return {
    async measure<T>(answer: () => Promise<T>): Promise<T> {
      const started = performance.now();
      first ??= started;
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      try {
        return await answer();
      } finally {
        inFlight -= 1;
        const ended = performance.now();
        busyMs += ended - started;
        last = Math.max(last, ended);
      }
    },
    /** Figures relative to a run that started at `startedAt` and ended at `endedAt` (performance.now() times). */
    summarise(startedAt: number, endedAt: number, concurrency: number) {
      return {
        peak,
        busyShare: busyMs / (concurrency * (endedAt - startedAt)),
        firstRequestMs: first === null ? null : first - startedAt,
        afterLastAnswerMs: endedAt - last,
      };
    },
  };
}
