import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { readTokenLogprobs } from "@/lib/answer-modes/logprobs";
import { createPgResponseCache } from "@/lib/llm/response-cache";

afterAll(async () => {
  await prisma.$disconnect();
});

describe("the response cache keeps log-probabilities with the answer", () => {
  it("returns them as stored, with -Infinity clamped to a finite floor", async () => {
    const cache = createPgResponseCache(prisma);
    const key = randomBytes(32).toString("hex");
    const logprobs = [
      { token: "Neo", logprob: Math.log(0.7), top: [{ token: "Neo", logprob: Math.log(0.7) }] },
      { token: "plasms", logprob: -Infinity, top: [] },
    ];
    await cache.put(key, { content: "Neoplasms", promptTokens: 10, completionTokens: 2, logprobs });
    const hit = await cache.get(key);
    expect(hit?.content).toBe("Neoplasms");
    expect(hit?.logprobs?.[0]).toEqual(logprobs[0]);
    expect(hit?.logprobs?.[1]).toEqual({ token: "plasms", logprob: -9999, top: [] });
    await prisma.responseCache.delete({ where: { key } });
  });

  it("stores one batch of answers with and without log-probabilities, each in its own row", async () => {
    const cache = createPgResponseCache(prisma);
    const keys = [randomBytes(32).toString("hex"), randomBytes(32).toString("hex"), randomBytes(32).toString("hex")];
    const logprobs = [{ token: "Neoplasms", logprob: -0.5, top: [] }];
    // Put in the same turn of the event loop: one INSERT for the three.
    await Promise.all([
      cache.put(keys[0]!, { content: "a", promptTokens: 1, completionTokens: 1, logprobs }),
      cache.put(keys[1]!, { content: "b", promptTokens: null, completionTokens: null, logprobs: null }),
      cache.put(keys[2]!, { content: "c", promptTokens: 3, completionTokens: 1 }),
    ]);
    const rows = await prisma.responseCache.findMany({ where: { key: { in: keys } }, orderBy: { content: "asc" } });
    expect(rows.map((row) => [row.content, row.promptTokens, row.logprobs])).toEqual([
      ["a", 1, [["Neoplasms", -0.5]]],
      ["b", null, null],
      ["c", 3, null],
    ]);
    // SQL NULL, not a JSON null: "no log-probabilities" stays one thing.
    const [nulls] = await prisma.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM "ResponseCache" WHERE key = ANY(${keys}::bpchar[]) AND logprobs IS NULL`;
    expect(nulls?.count).toBe(2);
    expect((await cache.get(keys[0]!))?.logprobs).toEqual(logprobs);
    expect((await cache.get(keys[1]!))?.logprobs).toBeUndefined();
    await prisma.responseCache.deleteMany({ where: { key: { in: keys } } });
  });

  it("stores a batch whose tokens held a NUL and a cut emoji (read from a reply), instead of failing it", async () => {
    const cache = createPgResponseCache(prisma);
    const keys = [randomBytes(32).toString("hex"), randomBytes(32).toString("hex")];
    const logprobs = readTokenLogprobs({
      content: [
        { token: "a\u0000", logprob: -1 },
        { token: `${"x".repeat(63)}😀`, logprob: -1 },
      ],
    });
    await Promise.all([
      cache.put(keys[0]!, { content: "a", promptTokens: 1, completionTokens: 2, logprobs }),
      cache.put(keys[1]!, { content: "b", promptTokens: 1, completionTokens: 1, logprobs: null }),
    ]);
    expect(await prisma.responseCache.count({ where: { key: { in: keys } } })).toBe(2);
    expect((await cache.get(keys[0]!))?.logprobs?.map((item) => item.token)).toEqual(["a", `${"x".repeat(63)}\ufffd`]);
    await prisma.responseCache.deleteMany({ where: { key: { in: keys } } });
  });

  it("reads a row stored before the compact form (an object per token)", async () => {
    const key = randomBytes(32).toString("hex");
    const logprobs = [{ token: "Neo", logprob: -0.25, top: [{ token: "Card", logprob: -2 }] }];
    await prisma.responseCache.create({
      data: { key, content: "Neo", promptTokens: 1, completionTokens: 1, logprobs },
    });
    expect((await createPgResponseCache(prisma).get(key))?.logprobs).toEqual(logprobs);
    await prisma.responseCache.delete({ where: { key } });
  });
});
