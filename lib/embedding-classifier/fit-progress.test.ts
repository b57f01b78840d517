import { describe, expect, it } from "vitest";
import { ClassifierFitCancelled, createFitReporter, type TFitProgress } from "./fit-progress";
import { trainClassifier } from "./model";

const noYield = () => Promise.resolve();

/** A reporter on a clock the test moves, recording what it writes. */
function recorded(options: { intervalMs?: number; stopAfter?: number } = {}) {
  let clock = 0;
  const writes: TFitProgress[] = [];
  const reporter = createFitReporter(
    async (progress) => {
      writes.push(progress);
      return options.stopAfter === undefined || writes.length < options.stopAfter;
    },
    { intervalMs: options.intervalMs ?? 100, now: () => clock, yieldToLoop: noYield },
  );
  return { reporter, writes, advance: (ms: number) => (clock += ms) };
}

// Two well-separated classes in two dimensions: a fit that converges fast.
const VECTORS = Array.from({ length: 20 }, (_, i) => [i % 2 === 0 ? 1 + i / 40 : -1 - i / 40, (i % 5) / 10]);
const LABELS = VECTORS.map((_, i) => (i % 2 === 0 ? "a" : "b"));

describe("createFitReporter", () => {
  it("writes the first and last step of each stage, and the steps between at most once per interval", async () => {
    const { reporter, writes, advance } = recorded({ intervalMs: 100 });
    await reporter.step({ stage: "EMBEDDING", done: 0, total: 4 });
    advance(40);
    await reporter.step({ stage: "EMBEDDING", done: 1, total: 4 });
    advance(70);
    await reporter.step({ stage: "EMBEDDING", done: 2, total: 4 });
    advance(10);
    await reporter.step({ stage: "EMBEDDING", done: 3, total: 4 });
    await reporter.step({ stage: "EMBEDDING", done: 4, total: 4 });
    await reporter.step({ stage: "CROSS_VALIDATION", done: 0, total: 10 });
    await reporter.step({ stage: "CROSS_VALIDATION", done: 1, total: 10 });
    expect(writes).toEqual([
      { stage: "EMBEDDING", done: 0, total: 4 },
      { stage: "EMBEDDING", done: 2, total: 4 },
      { stage: "EMBEDDING", done: 4, total: 4 },
      { stage: "CROSS_VALIDATION", done: 0, total: 10 },
    ]);
  });

  it("never overlaps two writes and keeps them in step order, even when steps come from concurrent workers", async () => {
    const writes: number[] = [];
    let inFlight = 0;
    let most = 0;
    const releases: (() => void)[] = [];
    const reporter = createFitReporter(
      async (progress) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise<void>((resolve) => releases.push(resolve));
        writes.push(progress.done);
        inFlight -= 1;
        return true;
      },
      { intervalMs: 0, now: () => 0, yieldToLoop: noYield },
    );
    const steps = [1, 2, 3].map((done) => reporter.step({ stage: "EMBEDDING", done, total: 3 }));
    // Release the writes one at a time as they are started; a second write started early would show as inFlight 2.
    for (let released = 0; released < 3; released++) {
      await expect.poll(() => releases.length).toBe(released + 1);
      releases[released]!();
    }
    await Promise.all(steps);
    expect(writes).toEqual([1, 2, 3]);
    expect(most).toBe(1);
  });

  it("throws ClassifierFitCancelled at the step whose write finds the run stopped, then at every step without writing", async () => {
    const { reporter, writes } = recorded({ intervalMs: 0, stopAfter: 2 });
    await reporter.step({ stage: "EMBEDDING", done: 0, total: 3 });
    expect(reporter.signal.aborted).toBe(false);
    await expect(reporter.step({ stage: "EMBEDDING", done: 1, total: 3 })).rejects.toBeInstanceOf(
      ClassifierFitCancelled,
    );
    expect(reporter.signal.aborted).toBe(true);
    await expect(reporter.step({ stage: "EMBEDDING", done: 2, total: 3 })).rejects.toBeInstanceOf(
      ClassifierFitCancelled,
    );
    expect(writes).toHaveLength(2);
  });

  it("yields to the event loop at every step, written or not", async () => {
    let yields = 0;
    const reporter = createFitReporter(async () => true, {
      intervalMs: 1_000,
      now: () => 0,
      yieldToLoop: async () => void (yields += 1),
    });
    for (let done = 0; done < 5; done++) await reporter.step({ stage: "CROSS_VALIDATION", done, total: 9 });
    expect(yields).toBe(5);
  });
});

describe("trainClassifier's steps", () => {
  it("reports every cross-validation fit in order, then the final fit before and after", async () => {
    const steps: TFitProgress[] = [];
    await trainClassifier(VECTORS, LABELS, {
      folds: 2,
      candidates: [1, 0.1, 0.01],
      step: async (progress) => void steps.push(progress),
    });
    expect(steps).toEqual([
      ...[0, 1, 2, 3, 4, 5, 6].map((done) => ({ stage: "CROSS_VALIDATION", done, total: 6 })),
      { stage: "FINAL_FIT", done: 0, total: 1 },
      { stage: "FINAL_FIT", done: 1, total: 1 },
    ]);
  });

  it("stops between fits when the run is cancelled: no fit runs after the step that found it", async () => {
    const { reporter, writes } = recorded({ intervalMs: 0, stopAfter: 3 });
    const seen: TFitProgress[] = [];
    const training = trainClassifier(VECTORS, LABELS, {
      folds: 2,
      candidates: [1, 0.1, 0.01],
      step: async (progress) => {
        seen.push(progress);
        await reporter.step(progress);
      },
    });
    await expect(training).rejects.toBeInstanceOf(ClassifierFitCancelled);
    // The third write (after the second fit) found the run stopped: nothing after it, no final fit.
    expect(seen.map((progress) => progress.done)).toEqual([0, 1, 2]);
    expect(writes).toHaveLength(3);
  });

  it("lets other callbacks of the event loop run between fits, with the reporter's own yield", async () => {
    let served = false;
    // Queued before the fit starts: a fit that never yields would finish before it runs.
    setImmediate(() => (served = true));
    const servedAtSteps: boolean[] = [];
    const reporter = createFitReporter(async () => true, { intervalMs: 0 });
    await trainClassifier(VECTORS, LABELS, {
      folds: 2,
      candidates: [1, 0.1, 0.01],
      step: async (progress) => {
        servedAtSteps.push(served);
        await reporter.step(progress);
      },
    });
    expect(servedAtSteps[0]).toBe(false);
    expect(servedAtSteps.at(-1)).toBe(true);
  });
});
