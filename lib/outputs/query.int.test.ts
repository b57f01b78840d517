import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { getOutputDetail } from "./detail";
import { INVALID_PREDICTED, parseOutputFilters } from "./filters";
import { getInvalidGroups } from "./invalid-groups";
import { countMatchingOutputs, countOutputViews, findOutputs, prepareOutputsQuery } from "./query";
import { seedJudging, seedRunWithOutputs } from "@/test/outputs-seed";

afterAll(async () => {
  await prisma.$disconnect();
});

// Expected labels alternate cardiology, neoplasms, cardiology, ...
const ANSWERS = [
  "cardiology", // 0 right
  "cardiology", // 1 wrong (expected neoplasms)
  "!Cardiology.", // 2 invalid
  "neoplasms", // 3 right
  "error", // 4
  "!**cardiology**", // 5 invalid, same group as 2
  "!I think =SUM(A1)", // 6 invalid
  "neoplasms", // 7 right
  "!Cardiology.", // 8 invalid, group of 2
  "neoplasms", // 9 right
];

async function listIndexes(runId: string, params: Record<string, string>) {
  const page = await findOutputs(prisma, runId, parseOutputFilters({ limit: "100", ...params }));
  return page.items.map((item) => item.index);
}

describe("findOutputs", () => {
  it("filters by view, expected and predicted label, text and invalid group", async () => {
    const seed = await seedRunWithOutputs(ANSWERS);
    const id = seed.runId;
    expect(await listIndexes(id, {})).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(await listIndexes(id, { view: "invalid" })).toEqual([2, 5, 6, 8]);
    expect(await listIndexes(id, { view: "wrong" })).toEqual([1, 2, 5, 6, 8]);
    // A valid label that is not the expected one: the wrong answers without the invalid ones.
    expect(await listIndexes(id, { view: "mislabeled" })).toEqual([1]);
    expect(await listIndexes(id, { view: "errors" })).toEqual([4]);
    expect(await listIndexes(id, { view: "correct" })).toEqual([0, 3, 7, 9]);
    // A confusion-matrix cell: expected neoplasms, answered cardiology.
    expect(await listIndexes(id, { expected: "neoplasms", predicted: "cardiology" })).toEqual([1]);
    expect(await listIndexes(id, { expected: "cardiology", predicted: INVALID_PREDICTED })).toEqual([2, 6, 8]);
    expect(await listIndexes(id, { q: "=sum" })).toEqual([6]);
    // Search covers the input too; % is literal, not a wildcard.
    expect(await listIndexes(id, { q: "abstract 7 " })).toEqual([7]);
    expect(await listIndexes(id, { q: "%" })).toEqual([]);
    expect(await listIndexes(id, { group: "cardiology" })).toEqual([2, 5, 8]);
    // An empty filter field, as a GET form sends it, means no filter.
    expect(await listIndexes(id, { view: "", expected: "", q: "" })).toHaveLength(10);

    const views = await countOutputViews(prisma, id);
    expect(views).toEqual({ all: 10, invalid: 4, wrong: 5, mislabeled: 1, errors: 1, correct: 4 });
    const context = await prepareOutputsQuery(prisma, id, parseOutputFilters({ view: "wrong" }));
    expect(await countMatchingOutputs(prisma, context)).toBe(5);
  });

  it("pages with an opaque cursor: every row once, in order, and a clear 422 for a forged cursor", async () => {
    const seed = await seedRunWithOutputs(ANSWERS);
    const seen: number[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 10; pages += 1) {
      const page = await findOutputs(
        prisma,
        seed.runId,
        parseOutputFilters({ limit: "3", ...(cursor ? { cursor } : {}) }),
      );
      seen.push(...page.items.map((item) => item.index));
      if (page.nextCursor === null) break;
      cursor = page.nextCursor;
    }
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(() => parseOutputFilters({ cursor: "not-a-cursor" })).toThrow(/cursor/);
    expect(() => parseOutputFilters({ view: "bogus" })).toThrow(/view/);
    expect(() => parseOutputFilters({ scoreMin: "8", scoreMax: "3" })).toThrow(/scoreMin/);
  });

  it("sorts by confidence, most or least confident first, outputs without one last, paging on the same order", async () => {
    const seed = await seedRunWithOutputs(ANSWERS);
    // Confidence per index (null: no log-probabilities came back; 4 is the failed call). Ties at 0.9 (1 and 5).
    const confidences = [0.6, 0.9, 0.3, null, null, 0.9, 0.95, 0.1, 0.5, 0.7];
    for (const [index, confidence] of confidences.entries()) {
      await prisma.output.update({
        where: { runId_sampleId: { runId: seed.runId, sampleId: seed.samples[index]!.id } },
        data: { confidence },
      });
    }
    expect(await listIndexes(seed.runId, { sort: "confidence-desc" })).toEqual([6, 1, 5, 9, 0, 8, 2, 7, 3, 4]);
    expect(await listIndexes(seed.runId, { sort: "confidence-asc" })).toEqual([7, 2, 8, 0, 9, 1, 5, 6, 3, 4]);
    // Confidently wrong: wrong answers (invalid included) with confidence ≥ 0.5, the surest first.
    expect(await listIndexes(seed.runId, { view: "wrong", confidenceMin: "0.5", sort: "confidence-desc" })).toEqual([
      6, 1, 5, 8,
    ]);
    expect(await listIndexes(seed.runId, { confidenceMax: "0.5", sort: "confidence-asc" })).toEqual([7, 2, 8]);
    const page = await findOutputs(prisma, seed.runId, parseOutputFilters({ sort: "confidence-desc", limit: "1" }));
    expect(page.items[0]).toMatchObject({ index: 6, confidence: 0.95 });

    // Pages of 2 and of 3 walk the same order, ties and the rows without a confidence included, each row once.
    for (const [sort, expected] of [
      ["confidence-desc", [6, 1, 5, 9, 0, 8, 2, 7, 3, 4]],
      ["confidence-asc", [7, 2, 8, 0, 9, 1, 5, 6, 3, 4]],
    ] as const) {
      for (const limit of ["2", "3"]) {
        const seen: number[] = [];
        let cursor: string | undefined;
        for (let pages = 0; pages < 10; pages += 1) {
          const next = await findOutputs(
            prisma,
            seed.runId,
            parseOutputFilters({ sort, limit, ...(cursor ? { cursor } : {}) }),
          );
          seen.push(...next.items.map((item) => item.index));
          if (next.nextCursor === null) break;
          cursor = next.nextCursor;
        }
        expect(seen).toEqual(expected);
      }
    }
    expect(() => parseOutputFilters({ sort: "latency" })).toThrow(/sort/);
    expect(() => parseOutputFilters({ confidenceMin: "0.8", confidenceMax: "0.2" })).toThrow(/confidenceMin/);
    expect(() => parseOutputFilters({ confidenceMin: "1.5" })).toThrow(/confidenceMin/);
  });

  it("filters by judge score of the newest or the chosen judging, and refuses scores without a judging", async () => {
    const seed = await seedRunWithOutputs(ANSWERS);
    await expect(findOutputs(prisma, seed.runId, parseOutputFilters({ scoreMin: "5" }))).rejects.toMatchObject({
      status: 422,
    });
    const older = await seedJudging(seed, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    await seedJudging(seed, [10, 9, 8, 7, 6, 5, 4, 3, null, 1]);
    expect(await listIndexes(seed.runId, { scoreMin: "9" })).toEqual([0, 1]);
    expect(await listIndexes(seed.runId, { scoreMin: "9", judgingId: older })).toEqual([8, 9]);
    expect(await listIndexes(seed.runId, { scoreMin: "3", scoreMax: "4", judgingId: older })).toEqual([2, 3]);
    await expect(
      findOutputs(prisma, seed.runId, parseOutputFilters({ judgingId: randomUUID() })),
    ).rejects.toMatchObject({ status: 422 });
    const page = await findOutputs(prisma, seed.runId, parseOutputFilters({ judgingId: older, limit: "1" }));
    expect(page.items[0]).toMatchObject({ score: 1, rationale: "rationale 0" });
  });

  it("404s an unknown or malformed run id", async () => {
    await expect(findOutputs(prisma, randomUUID(), parseOutputFilters({}))).rejects.toMatchObject({ status: 404 });
    await expect(findOutputs(prisma, "nope", parseOutputFilters({}))).rejects.toMatchObject({ status: 404 });
  });
});

describe("getInvalidGroups", () => {
  it("groups invalid answers by normalised text with counts, largest first", async () => {
    const seed = await seedRunWithOutputs(ANSWERS);
    const result = await getInvalidGroups(prisma, seed.runId);
    expect(result.totalInvalid).toBe(4);
    expect(result.groups.map((group) => [group.normalized, group.count])).toEqual([
      ["cardiology", 3],
      ["i think =sum(a1)", 1],
    ]);
    expect(result.groups[0]?.variants).toEqual([
      { text: "Cardiology.", count: 2 },
      { text: "**cardiology**", count: 1 },
    ]);
    expect(result.groups[0]?.exampleSampleId).toBe(seed.samples[2]!.id);
    expect(result.groups[0]?.share).toBeCloseTo(0.75, 10);
  });
});

describe("getOutputDetail", () => {
  it("re-renders the exact prompt with the run's seeded TRAIN shots and shows the judge's verdict", async () => {
    const seed = await seedRunWithOutputs(ANSWERS, { shots: 2, trainRows: 6 });
    await seedJudging(seed, [7, 7, 7, 7, 7, 7, 7, 7, 7, 7]);
    const detail = await getOutputDetail(prisma, seed.runId, seed.samples[2]!.id);
    const prompt = detail.messages[0]?.content ?? "";
    expect(prompt).toContain("- cardiology\n- neoplasms");
    expect(prompt).toContain("Text: test abstract 2 about cardiology");
    expect(prompt.match(/train example \d/g)).toHaveLength(2);
    expect(prompt).not.toMatch(/test abstract [013-9]/);
    expect(detail.output).toMatchObject({ rawText: "Cardiology.", normalized: "cardiology", valid: false });
    expect(detail.sample.expected).toBe("cardiology");
    expect(detail.judgements[0]).toMatchObject({ score: 7, rationale: "rationale 2", rawText: "Fine. Rating: [[7]]" });
    await expect(getOutputDetail(prisma, seed.runId, 2_000_000_000)).rejects.toMatchObject({ status: 404 });
  });
});
