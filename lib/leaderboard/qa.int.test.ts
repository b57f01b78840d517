import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { bootstrapMean, summariseJudgeScores, wilcoxonSignedRank, wilson } from "@/lib/metrics";
import { computeTokenF1 } from "@/lib/metrics/token-f1";
import { getQaBoard } from "./qa-board";
import { seedTestDataset } from "@/test/seed-test-dataset";

afterAll(async () => {
  await prisma.$disconnect();
});

const REFERENCES = Array.from({ length: 12 }, (_, i) => `reference answer number ${i} about insulin and glucose`);

/** A grade, "unparsed" (the judge replied without a usable rating) or "error" (the judge call failed). */
type TGrade = number | "unparsed" | "error";

function seedDataset() {
  return seedTestDataset(prisma, {
    name: "qa-leaderboard",
    task: "OPEN_QA",
    labels: [],
    expected: REFERENCES,
    input: (index) => `q ${index}`,
  });
}

type TSeed = Awaited<ReturnType<typeof seedDataset>>;

async function seedEndpoint(seed: TSeed, name: string, priced: boolean, tags: string[] = []) {
  const prices = priced ? { inputPricePerM: 1, outputPricePerM: 2 } : {};
  return prisma.modelEndpoint.create({
    data: { name: `${name}-${seed.suffix}`, baseUrl: "http://127.0.0.1:9/v1", model: name, tags, ...prices },
  });
}

async function seedRun(seed: TSeed, endpointId: string, answers: (string | null)[], status = "COMPLETED" as const) {
  const run = await prisma.run.create({
    data: {
      datasetId: seed.dataset.id,
      endpointId,
      task: "OPEN_QA",
      status,
      promptTemplate: "{input}",
      total: REFERENCES.length,
    },
  });
  await prisma.output.createMany({
    data: answers.map((text, index) => ({
      runId: run.id,
      sampleId: seed.sampleIds[index]!,
      ...(text === null ? { errorKind: "timeout" } : { rawText: text, promptTokens: 1_000, completionTokens: 500 }),
    })),
  });
  return run.id;
}

async function seedJudging(
  seed: TSeed,
  judgeEndpointId: string,
  runId: string | null,
  grades: TGrade[],
  status: "COMPLETED" | "RUNNING" | "FAILED" | "QUEUED" = "COMPLETED",
) {
  const judging = await prisma.judging.create({
    data: { datasetId: seed.dataset.id, judgeEndpointId, runId, rubric: "default", status, total: grades.length },
  });
  await prisma.judgement.createMany({
    data: grades.map((grade, index) => {
      const base = {
        judgingId: judging.id,
        sampleId: seed.sampleIds[index]!,
        promptTokens: 2_000,
        completionTokens: 100,
      };
      if (grade === "error") return { ...base, errorKind: "timeout", promptTokens: null, completionTokens: null };
      if (grade === "unparsed") return { ...base, rawText: "no rating", parseStatus: "missing" };
      return { ...base, score: grade, rawText: `Rating: [[${grade}]]`, parseStatus: "ok" };
    }),
  });
  return judging.id;
}

const parsedOnly = (grades: TGrade[]) => grades.map((grade) => (typeof grade === "number" ? grade : null));

describe("getQaBoard", () => {
  it("gives one row per judging with mean, parse failures, cost and Wilcoxon against the best of the same judge", async () => {
    const seed = await seedDataset();
    const judge = await seedEndpoint(seed, "gpt-4o-judge", true);
    const otherJudge = await seedEndpoint(seed, "llama-judge", false);
    const strong = await seedEndpoint(seed, "strong", true, ["commercial"]);
    const weak = await seedEndpoint(seed, "weak", false, ["fine-tuned"]);
    const strongRun = await seedRun(
      seed,
      strong.id,
      REFERENCES.map((text, i) => (i < 10 ? text : "something else")),
    );
    const weakRun = await seedRun(seed, weak.id, [...REFERENCES.slice(0, 11).map(() => "glucose"), null]);

    const strongGrades: TGrade[] = [9, 9, 8, 9, 10, 9, 8, 9, 9, 10, "unparsed", "error"];
    const weakGrades: TGrade[] = [3, 4, 3, 2, 4, 3, 3, 2, 3, 4, 5, 3];
    const datasetGrades: TGrade[] = [9, 8, 8, 9, 10, 9, 8, 9, 9, 9, 7, 8];
    const strongId = await seedJudging(seed, judge.id, strongRun, strongGrades);
    const weakId = await seedJudging(seed, judge.id, weakRun, weakGrades);
    const datasetId = await seedJudging(seed, judge.id, null, datasetGrades);
    // Another judge's grades are not on the same scale: its row is in a group of its own, with nothing to beat.
    const secondOpinionId = await seedJudging(seed, otherJudge.id, weakRun, [6, 6, 6, 6]);
    await seedJudging(seed, judge.id, weakRun, [10, 10], "FAILED");
    // Queued judgings have no row yet, only a count (the page says grades are on their way).
    await seedJudging(seed, otherJudge.id, strongRun, [], "QUEUED");

    const { judgings, queuedJudgings } = await getQaBoard(prisma, seed.dataset.id, { samples: 200 });
    expect(queuedJudgings).toBe(1);
    expect(judgings.map((row) => row.judgingId)).toEqual([strongId, weakId, datasetId, secondOpinionId]);
    const [strongRow, weakRow, datasetRow, secondRow] = judgings;

    const strongSummary = summariseJudgeScores(parsedOnly(strongGrades.filter((grade) => grade !== "error")));
    expect(strongRow).toMatchObject({
      runId: strongRun,
      endpoint: { name: strong.name, tags: ["commercial"] },
      judge: { name: judge.name },
      judged: 11,
      graded: 10,
      parseFailures: 1,
      errors: 1,
      isBest: true,
      comparison: null,
    });
    expect(strongRow?.mean.estimate).toBeCloseTo(strongSummary.mean.estimate!, 12);
    expect(strongRow?.mean.low).toBeCloseTo(strongSummary.mean.low!, 9);
    expect(strongRow?.mean.high).toBeCloseTo(strongSummary.mean.high!, 9);
    expect(strongRow?.parseFailureRate).toEqual(wilson(1, 11));
    expect(strongRow?.histogram).toEqual(strongSummary.histogram);
    // Model: 11 answers of 1,000 + 500 tokens at $1 / $2 per million = $0.002 each = $2 per 1,000.
    expect(strongRow?.modelCostPer1k).toBeCloseTo(2, 10);
    // Judge: 11 graded calls of 2,000 + 100 tokens = $0.0022 each; the failed call has no tokens.
    expect(strongRow?.judgeCost).toBeCloseTo(11 * 0.0022, 10);

    // Weak vs strong on the 10 samples both graded (sample 10 is unparsed for strong, 11 an error).
    const expectedWeak = wilcoxonSignedRank(strongGrades.slice(0, 10) as number[], weakGrades.slice(0, 10) as number[]);
    expect(weakRow?.comparison).toMatchObject({ pairs: 10, notSignificantlyWorse: false });
    expect(weakRow?.comparison?.pValue).toBeCloseTo(expectedWeak.pValue, 12);
    // Means over those pairs: 90 / 10 and 31 / 10.
    expect(weakRow?.comparison?.meanDifference).toBeCloseTo(9 - 3.1, 10);
    expect(weakRow).toMatchObject({ modelCostPer1k: null, errors: 0, graded: 12 });

    // The dataset row: the reference answers, graded like a model; close to the best, so not significantly worse.
    expect(datasetRow).toMatchObject({ runId: null, endpoint: null, modelCostPer1k: null, isBest: false });
    expect(datasetRow?.comparison).toMatchObject({ pairs: 10, notSignificantlyWorse: true });
    expect(secondRow).toMatchObject({ isBest: false, judgeCost: null, graded: 4, comparison: null });
    expect(secondRow?.groupKey).not.toBe(strongRow?.groupKey);
  });

  it("gives no verdict to a row that shares no graded sample with the best of its judge", async () => {
    const seed = await seedDataset();
    const judge = await seedEndpoint(seed, "judge", false);
    const first = await seedEndpoint(seed, "first", false);
    const second = await seedEndpoint(seed, "second", false);
    const firstRun = await seedRun(seed, first.id, REFERENCES);
    const secondRun = await seedRun(seed, second.id, REFERENCES);
    // Graded on disjoint samples: the other side's calls failed (no grade to pair with).
    const bestId = await seedJudging(seed, judge.id, firstRun, [9, 9, 9, "error", "error", "error"]);
    const otherId = await seedJudging(seed, judge.id, secondRun, ["error", "error", "error", 2, 2, 2]);
    const { judgings } = await getQaBoard(prisma, seed.dataset.id, { samples: 50 });
    expect(judgings.map((row) => [row.judgingId, row.isBest, row.comparison])).toEqual([
      [bestId, true, null],
      [otherId, false, null],
    ]);
  });

  it("computes mean token F1 per run with a bootstrap interval, and an empty judge list without judgings", async () => {
    const seed = await seedDataset();
    const endpoint = await seedEndpoint(seed, "retrieval", false, ["local"]);
    const answers = REFERENCES.map((text, i) => (i % 3 === 0 ? text : i % 3 === 1 ? "insulin" : null));
    const runId = await seedRun(seed, endpoint.id, answers);

    const board = await getQaBoard(prisma, seed.dataset.id, { samples: 200 });
    expect(board).toMatchObject({ judgings: [], queuedJudgings: 0 });
    const values = answers.flatMap((text, i) => (text === null ? [] : [computeTokenF1(text, REFERENCES[i]!)]));
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(board.reference).toHaveLength(1);
    expect(board.reference[0]).toMatchObject({ runId, answered: 8, errors: 4, costPer1k: null, partial: false });
    expect(board.reference[0]?.tokenF1.estimate).toBeCloseTo(mean, 12);
    expect(board.reference[0]?.tokenF1).toMatchObject(bootstrapMean(values, { samples: 200 }));
    // Exact copies score 1, a one-word answer much less: the mean sits strictly between.
    expect(mean).toBeGreaterThan(0.5);
    expect(mean).toBeLessThan(1);
  });
});
