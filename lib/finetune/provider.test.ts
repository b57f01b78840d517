import { describe, expect, it } from "vitest";
import { encodeFormBodies, FIRST_POLL_MS, MAX_POLL_MS, nextPollDelay } from "./provider";

describe("nextPollDelay", () => {
  it("polls at the first interval while the provider answers", () => {
    expect(nextPollDelay(8_000, null)).toBe(FIRST_POLL_MS);
  });

  it("doubles while the provider is busy or unreachable, up to the maximum", () => {
    const failure = { retryable: true, message: "429", retryAfterMs: null };
    const delays: number[] = [];
    let delay = 0;
    for (let i = 0; i < 10; i++) delays.push((delay = nextPollDelay(delay, failure)));
    expect(delays.slice(0, 4)).toEqual([2_000, 4_000, 8_000, 16_000]);
    expect(Math.max(...delays)).toBe(MAX_POLL_MS);
  });

  it("waits what Retry-After asks, within the bounds", () => {
    expect(nextPollDelay(1_000, { retryable: true, message: "", retryAfterMs: 7_000 })).toBe(7_000);
    expect(nextPollDelay(1_000, { retryable: true, message: "", retryAfterMs: 10 * 60_000 })).toBe(MAX_POLL_MS);
  });
});

describe("encodeFormBodies", () => {
  it("sends a form as a multipart stream with its boundary, and other bodies untouched", async () => {
    const seen: { contentType: string | null; body: string }[] = [];
    const fetch = encodeFormBodies(async (_input, init) => {
      const request = new Request("http://x/", init);
      seen.push({ contentType: request.headers.get("content-type"), body: await request.text() });
      return new Response("{}");
    });
    const form = new FormData();
    form.set("purpose", "fine-tune");
    form.set("file", new File(['{"a":1}\n'], "train.jsonl"));
    await fetch("http://x/files", { method: "POST", body: form });
    await fetch("http://x/jobs", { method: "POST", body: '{"b":2}', headers: { "content-type": "application/json" } });
    const boundary = /boundary=(.+)$/.exec(seen[0]?.contentType ?? "")?.[1];
    expect(boundary).toBeDefined();
    expect(seen[0]?.body).toContain(`--${boundary}`);
    expect(seen[0]?.body).toContain('name="file"; filename="train.jsonl"');
    expect(seen[0]?.body).toContain('{"a":1}');
    expect(seen[1]).toEqual({ contentType: "application/json", body: '{"b":2}' });
  });
});
