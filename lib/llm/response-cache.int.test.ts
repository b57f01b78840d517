import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { createPgResponseCache } from "./response-cache";

const keys: string[] = [];
function uniqueKey(): string {
  const key = randomBytes(32).toString("hex");
  keys.push(key);
  return key;
}

afterAll(async () => {
  await prisma.responseCache.deleteMany({ where: { key: { in: keys } } });
  await prisma.$disconnect();
});

describe("createPgResponseCache", () => {
  const cache = createPgResponseCache(prisma);

  it("misses an unknown key and hits after a put", async () => {
    const key = uniqueKey();
    expect(await cache.get(key)).toBeNull();
    await cache.put(key, { content: "negative", promptTokens: 30, completionTokens: 2 });
    expect(await cache.get(key)).toEqual({ content: "negative", promptTokens: 30, completionTokens: 2 });
  });

  it("keeps the first answer when two writers race on one key", async () => {
    const key = uniqueKey();
    await Promise.all([
      cache.put(key, { content: "first", promptTokens: null, completionTokens: null }),
      cache.put(key, { content: "first", promptTokens: null, completionTokens: null }),
    ]);
    await cache.put(key, { content: "second", promptTokens: 1, completionTokens: 1 });
    expect(await cache.get(key)).toEqual({ content: "first", promptTokens: null, completionTokens: null });
    expect(await prisma.responseCache.count({ where: { key } })).toBe(1);
  });
});
