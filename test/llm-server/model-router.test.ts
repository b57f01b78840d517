import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MEDICAL_ABSTRACTS_200 } from "./test-data";
import { createModelRouter, rateByHash } from "./model-router";
import { decideOracleAnswer, loadOracleDataset, type TOracleDataset } from "./oracle";
import { startLlmServer, type TLlmServer } from "./server";
import type { TChatRequest, TReply } from "./types";

const DATASET = MEDICAL_ABSTRACTS_200;

let dataset: TOracleDataset;
let server: TLlmServer;
let client: OpenAI;

beforeAll(async () => {
  dataset = await loadOracleDataset({ file: DATASET, inputCol: "text", labelCol: "label" });
  server = await startLlmServer({ handler: createModelRouter({ oracle: dataset }) });
  client = new OpenAI({ baseURL: server.url, apiKey: "sk-test", maxRetries: 0 });
});

afterAll(() => server.close());

function buildPrompt(text: string, examples: string[] = []): string {
  const shots = examples.map((example) => `Text: ${example}\nLabel: neoplasms\n\n`).join("");
  return `Labels: ${dataset.labels.join(", ")}\n\n${shots}Text: ${text}\nAnswer with the label only.`;
}

async function ask(model: string, content: string): Promise<string | null | undefined> {
  const completion = await client.chat.completions.create({ model, messages: [{ role: "user", content }] });
  return completion.choices[0]?.message.content;
}

function call(model: string, content: string, callsForKey = 0): TReply | Promise<TReply> {
  const req: TChatRequest = { model, messages: [{ role: "user", content }] };
  return createModelRouter()(req, { callIndex: 0, key: content, callsForKey });
}

describe("oracle models over HTTP", () => {
  it("answer what decideOracleAnswer decides, the same on every call, with k-shot examples ignored", async () => {
    const entries = [...dataset.table].slice(0, 12);
    const examples = [...dataset.table.keys()].slice(100, 102);
    for (const [text, label] of entries) {
      const expected = decideOracleAnswer(text, label, dataset.labels, 80);
      expect(await ask("oracle-80", buildPrompt(text, examples))).toBe(expected);
      expect(await ask("oracle-80", buildPrompt(text))).toBe(expected);
      expect(server.calls.countFor(text, "oracle-80")).toBe(2);
    }
    expect(server.calls.maxCountPerKey("oracle-80")).toBe(2);
  });

  it("oracle-100 is always right", async () => {
    for (const [text, label] of [...dataset.table].slice(20, 30))
      expect(await ask("oracle-100", buildPrompt(text))).toBe(label);
  });

  it("refuses a prompt that holds no dataset input, and unknown models, like OpenAI would", async () => {
    await expect(ask("oracle-80", "What is 2 + 2?")).rejects.toMatchObject({ status: 400, code: "oracle_no_match" });
    await expect(ask("gpt-nope", "hi")).rejects.toBeInstanceOf(OpenAI.NotFoundError);
  });

  it("wraps the oracle: flaky-429+oracle-80 fails some first attempts, and a retry can succeed", async () => {
    const outcomes = await Promise.all(
      [...dataset.table.keys()].slice(0, 40).map((text) =>
        ask("flaky-429+oracle-80", buildPrompt(text)).then(
          () => "ok",
          (e: unknown) => (e as { status?: number }).status,
        ),
      ),
    );
    const failures = outcomes.filter((outcome) => outcome === 429).length;
    expect(failures).toBeGreaterThan(0);
    expect(failures).toBeLessThan(20);
    expect(outcomes.every((outcome) => outcome === "ok" || outcome === 429)).toBe(true);
  });
});

describe("createModelRouter in-process", () => {
  it("echoes the first line and repeats constants", async () => {
    expect(await call("echo", "first line\nsecond line")).toEqual({ content: "first line" });
    expect(await call("constant:Label: neoplasms", "whatever")).toEqual({ content: "Label: neoplasms" });
  });

  it("judges with a fixed or a hash-derived rating", async () => {
    expect(await call("judge-7", "answer")).toEqual({ content: "The answer is fine.\nRating: [[7]]" });
    const ratings = ["a", "b", "c", "d", "e", "f", "g", "h"].map(rateByHash);
    expect(ratings.every((rating) => Number.isInteger(rating) && rating >= 1 && rating <= 10)).toBe(true);
    expect(new Set(ratings).size).toBeGreaterThan(1);
    expect(await call("judge-hash", "a")).toEqual({ content: `The answer is fine.\nRating: [[${ratings[0]}]]` });
  });

  it("fails, delays and flakes by name", async () => {
    expect(await call("fail-401", "x")).toMatchObject({ status: 401, body: { error: { code: "invalid_api_key" } } });
    expect(await call("fail-500", "x")).toMatchObject({ status: 500 });
    expect(await call("slow-250", "hi")).toEqual({ content: "hi", delayMs: 250 });
    expect(await call("hang", "x")).toEqual({ hang: true });
    expect(await call("oracle-80", "x")).toMatchObject({ status: 404 });
    const firstTries = await Promise.all(Array.from({ length: 200 }, (_, i) => call("flaky-429", `input ${i}`)));
    const limited = firstTries.filter((reply) => "status" in reply && reply.status === 429).length;
    expect(limited).toBeGreaterThan(20);
    expect(limited).toBeLessThan(60);
  });
});
