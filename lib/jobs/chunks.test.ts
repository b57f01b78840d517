import { describe, expect, it } from "vitest";
import { chunkCount, chunkJobId, chunkRange, chunkSpan, generationOfChunkJobId } from "./chunks";

describe("job chunks", () => {
  it("uses 50-index chunks when the run covers every index", () => {
    const run = { total: 200, lastIndex: 199 };
    expect(chunkSpan(run)).toBe(50);
    expect(chunkCount(run)).toBe(4);
    expect(chunkRange(run, 3)).toEqual({ fromIndex: 150, toIndex: 199 });
  });

  it("widens chunks for a sparse split so each still holds about 50 samples", () => {
    const run = { total: 400, lastIndex: 1_999 }; // a 20% TEST split of 2,000 rows
    expect(chunkSpan(run)).toBe(250);
    expect(chunkCount(run)).toBe(8);
  });

  it("covers every index exactly once", () => {
    const run = { total: 37, lastIndex: 120 };
    const covered: number[] = [];
    for (let chunk = 0; chunk < chunkCount(run); chunk += 1) {
      const { fromIndex, toIndex } = chunkRange(run, chunk);
      for (let index = fromIndex; index <= toIndex; index += 1) covered.push(index);
    }
    expect(covered).toEqual(Array.from({ length: 121 }, (_, index) => index));
  });

  it("names jobs deterministically and without colons (BullMQ reserves them)", () => {
    const id = chunkJobId("run", "0190b6a2-0000-7000-8000-000000000000", 2, 7);
    expect(id).toBe("run-0190b6a2-0000-7000-8000-000000000000-g2-c7");
    expect(id).not.toContain(":");
    expect(chunkJobId("judging", "j", 0, 3)).toBe("judging-j-g0-c3");
  });
});

describe("generationOfChunkJobId", () => {
  it("reads the generation out of a chunk job id, and nothing out of anything else", () => {
    const id = "01a23b94-99ee-7609-ad19-bb1bb4d39bfe";
    expect(generationOfChunkJobId(chunkJobId("run", id, 12, 3))).toBe(12);
    expect(generationOfChunkJobId(chunkJobId("judging", id, 0, 0))).toBe(0);
    expect(generationOfChunkJobId("42")).toBeUndefined();
    expect(generationOfChunkJobId(undefined)).toBeUndefined();
  });
});
