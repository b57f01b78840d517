import { describe, expect, it } from "vitest";
import { formatHost, formatKey, formatLimits, formatPrice } from "./format";

describe("endpoint formatting", () => {
  it("shows the host with its port", () => {
    expect(formatHost("https://api.openai.com/v1")).toBe("api.openai.com");
    expect(formatHost("http://127.0.0.1:8000/v1")).toBe("127.0.0.1:8000");
  });

  it("formats prices in dollars, keeping sub-cent precision, and a dash when unknown", () => {
    expect(formatPrice(2.5)).toBe("$2.50");
    expect(formatPrice(0.075)).toBe("$0.075");
    expect(formatPrice(0)).toBe("$0.00");
    expect(formatPrice(null)).toBe("—");
  });

  it("masks the key and says when there is none", () => {
    expect(formatKey({ hasApiKey: true, apiKeyLast4: "…abcd" })).toBe("…abcd");
    expect(formatKey({ hasApiKey: true, apiKeyLast4: null })).toBe("key set");
    expect(formatKey({ hasApiKey: false, apiKeyLast4: null })).toBe("no key");
  });

  it("lists the limits, naming a missing rate limit", () => {
    expect(formatLimits({ maxConcurrency: 8, requestsPerMinute: null, timeoutMs: 60_000 })).toEqual([
      "8 concurrent",
      "no rate limit",
      "1 min timeout",
    ]);
    expect(formatLimits({ maxConcurrency: 1, requestsPerMinute: 500, timeoutMs: 30_000 })[1]).toBe("500 req/min");
  });
});
