import { afterAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/prisma";
import { pairedBootstrapMeanDifference, wilcoxonSignedRank } from "@/lib/metrics";
import { ZCompareQuery } from "./schemas";
import { SCORE_BOOTSTRAP_SEED } from "./scores";
import { getComparison, type TComparison } from "./view";
import { seedTestDataset } from "@/test/seed-test-dataset";

afterAll(async () => {
  await prisma.$disconnect();
});

const SAMPLES = 12;
const RUBRIC = "Grade the answer. Rating: [[n]]";

/** A judgement: a score 1-10, "unparseable" (null score), "error", or undefined (no judgement row). */
type TGrade = number | "unparseable" | "error" | undefined;

// Newest common judge pair. Pairs (both scored): 0, 1, 2, 3, 4, 5, 9. A better: 0, 3, 4, 5; ties: 1, 9; B better: 2.
// Left out: 6 unparseable; 7 and 8 errored (8 is error + unparseable: counted as errored); 10, 11 one-sided.
const GRADES_A: TGrade[] = [9, 7, 2, 8, 6, 10, "unparseable", 5, "error", 4, 7, undefined];
const GRADES_B: TGrade[] = [3, 7, 8, 5, 4, 1, 6, "error", "unparseable", 4, undefined, 3];
const PAIRED = [0, 1, 2, 3, 4, 5, 9];

async function seedOpenQa() {
  const { dataset, samples, suffix } = await seedTestDataset(prisma, {
    name: "compare-qa",
    task: "OPEN_QA",
    labels: [],
    expected: Array.from({ length: SAMPLES }, (_, index) => `Reference ${index}`),
    input: (index) => (index === 5 ? `Why ${"?".repeat(400)}` : `Question ${index}?`),
  });
  const endpoint = async (name: string) =>
    (
      await prisma.modelEndpoint.create({
        data: { name: `${name}-${suffix}`, baseUrl: "http://127.0.0.1:9/v1", model: name },
      })
    ).id;
  const run = async (name: string) => {
    const created = await prisma.run.create({
      data: {
        datasetId: dataset.id,
        endpointId: await endpoint(name),
        task: "OPEN_QA",
        status: "COMPLETED",
        promptTemplate: "{input}",
        total: SAMPLES,
      },
    });
    await prisma.output.createMany({
      data: samples.map((sample) => ({
        runId: created.id,
        sampleId: sample.id,
        rawText: sample.index === 0 ? `${name} ${"long ".repeat(100)}` : `${name} answer ${sample.index}`,
      })),
    });
    return created.id;
  };
  const judge = async (
    judgeEndpointId: string,
    runId: string | null,
    grades: TGrade[],
    options: { minutesAgo: number; rubric?: string; status?: "COMPLETED" | "RUNNING" },
  ) => {
    const judging = await prisma.judging.create({
      data: {
        datasetId: dataset.id,
        judgeEndpointId,
        runId,
        rubric: options.rubric ?? RUBRIC,
        status: options.status ?? "COMPLETED",
        total: SAMPLES,
        createdAt: new Date(Date.now() - options.minutesAgo * 60_000),
      },
    });
    const rows = grades.flatMap((grade, index): Prisma.JudgementCreateManyInput[] => {
      if (grade === undefined) return [];
      const base = { judgingId: judging.id, sampleId: samples[index]!.id };
      if (grade === "error") return [{ ...base, errorKind: "timeout" }];
      if (grade === "unparseable") return [{ ...base, rawText: "no rating", parseStatus: "missing" }];
      return [{ ...base, score: grade, rawText: `Rating: [[${grade}]]` }];
    });
    await prisma.judgement.createMany({ data: rows });
    return judging.id;
  };
  return { dataset, samples, endpoint, run, judge };
}

async function compareOpenQa(params: Record<string, string>) {
  const result: TComparison = await getComparison(prisma, ZCompareQuery.parse(params));
  if (result.kind !== "openQa") throw new Error(`expected an open-QA comparison, got ${result.kind}`);
  return result;
}

const pick = (grades: TGrade[]) => PAIRED.map((index) => grades[index] as number);

describe("getComparison on open-QA runs", () => {
  it("pairs the newest common judge's scores: counts, means, Wilcoxon p and the seeded bootstrap interval", async () => {
    const seed = await seedOpenQa();
    const [a, b] = [await seed.run("alpha"), await seed.run("beta")];
    const judge = await seed.endpoint("judge");
    await seed.judge(judge, a, Array(SAMPLES).fill(1), { minutesAgo: 30 }); // an older judging of A: superseded
    const judgingA = await seed.judge(judge, a, GRADES_A, { minutesAgo: 10 });
    const judgingB = await seed.judge(judge, b, GRADES_B, { minutesAgo: 20 });
    // Same judge, another rubric: not comparable with A's judgings, however new.
    await seed.judge(judge, b, Array(SAMPLES).fill(10), { minutesAgo: 1, rubric: "Be harsh. [[n]]" });

    const result = await compareOpenQa({ a, b });
    expect(result.judge).toMatchObject({ endpointId: judge, judgingA, judgingB, completed: true });
    expect(result.judges).toHaveLength(1);
    const [scoresA, scoresB] = [pick(GRADES_A), pick(GRADES_B)];
    expect(result.scores).toMatchObject({
      judgedBoth: 10,
      pairs: 7,
      aBetter: 4,
      ties: 2,
      bBetter: 1,
      errored: 2,
      unparseable: 1,
      oneSided: 2,
    });
    expect(result.scores.meanA).toBeCloseTo(46 / 7, 12);
    expect(result.scores.meanB).toBeCloseTo(32 / 7, 12);
    // Independently, on the same pairs: differences 6, 0, -6, 3, 2, 9, 0 (zeros and ties: normal approximation).
    const wilcoxon = wilcoxonSignedRank(scoresA, scoresB);
    expect(wilcoxon.method).toBe("normal");
    expect(result.scores.pValue).toBe(wilcoxon.pValue);
    expect(result.scores.difference.estimate).toBeCloseTo(2, 12);
    // The interval resamples the pairs in (score A, score B) order with the fixed seed.
    const ordered = PAIRED.map((i) => [GRADES_A[i] as number, GRADES_B[i] as number] as const).sort(
      (x, y) => x[0] - y[0] || x[1] - y[1],
    );
    const expected = pairedBootstrapMeanDifference(
      ordered.map((pair) => pair[0]),
      ordered.map((pair) => pair[1]),
      { seed: SCORE_BOOTSTRAP_SEED },
    );
    expect(result.scores.difference).toEqual(expected);
    expect(expected.low!).toBeLessThan(2);
    expect(expected.high!).toBeGreaterThan(2);

    // Swapping the runs mirrors the counts and keeps the p-value.
    const swapped = await compareOpenQa({ a: b, b: a });
    expect(swapped.scores).toMatchObject({ aBetter: 1, bBetter: 4, pValue: result.scores.pValue });
    expect(swapped.scores.difference.estimate).toBeCloseTo(-2, 12);
  });

  it("lists scored samples by score gap, largest first, keyset-paged, with answers and judging ids", async () => {
    const seed = await seedOpenQa();
    const [a, b] = [await seed.run("alpha"), await seed.run("beta")];
    const judge = await seed.endpoint("judge");
    const judgingA = await seed.judge(judge, a, GRADES_A, { minutesAgo: 2 });
    const judgingB = await seed.judge(judge, b, GRADES_B, { minutesAgo: 2 });

    const all = await compareOpenQa({ a, b });
    // Gaps: 5 → 9, 0 → 6, 2 → 6, 3 → 3, 4 → 2; ties and unscored pairs are not disagreements.
    expect(all.disagreements.items.map((item) => [item.index, item.gap])).toEqual([
      [5, 9],
      [0, 6],
      [2, 6],
      [3, 3],
      [4, 2],
    ]);
    const [first, second] = all.disagreements.items;
    expect(first).toMatchObject({ truncated: true, a: { score: 10, judgingId: judgingA }, b: { score: 1 } });
    expect(first?.input).toHaveLength(280);
    expect(first?.b).toMatchObject({ text: "beta answer 5", truncated: false, judgingId: judgingB });
    expect(second?.a.truncated).toBe(true);
    expect(second?.a.text).toHaveLength(400);

    const page1 = await compareOpenQa({ a, b, limit: "2" });
    expect(page1.disagreements.items.map((item) => item.index)).toEqual([5, 0]);
    expect(page1.disagreements.nextCursor).toBe("6-0");
    const page2 = await compareOpenQa({ a, b, limit: "2", cursor: "6-0" });
    expect(page2.disagreements.items.map((item) => item.index)).toEqual([2, 3]);
    const page3 = await compareOpenQa({ a, b, limit: "2", cursor: page2.disagreements.nextCursor! });
    expect(page3.disagreements.items.map((item) => item.index)).toEqual([4]);
    expect(page3.disagreements.nextCursor).toBeNull();

    expect((await compareOpenQa({ a, b, side: "onlyB" })).disagreements.items.map((i) => i.index)).toEqual([2]);
    expect((await compareOpenQa({ a, b, side: "onlyA" })).disagreements.items.map((i) => i.index)).toEqual([
      5, 0, 3, 4,
    ]);
    await expect(getComparison(prisma, ZCompareQuery.parse({ a, b, cursor: "12" }))).rejects.toMatchObject({
      status: 422,
    });
  });

  it("picks a judge by endpoint, prefers completed pairs, and explains when no judge is common", async () => {
    const seed = await seedOpenQa();
    const [a, b, c] = [await seed.run("alpha"), await seed.run("beta"), await seed.run("gamma")];
    const [older, newer, solo] = [
      await seed.endpoint("older"),
      await seed.endpoint("newer"),
      await seed.endpoint("solo"),
    ];
    await seed.judge(older, a, GRADES_A, { minutesAgo: 60 });
    await seed.judge(older, b, GRADES_B, { minutesAgo: 60 });
    // Newer, but B's judging is still running: listed, not chosen by default.
    const newerA = await seed.judge(newer, a, [5, 5, 5], { minutesAgo: 1 });
    await seed.judge(newer, b, [5, 6, 5], { minutesAgo: 1, status: "RUNNING" });
    await seed.judge(solo, a, GRADES_A, { minutesAgo: 0 });

    const byDefault = await compareOpenQa({ a, b });
    expect(byDefault.judge.endpointId).toBe(older);
    expect(byDefault.judges.map((judge) => [judge.endpointId, judge.completed])).toEqual([
      [older, true],
      [newer, false],
    ]);
    const chosen = await compareOpenQa({ a, b, judge: newer });
    expect(chosen.judge).toMatchObject({ judgingA: newerA, completed: false });
    expect(chosen.scores).toMatchObject({ pairs: 3, ties: 2, bBetter: 1, pValue: 1 });

    await expect(getComparison(prisma, ZCompareQuery.parse({ a, b, judge: solo }))).rejects.toMatchObject({
      status: 422,
      code: "judge_not_common",
    });
    await expect(getComparison(prisma, ZCompareQuery.parse({ a, b: c }))).rejects.toMatchObject({
      status: 422,
      code: "no_common_judge",
      message: expect.stringContaining("judge both runs with the same judge to compare them"),
      details: { judgeHref: `/judgings/new?datasetId=${seed.dataset.id}` },
    });
  });

  it("compares a run with the reference answers through a reference judging by the same judge", async () => {
    const seed = await seedOpenQa();
    const a = await seed.run("alpha");
    const judge = await seed.endpoint("judge");
    await seed.judge(judge, a, GRADES_A, { minutesAgo: 5 });
    const reference = await seed.judge(judge, null, [10, 10, 10], { minutesAgo: 5 });

    const result = await compareOpenQa({ a, b: "dataset" });
    expect(result.b).toBeNull();
    expect(result.judge.judgingB).toBe(reference);
    expect(result.scores).toMatchObject({ pairs: 3, aBetter: 0, ties: 0, bBetter: 3, oneSided: SAMPLES - 1 - 3 });
    // A scored 9, 7, 2 against 10: gaps 1, 3, 8.
    expect(result.disagreements.items.map((item) => [item.index, item.gap, item.b.text])).toEqual([
      [2, 8, "Reference 2"],
      [1, 3, "Reference 1"],
      [0, 1, "Reference 0"],
    ]);

    const other = await seedOpenQa();
    const lonely = await other.run("alpha");
    await expect(getComparison(prisma, ZCompareQuery.parse({ a: lonely, b: "dataset" }))).rejects.toMatchObject({
      code: "no_common_judge",
      message: expect.stringContaining("the run and the reference answers"),
    });
  });
});
