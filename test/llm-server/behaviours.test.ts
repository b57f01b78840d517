import { describe, expect, it } from "vitest";
import { answerFromTable, sequence, withFailures, withLatency } from "./behaviours";
import { createCallLog } from "./call-log";
import type { TCallContext, TChatRequest, THandler, TReply } from "./types";

function request(content: string, model = "m"): TChatRequest {
  return {
    model,
    messages: [
      { role: "system", content: "Be brief." },
      { role: "user", content },
    ],
  };
}

function context(key: string, callsForKey = 0): TCallContext {
  return { callIndex: 0, key, callsForKey };
}

async function run(handler: THandler, content: string, callsForKey = 0): Promise<TReply> {
  return handler(request(content), context(content, callsForKey));
}

const TABLE = new Map([
  ["The first sample text is long enough for the window index to apply.", "neoplasms"],
  ["The second sample text is also long enough for the window index.", "digestive system diseases"],
]);

describe("behaviours", () => {
  it("sequence replies in order, then repeats the last or loops", async () => {
    const once = sequence(["a", { status: 500 }, "c"]);
    const replies = [await run(once, "x"), await run(once, "x"), await run(once, "x"), await run(once, "x")];
    expect(replies).toEqual([{ content: "a" }, { status: 500 }, { content: "c" }, { content: "c" }]);
    const looping = sequence(["a", "b"], { loop: true });
    expect([await run(looping, "x"), await run(looping, "x"), await run(looping, "x")]).toEqual([
      { content: "a" },
      { content: "b" },
      { content: "a" },
    ]);
  });

  it("answerFromTable answers the input found in the prompt and keys the call by it", async () => {
    const handler = answerFromTable(TABLE);
    const [first, second] = [...TABLE.keys()];
    const prompt = `Example: ${first}\nLabel: neoplasms\n\nText: ${second}\nLabel:`;
    expect(await run(handler, prompt)).toEqual({ content: "digestive system diseases" });
    expect(handler.keyOf?.(request(prompt))).toBe(second);
    expect(await run(handler, "unknown text")).toMatchObject({
      status: 400,
      body: { error: { code: "no_table_match" } },
    });
  });

  it("withFailures fails the same attempts on every run, and gives retries a fresh draw", async () => {
    const flaky = withFailures(sequence(["ok"]), { rate429: 0.3, rate500: 0.2, seed: 7 });
    const draw = (attempt: number) =>
      Promise.all(
        Array.from({ length: 200 }, async (_, i) => {
          const reply = await flaky(request(`sample ${i}`), context(`sample ${i}`, attempt));
          return "status" in reply ? reply.status : "ok";
        }),
      );
    const first = await draw(0);
    expect(await draw(0)).toEqual(first);
    expect(first.filter((status) => status === 429).length / 200).toBeGreaterThan(0.2);
    expect(first.filter((status) => status === 429).length / 200).toBeLessThan(0.4);
    expect(first.filter((status) => status === 500).length / 200).toBeGreaterThan(0.1);
    const retry = await draw(1);
    const failedFirst = first.flatMap((status, i) => (status === "ok" ? [] : [i]));
    const recovered = failedFirst.filter((i) => retry[i] === "ok").length / failedFirst.length;
    expect(recovered).toBeGreaterThan(0.3);
    expect(recovered).toBeLessThan(0.7);
  });

  it("wrappers keep the inner handler's key function", () => {
    const table = answerFromTable(TABLE);
    expect(withLatency(withFailures(table, { rate429: 0.5 }), 10).keyOf).toBe(table.keyOf);
  });

  it("withFailures sends Retry-After with its 429s", async () => {
    const always = withFailures(sequence(["ok"]), { rate429: 1, retryAfterSeconds: 3 });
    expect(await run(always, "x")).toMatchObject({ status: 429, headers: { "retry-after": "3" } });
  });

  it("withLatency adds to the inner delay and leaves hangs alone", async () => {
    expect(await run(withLatency(sequence([{ content: "a", delayMs: 5 }]), 20), "x")).toEqual({
      content: "a",
      delayMs: 25,
    });
    expect(
      await run(
        withLatency(() => ({ hang: true }), 20),
        "x",
      ),
    ).toEqual({ hang: true });
  });
});

describe("createCallLog", () => {
  it("counts attempts per model and key and bounds the records it keeps", () => {
    const log = createCallLog({ maxRecords: 3 });
    const attempts = ["a", "b", "a", "c", "a"].map(
      (key) => log.add(request(key, key === "c" ? "judge" : "m"), key).callsForKey,
    );
    expect(attempts).toEqual([0, 0, 1, 0, 2]);
    expect(log.total()).toBe(5);
    expect(log.total("judge")).toBe(1);
    expect(log.countFor("a")).toBe(3);
    expect(log.countFor("a", "judge")).toBe(0);
    expect(log.maxCountPerKey("m")).toBe(3);
    expect(log.distinctKeys()).toBe(3);
    expect(log.records().map((record) => [record.index, record.key])).toEqual([
      [2, "a"],
      [3, "c"],
      [4, "a"],
    ]);
    expect(log.records()[0]?.messages).toHaveLength(2);
  });
});
