import { describe, expect, it } from "vitest";
import type { TEndpointView } from "@/lib/endpoints/view";
import { createInitialState, errorFor, toFieldErrors, toRequestBody, withoutErrorsFor } from "./form-state";

const stored: TEndpointView = {
  id: "0197a000-0000-7000-8000-000000000000",
  name: "gpt-4o-mini",
  baseUrl: "https://api.openai.com/v1",
  model: "gpt-4o-mini",
  hasApiKey: true,
  apiKeyLast4: "…abcd",
  headerNames: ["OpenAI-Organization"],
  inputPricePerM: 0.15,
  outputPricePerM: 0.6,
  maxConcurrency: 16,
  requestsPerMinute: null,
  timeoutMs: 30_000,
  tags: ["commercial"],
  guidedChoiceField: "guided_choice",
  capabilities: null,
  usage: { runs: 0, judgings: 0 },
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
};

describe("toRequestBody for a new endpoint", () => {
  it("converts numbers and seconds, keeps empty optionals as null and includes a pending tag", () => {
    const state = {
      ...createInitialState(),
      name: "m",
      baseUrl: "http://x/v1",
      model: "llama",
      inputPricePerM: "0.2",
      timeoutSeconds: "1.5",
      tags: ["base"],
      tagDraft: "7B, base",
    };
    expect(toRequestBody(state, "create")).toEqual({
      name: "m",
      baseUrl: "http://x/v1",
      model: "llama",
      inputPricePerM: 0.2,
      outputPricePerM: null,
      maxConcurrency: 8,
      requestsPerMinute: null,
      timeoutMs: 1500,
      tags: ["base", "7b"],
    });
  });

  it("sends the key and non-empty header rows only when given, and unparseable numbers as typed", () => {
    const state = {
      ...createInitialState(),
      apiKey: "sk-1",
      maxConcurrency: "eight",
      headers: [
        { id: 1, name: "X-A", value: "1" },
        { id: 2, name: "", value: "" },
      ],
    };
    const body = toRequestBody(state, "create");
    expect(body).toMatchObject({ apiKey: "sk-1", headers: { "X-A": "1" }, maxConcurrency: "eight" });
    expect("apiKey" in toRequestBody(createInitialState(), "create")).toBe(false);
    expect("headers" in toRequestBody(createInitialState(), "create")).toBe(false);
  });
});

describe("toRequestBody for an edit", () => {
  it("starts from the stored values and keeps the secrets by omitting them", () => {
    const body = toRequestBody(createInitialState(stored), "edit");
    expect(body).toMatchObject({
      name: "gpt-4o-mini",
      maxConcurrency: 16,
      timeoutMs: 30_000,
      inputPricePerM: 0.15,
      tags: ["commercial"],
    });
    expect("apiKey" in body).toBe(false);
    expect("headers" in body).toBe(false);
  });

  it("replaces or removes the key and the headers when asked", () => {
    const initial = createInitialState(stored);
    expect(toRequestBody({ ...initial, apiKey: "sk-new" }, "edit").apiKey).toBe("sk-new");
    expect(toRequestBody({ ...initial, apiKey: "sk-new", removeApiKey: true }, "edit").apiKey).toBeNull();
    expect(toRequestBody({ ...initial, replaceHeaders: true, headers: [] }, "edit").headers).toBeNull();
    expect(
      toRequestBody({ ...initial, replaceHeaders: true, headers: [{ id: 0, name: "X-B", value: "2" }] }, "edit")
        .headers,
    ).toEqual({ "X-B": "2" });
  });
});

describe("field errors", () => {
  it("keys API details by path, keeps the first message and matches nested paths", () => {
    const errors = toFieldErrors([
      { path: "name", message: "Enter a name" },
      { path: "name", message: "second" },
      { path: "headers.Host", message: "Host is set by the HTTP client" },
      { path: "", message: "At most 32 extra headers" },
      "junk",
    ]);
    expect(errors).toEqual({
      name: "Enter a name",
      "headers.Host": "Host is set by the HTTP client",
      form: "At most 32 extra headers",
    });
    expect(errorFor(errors, "headers")).toMatch(/Host/);
    expect(errorFor(errors, "model")).toBeUndefined();
    expect(toFieldErrors(undefined)).toEqual({});
  });

  it("forgets the errors of edited fields, mapping form fields to API paths", () => {
    const errors = {
      name: "Enter a name",
      timeoutMs: "At least 1,000 ms",
      "tags.1": "Tags use letters",
      "headers.Host": "no",
      model: "Enter the model",
    };
    expect(withoutErrorsFor(errors, ["name", "timeoutSeconds", "tagDraft", "headers"])).toEqual({
      model: "Enter the model",
    });
  });
});
