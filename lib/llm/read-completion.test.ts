import { describe, expect, it } from "vitest";
import { readCompletion } from "./read-completion";
import type { TLlmEndpoint } from "./types";

const endpoint: TLlmEndpoint = {
  id: "ep-1",
  baseUrl: "http://127.0.0.1:8000/v1",
  model: "local",
  apiKey: null,
  headers: null,
  timeoutMs: 1_000,
  maxConcurrency: 1,
  requestsPerMinute: null,
  inputPricePerM: null,
  outputPricePerM: null,
};

function choice(message: Record<string, unknown>, finishReason = "stop") {
  return { index: 0, message: { role: "assistant", ...message }, finish_reason: finishReason };
}

describe("readCompletion", () => {
  it("reads the first choice's content and the token usage", () => {
    const body = { choices: [choice({ content: "positive" })], usage: { prompt_tokens: 12, completion_tokens: 1 } };
    expect(readCompletion(body, endpoint)).toEqual({
      ok: true,
      content: "positive",
      promptTokens: 12,
      completionTokens: 1,
    });
  });

  it("reports unknown usage as null, not 0", () => {
    const result = readCompletion({ choices: [choice({ content: "x" })] }, endpoint);
    expect(result).toMatchObject({ ok: true, promptTokens: null, completionTokens: null });
  });

  it.each([
    ["a bare string", "<html>Bad gateway</html>"],
    ["nothing", undefined],
    ["an object without choices", { id: "x" }],
    ["a choice without a message", { choices: [{ index: 0, text: "hi" }] }],
  ])("calls %s malformed", (_, body) => {
    expect(readCompletion(body, endpoint)).toMatchObject({ ok: false, error: { kind: "malformed" }, retryable: false });
  });

  it("surfaces an error object sent with status 200", () => {
    const result = readCompletion({ error: { message: "upstream overloaded" } }, endpoint);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain("upstream overloaded");
  });

  it("calls no choices or no content empty, with the finish reason", () => {
    expect(readCompletion({ choices: [] }, endpoint)).toMatchObject({ ok: false, error: { kind: "empty" } });
    const truncated = readCompletion({ choices: [choice({ content: "" }, "length")] }, endpoint);
    expect(truncated).toMatchObject({ ok: false, error: { kind: "empty", permanent: false } });
    if (!truncated.ok) expect(truncated.error.message).toContain("finish_reason: length");
    const refused = readCompletion({ choices: [choice({ content: null, refusal: "I can't help." })] }, endpoint);
    if (!refused.ok) expect(refused.error.message).toContain("I can't help.");
    expect(refused.ok).toBe(false);
  });
});
