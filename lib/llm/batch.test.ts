import { describe, expect, it } from "vitest";
import { createBatcher } from "./batch";

describe("createBatcher", () => {
  it("runs calls of one turn as one batch and gives each caller its own result", async () => {
    const batches: number[][] = [];
    const double = createBatcher(async (items: number[]) => {
      batches.push(items);
      return items.map((item) => item * 2);
    });
    expect(await Promise.all([double(1), double(2), double(3)])).toEqual([2, 4, 6]);
    expect(await double(4)).toBe(8);
    expect(batches).toEqual([[1, 2, 3], [4]]);
  });

  it("splits a large turn into batches of at most maxBatch", async () => {
    const sizes: number[] = [];
    const echo = createBatcher(async (items: number[]) => {
      sizes.push(items.length);
      return items;
    }, 2);
    expect(await Promise.all([1, 2, 3, 4, 5].map(echo))).toEqual([1, 2, 3, 4, 5]);
    expect(sizes).toEqual([2, 2, 1]);
  });

  it("rejects every caller of a failed batch, and only them", async () => {
    let fail = true;
    const flaky = createBatcher(async (items: string[]) => {
      if (fail) throw new Error("db down");
      return items;
    });
    const first = await Promise.allSettled([flaky("a"), flaky("b")]);
    expect(first.map((result) => result.status)).toEqual(["rejected", "rejected"]);
    fail = false;
    expect(await flaky("c")).toBe("c");
  });
});
