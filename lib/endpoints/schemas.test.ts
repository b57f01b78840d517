import { describe, expect, it } from "vitest";
import { ZEndpointInput, ZEndpointPatch } from "./schemas";

const minimal = { name: "gpt-4o-mini", baseUrl: "https://api.openai.com/v1", model: "gpt-4o-mini" };

function issuesOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}

describe("ZEndpointInput", () => {
  it("applies the defaults and trims", () => {
    const parsed = ZEndpointInput.parse({ ...minimal, name: "  My model  " });
    expect(parsed).toMatchObject({ name: "My model", maxConcurrency: 8, timeoutMs: 60_000, tags: [] });
    expect(parsed.apiKey).toBeUndefined();
  });

  it.each([
    ["https://api.openai.com/v1/", "https://api.openai.com/v1"],
    ["http://127.0.0.1:8000/v1///", "http://127.0.0.1:8000/v1"],
    ["HTTP://LocalHost:11434/v1", "http://localhost:11434/v1"],
    ["https://example.com", "https://example.com"],
    ["  https://example.com/  ", "https://example.com"],
  ])("normalises the base URL %s to %s", (baseUrl, expected) => {
    expect(ZEndpointInput.parse({ ...minimal, baseUrl }).baseUrl).toBe(expected);
  });

  it.each([
    ["ftp://example.com/v1", /http:\/\/ or https:\/\//],
    ["api.openai.com/v1", /http:\/\/ or https:\/\//],
    ["", /base URL/],
    ["https://user:secret@example.com/v1", /not in the URL/],
    ["https://example.com/v1?api-version=1", /query string/],
  ])("rejects the base URL %s", (baseUrl, message) => {
    const result = ZEndpointInput.safeParse({ ...minimal, baseUrl });
    expect(issuesOf(result)).toEqual([{ path: "baseUrl", message: expect.stringMatching(message) }]);
  });

  it("normalises tags: trimmed, lower-case, deduplicated, empties dropped", () => {
    const parsed = ZEndpointInput.parse({ ...minimal, tags: [" Fine-Tuned", "fine-tuned", "7B", "", "commercial "] });
    expect(parsed.tags).toEqual(["fine-tuned", "7b", "commercial"]);
  });

  it("rejects tags with spaces or symbols", () => {
    expect(issuesOf(ZEndpointInput.safeParse({ ...minimal, tags: ["open weights"] }))[0]?.path).toBe("tags.0");
  });

  it("enforces the limits with messages that say what is allowed", () => {
    const result = ZEndpointInput.safeParse({
      ...minimal,
      maxConcurrency: 0,
      timeoutMs: 999,
      requestsPerMinute: 0.5,
      inputPricePerM: -1,
      name: "x".repeat(101),
    });
    const paths = Object.fromEntries(issuesOf(result).map((issue) => [issue.path, issue.message]));
    expect(paths).toMatchObject({
      maxConcurrency: "At least 1",
      timeoutMs: expect.stringMatching(/1,000 ms/),
      requestsPerMinute: "Enter a whole number",
      inputPricePerM: "Prices cannot be negative",
      name: "Use at most 100 characters",
    });
    expect(ZEndpointInput.safeParse({ ...minimal, maxConcurrency: 257 }).success).toBe(false);
    expect(ZEndpointInput.safeParse({ ...minimal, timeoutMs: 600_001 }).success).toBe(false);
    expect(ZEndpointInput.parse({ ...minimal, maxConcurrency: 256, timeoutMs: 600_000 }).maxConcurrency).toBe(256);
  });

  it("requires a model name but accepts any non-empty one", () => {
    expect(ZEndpointInput.parse({ ...minimal, model: "meta-llama/Llama-3.1-8B-Instruct:q4_K_M" }).model).toBe(
      "meta-llama/Llama-3.1-8B-Instruct:q4_K_M",
    );
    expect(issuesOf(ZEndpointInput.safeParse({ ...minimal, model: "  " }))[0]?.path).toBe("model");
  });

  it("rejects unknown keys, so a misspelt api_key is not silently dropped", () => {
    expect(ZEndpointInput.safeParse({ ...minimal, api_key: "sk-1234567890" }).success).toBe(false);
  });

  it("trims the API key and refuses keys with inner spaces or line breaks", () => {
    expect(ZEndpointInput.parse({ ...minimal, apiKey: " sk-abc\n" }).apiKey).toBe("sk-abc");
    expect(issuesOf(ZEndpointInput.safeParse({ ...minimal, apiKey: "sk abc" }))[0]?.path).toBe("apiKey");
  });
});

describe("headers", () => {
  it("accepts ordinary headers and trims names and values", () => {
    const parsed = ZEndpointInput.parse({
      ...minimal,
      headers: { " OpenAI-Organization ": " org-1 ", "X-Team": "evals" },
    });
    expect(parsed.headers).toEqual({ "OpenAI-Organization": "org-1", "X-Team": "evals" });
  });

  it.each([
    "Host",
    "content-length",
    "Connection",
    "Transfer-Encoding",
    "Keep-Alive",
    "Upgrade",
    "TE",
    "Proxy-Authorization",
  ])("rejects the client-owned header %s", (name) => {
    const issues = issuesOf(ZEndpointInput.safeParse({ ...minimal, headers: { [name]: "x" } }));
    expect(issues).toEqual([{ path: `headers.${name}`, message: expect.stringMatching(/cannot be overridden/) }]);
  });

  it("rejects invalid names, empty values, line breaks and case-insensitive duplicates", () => {
    const issues = issuesOf(
      ZEndpointInput.safeParse({
        ...minimal,
        headers: { "X Bad": "1", "X-Empty": "", "X-Inject": "a\r\nHost: evil", "X-Dup": "1", "x-dup": "2" },
      }),
    );
    expect(issues.map((issue) => issue.path)).toEqual([
      "headers.X Bad",
      "headers.X-Empty",
      "headers.X-Inject",
      "headers.x-dup",
    ]);
  });
});

describe("ZEndpointPatch", () => {
  it("keeps omitted fields absent, with no defaults", () => {
    expect(ZEndpointPatch.parse({ model: "llama3.1:8b" })).toEqual({ model: "llama3.1:8b" });
  });

  it("distinguishes keep (omitted), remove (null or empty) and replace for secrets", () => {
    expect("apiKey" in ZEndpointPatch.parse({})).toBe(false);
    expect(ZEndpointPatch.parse({ apiKey: null }).apiKey).toBeNull();
    expect(ZEndpointPatch.parse({ apiKey: "" }).apiKey).toBe("");
    expect(ZEndpointPatch.parse({ apiKey: "sk-new" }).apiKey).toBe("sk-new");
    expect(ZEndpointPatch.parse({ headers: null }).headers).toBeNull();
    expect(ZEndpointPatch.parse({ headers: {} }).headers).toEqual({});
  });

  it("clears optional numbers with null and still validates present values", () => {
    expect(ZEndpointPatch.parse({ inputPricePerM: null, requestsPerMinute: null })).toEqual({
      inputPricePerM: null,
      requestsPerMinute: null,
    });
    expect(ZEndpointPatch.safeParse({ maxConcurrency: null }).success).toBe(false);
    expect(ZEndpointPatch.safeParse({ baseUrl: "nope" }).success).toBe(false);
  });
});
