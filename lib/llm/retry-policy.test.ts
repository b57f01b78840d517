import { describe, expect, it } from "vitest";
import { computeRetryDelayMs, parseRetryAfterMs, type TRetryPolicy } from "./retry-policy";

const now = Date.parse("2026-03-01T12:00:00Z");
const policy: TRetryPolicy = { maxAttempts: 6, baseDelayMs: 500, maxDelayMs: 60_000 };

describe("parseRetryAfterMs", () => {
  it("reads delta-seconds, including fractions", () => {
    expect(parseRetryAfterMs(new Headers({ "retry-after": "3" }), now)).toBe(3_000);
    expect(parseRetryAfterMs(new Headers({ "retry-after": "0.5" }), now)).toBe(500);
  });

  it("reads an HTTP date relative to now, and a past date as no wait", () => {
    const inTenSeconds = new Date(now + 10_000).toUTCString();
    expect(parseRetryAfterMs(new Headers({ "retry-after": inTenSeconds }), now)).toBe(10_000);
    const past = new Date(now - 5_000).toUTCString();
    expect(parseRetryAfterMs(new Headers({ "retry-after": past }), now)).toBe(0);
  });

  it("prefers retry-after-ms, which is more precise", () => {
    const headers = new Headers({ "retry-after": "2", "retry-after-ms": "1250" });
    expect(parseRetryAfterMs(headers, now)).toBe(1_250);
  });

  it("ignores missing or unreadable values", () => {
    expect(parseRetryAfterMs(undefined, now)).toBeNull();
    expect(parseRetryAfterMs(new Headers(), now)).toBeNull();
    expect(parseRetryAfterMs(new Headers({ "retry-after": "soon" }), now)).toBeNull();
    expect(parseRetryAfterMs(new Headers({ "retry-after": "-4" }), now)).toBeNull();
    expect(parseRetryAfterMs(new Headers({ "retry-after-ms": "abc", "retry-after": "1" }), now)).toBe(1_000);
  });
});

describe("computeRetryDelayMs", () => {
  it("doubles the backoff after each failure, between half and all of it", () => {
    const low = [1, 2, 3, 4].map((failed) => computeRetryDelayMs(failed, null, policy, () => 0));
    const high = [1, 2, 3, 4].map((failed) => computeRetryDelayMs(failed, null, policy, () => 0.999_999));
    expect(low).toEqual([250, 500, 1_000, 2_000]);
    high.forEach((delay, index) => {
      expect(delay).toBeGreaterThan(low[index] as number);
      expect(delay).toBeLessThanOrEqual(2 * (low[index] as number));
    });
  });

  it("never waits longer than the cap", () => {
    expect(computeRetryDelayMs(30, null, policy, () => 0.999_999)).toBeLessThanOrEqual(60_000);
    expect(computeRetryDelayMs(3, 600_000, policy, () => 0.5)).toBe(60_000);
  });

  it("honours Retry-After, adding at most 10% (and at most a second) of jitter", () => {
    expect(computeRetryDelayMs(1, 2_000, policy, () => 0)).toBe(2_000);
    expect(computeRetryDelayMs(1, 2_000, policy, () => 0.999_999)).toBeCloseTo(2_200, 0);
    expect(computeRetryDelayMs(1, 30_000, policy, () => 0.999_999)).toBeCloseTo(31_000, 0);
    // A Retry-After of 0 means "now": no backoff of our own on top.
    expect(computeRetryDelayMs(4, 0, policy, () => 0.7)).toBe(0);
  });
});
