import { describe, expect, it } from "vitest";
import { createTtlCache } from "./ttl-cache";

function manualClock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

describe("createTtlCache", () => {
  it("keeps a value for ttlMs, then loads it again", async () => {
    const clock = manualClock();
    const cache = createTtlCache<number>(1_000, clock.now);
    let loads = 0;
    const load = () => Promise.resolve(++loads);
    expect(await cache.get("a", load)).toBe(1);
    clock.advance(999);
    expect(await cache.get("a", load)).toBe(1);
    clock.advance(1);
    expect(await cache.get("a", load)).toBe(2);
    expect(await cache.get("a", load, { fresh: true })).toBe(3);
  });

  it("deletes expired entries of other keys when storing, so finished jobs' settings do not stay in memory", async () => {
    const clock = manualClock();
    const cache = createTtlCache<string>(1_000, clock.now);
    for (let i = 0; i < 100; i += 1) await cache.get(`job-${i}`, () => Promise.resolve("settings"));
    expect(cache.size()).toBe(100);
    clock.advance(1_000);
    await cache.get("job-new", () => Promise.resolve("settings"));
    expect(cache.size()).toBe(1);
  });

  it("forgets a rejected load at once", async () => {
    const clock = manualClock();
    const cache = createTtlCache<string>(1_000, clock.now);
    await expect(cache.get("a", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(cache.size()).toBe(0);
    expect(await cache.get("a", () => Promise.resolve("up"))).toBe("up");
  });
});
