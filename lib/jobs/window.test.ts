import { describe, expect, it } from "vitest";
import { handedOutChunks, refillWindow, WINDOW_PER_CONCURRENCY, windowSize } from "./window";

describe("a job's window of queued chunks", () => {
  it("is a few times one process's chunk concurrency", () => {
    expect(windowSize({ chunkConcurrency: 3 })).toBe(3 * WINDOW_PER_CONCURRENCY);
    expect(windowSize({})).toBe(windowSize({ chunkConcurrency: 16 }));
  });

  it("judges only the chunks below its cursor as handed out", () => {
    expect(handedOutChunks([2, 5, 9, 12], 10, 4)).toEqual({ handedOut: [2, 5, 9], cursor: 10 });
  });

  it("opens again over the first chunks with missing rows when its cursor is gone", () => {
    expect(handedOutChunks([3, 4, 8, 20, 21], null, 3)).toEqual({ handedOut: [3, 4, 8], cursor: 9 });
    expect(handedOutChunks([7], null, 3)).toEqual({ handedOut: [7], cursor: 8 });
  });

  it("is refilled beyond its cursor only once fewer than half its chunks are queued", () => {
    const missing = [0, 1, 6, 7, 9, 10, 11];
    expect(refillWindow(missing, 7, 2, 4)).toEqual({ add: [], cursor: 7 });
    expect(refillWindow(missing, 7, 1, 4)).toEqual({ add: [7, 9, 10], cursor: 11 });
    expect(refillWindow(missing, 12, 0, 4)).toEqual({ add: [], cursor: 12 });
  });
});
