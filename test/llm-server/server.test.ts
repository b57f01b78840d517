import OpenAI from "openai";
import { afterEach, describe, expect, it } from "vitest";
import { fixed, sequence } from "./behaviours";
import { rateLimited } from "./replies";
import { startLlmServer, type TLlmServer, type TLlmServerOptions } from "./server";
import type { TReply } from "./types";

const started: TLlmServer[] = [];

afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.close()));
});

async function start(options: TLlmServerOptions = {}): Promise<TLlmServer> {
  const server = await startLlmServer(options);
  started.push(server);
  return server;
}

function connect(server: TLlmServer, options: { apiKey?: string; timeout?: number; maxRetries?: number } = {}) {
  return new OpenAI({
    baseURL: server.url,
    apiKey: options.apiKey ?? "sk-test",
    maxRetries: options.maxRetries ?? 0,
    timeout: options.timeout ?? 5_000,
  });
}

const SYSTEM = "You classify medical abstracts into one label."; // 46 chars
const USER = "Text: Secondary femoral-distal bypass.\nAnswer with the label only."; // 66 chars

describe("startLlmServer", () => {
  it("answers a chat completion with OpenAI's shape and usage of about 4 chars per token", async () => {
    const server = await start({ handler: fixed("cardiovascular diseases") });
    const completion = await connect(server).chat.completions.create({
      model: "any-model",
      messages: [
        { role: "system", content: SYSTEM },
        { role: "user", content: USER },
      ],
    });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    expect(completion.object).toBe("chat.completion");
    expect(completion.id).toMatch(/^chatcmpl-/);
    expect(completion.model).toBe("any-model");
    expect(completion.choices[0]?.message).toMatchObject({ role: "assistant", content: "cardiovascular diseases" });
    expect(completion.choices[0]?.finish_reason).toBe("stop");
    expect(completion.usage).toEqual({ prompt_tokens: 28, completion_tokens: 6, total_tokens: 34 });
  });

  it("streams the same answer as server-sent events, with usage when asked", async () => {
    const server = await start({ handler: fixed("a".repeat(150)) });
    const stream = await connect(server).chat.completions.create({
      model: "m",
      messages: [{ role: "user", content: "hi" }],
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = "";
    let completionTokens: number | undefined;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? "";
      completionTokens ??= chunk.usage?.completion_tokens;
    }
    expect(text).toBe("a".repeat(150));
    expect(completionTokens).toBe(38);
  });

  it("hands the SDK a 429 with its Retry-After header", async () => {
    const server = await start({ handler: () => rateLimited(1) });
    const error = await connect(server)
      .chat.completions.create({ model: "m", messages: [{ role: "user", content: "x" }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    const apiError = error as InstanceType<typeof OpenAI.RateLimitError>;
    expect(apiError.status).toBe(429);
    expect(apiError.headers.get("retry-after")).toBe("1");
    expect(apiError.code).toBe("rate_limit_exceeded");
  });

  it("counts attempts per key so the SDK's retry after a 429 is attempt 1 of the same key", async () => {
    const attempts: number[] = [];
    const replies: TReply[] = [{ status: 429, headers: { "retry-after-ms": "5" } }, { content: "ok" }];
    const next = sequence(replies);
    const server = await start({
      handler: (req, ctx) => {
        attempts.push(ctx.callsForKey);
        return next(req, ctx);
      },
    });
    const completion = await connect(server, { maxRetries: 1 }).chat.completions.create({
      model: "m",
      messages: [{ role: "user", content: "sample 7" }],
    });
    expect(completion.choices[0]?.message.content).toBe("ok");
    expect(attempts).toEqual([0, 1]);
    expect(server.calls.countFor("sample 7", "m")).toBe(2);
    expect(server.calls.records().map((record) => record.status)).toEqual([429, 200]);
  });

  it("rejects a wrong API key with OpenAI's 401 and accepts the right one", async () => {
    const server = await start({ apiKey: "sk-right", handler: fixed("yes") });
    const wrong = await connect(server, { apiKey: "sk-wrong" })
      .chat.completions.create({ model: "m", messages: [{ role: "user", content: "x" }] })
      .catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(OpenAI.AuthenticationError);
    expect((wrong as InstanceType<typeof OpenAI.AuthenticationError>).code).toBe("invalid_api_key");
    const right = await connect(server, { apiKey: "sk-right" }).chat.completions.create({
      model: "m",
      messages: [{ role: "user", content: "x" }],
    });
    expect(right.choices[0]?.message.content).toBe("yes");
  });

  it("makes the SDK throw on a 200 whose body is not JSON", async () => {
    const server = await start({ handler: () => ({ malformed: true }) });
    await expect(
      connect(server).chat.completions.create({ model: "m", messages: [{ role: "user", content: "x" }] }),
    ).rejects.toThrow();
  });

  it("makes the SDK see a connection error when the socket is destroyed", async () => {
    const server = await start({ handler: () => ({ destroy: true }) });
    const error = await connect(server)
      .chat.completions.create({ model: "m", messages: [{ role: "user", content: "x" }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.APIConnectionError);
  });

  it("lets the SDK's timeout cut a hanging request, and still closes", async () => {
    const server = await start({ handler: () => ({ hang: true }) });
    const error = await connect(server, { timeout: 200 })
      .chat.completions.create({ model: "m", messages: [{ role: "user", content: "x" }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.APIConnectionTimeoutError);
    await expect(server.close()).resolves.toBeUndefined();
  });

  it("closes while a request still hangs, failing that request", async () => {
    const { promise: reached, resolve: onReached } = Promise.withResolvers<void>();
    const server = await startLlmServer({
      handler: () => {
        onReached();
        return { hang: true };
      },
    });
    const pending = connect(server, { timeout: 60_000 })
      .chat.completions.create({ model: "m", messages: [{ role: "user", content: "x" }] })
      .catch((e: unknown) => e);
    await reached;
    await server.close();
    expect(await pending).toBeInstanceOf(OpenAI.APIConnectionError);
  });

  it("lists the handler's models and answers unknown paths with a 404 in OpenAI's shape", async () => {
    const server = await start({ models: ["oracle-80", "echo"] });
    const client = connect(server);
    const page = await client.models.list();
    expect(page.data.map((model) => model.id)).toEqual(["oracle-80", "echo"]);
    const response = await fetch(`${server.url}/audio/speech`, { method: "POST", body: "{}" });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { type: "invalid_request_error", code: "unknown_url" } });
  });

  it("serves deterministic embeddings through the SDK: one unit vector per text, the same words the same vector", async () => {
    const server = await start();
    const client = connect(server);
    const texts = ["chest pain and angina", "angina and chest pain", "a tumour of the liver"];
    const first = await client.embeddings.create({ model: "hash-embed", input: texts });
    const again = await client.embeddings.create({ model: "hash-embed", input: texts[0]!, encoding_format: "float" });
    const vectors = first.data.map((item) => item.embedding);
    expect(vectors.map((vector) => vector.length)).toEqual([48, 48, 48]);
    for (const vector of vectors) expect(Math.hypot(...vector)).toBeCloseTo(1, 6);
    // The SDK's default base64 and plain floats decode to the same vector.
    again.data[0]!.embedding.forEach((value, index) => expect(value).toBeCloseTo(vectors[0]![index]!, 6));
    const dot = (a: number[], b: number[]) => a.reduce((sum, value, index) => sum + value * b[index]!, 0);
    expect(dot(vectors[0]!, vectors[1]!)).toBeCloseTo(1, 6);
    expect(dot(vectors[0]!, vectors[2]!)).toBeLessThan(0.5);
    expect(first.usage.prompt_tokens).toBe(texts.reduce((sum, text) => sum + Math.ceil(text.length / 4), 0));
    expect(server.embeddings.texts).toEqual([...texts, texts[0]]);
    await expect(client.embeddings.create({ model: "fail-401", input: "x" })).rejects.toMatchObject({ status: 401 });
  });

  it("answers a request without messages with a 400", async () => {
    const server = await start();
    const response = await fetch(`${server.url}/chat/completions`, {
      method: "POST",
      body: JSON.stringify({ model: "echo" }),
    });
    expect(response.status).toBe(400);
    expect(server.calls.total()).toBe(0);
  });

  it("keeps only counters when messages are not retained, and reset clears them", async () => {
    const server = await start({ handler: fixed("ok"), log: { retainMessages: false, maxRecords: 2 } });
    const client = connect(server);
    for (const content of ["a", "b", "a"])
      await client.chat.completions.create({ model: "m", messages: [{ role: "user", content }] });
    expect(server.calls.total()).toBe(3);
    expect(server.calls.maxCountPerKey()).toBe(2);
    expect(server.calls.records().map((record) => [record.key, record.messages])).toEqual([
      ["b", undefined],
      ["a", undefined],
    ]);
    server.calls.reset();
    expect(server.calls.total()).toBe(0);
    expect(server.calls.countFor("a")).toBe(0);
  });
});
