import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
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
});
