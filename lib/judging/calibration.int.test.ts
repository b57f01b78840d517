import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { computeJudgeAgreement } from "@/lib/metrics";
import { dataFile } from "@/test/data";
import { readLastUserText } from "@/test/llm-server/chat-text";
import { judgeAnswers } from "@/test/llm-server/judge";
import { startLlmServer } from "@/test/llm-server/server";
import { seedEndpoint, seedMedicalDataset, startTestWorkers } from "@/test/runs-harness";
import { createJudgings } from "./create";
import { ZCreateJudgingsInput } from "./schemas";
import { isolatedQueues, seedQaDataset } from "@/test/judging-fixtures";
import { getJudgingView } from "./view";

// The first 30 human-graded answers of liveqa-med-judged.jsonl (data/README.md says where the full file comes from).
const LIVEQA = dataFile("medquad-judged-30.jsonl");
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});
afterAll(async () => {
  await prisma.$disconnect();
});

type TLiveQa = { question: string; answer: string; human_score: number };
const graded = (await readFile(LIVEQA, "utf8"))
  .split("\n")
  .filter((line) => line.trim() !== "")
  .slice(0, 30)
  .map((line) => JSON.parse(line) as TLiveQa);

describe("judge calibration against human grades", () => {
  it("reports Spearman, exact/adjacent agreement and kappa on exactly the scripted grades", async () => {
    // A judge that mostly tracks the human grade (1-4 → 1,4,7,10), off by some points on every fourth answer.
    const judgeScore = (i: number) => Math.min(10, 3 * graded[i]!.human_score - 2 + (i % 4 === 0 ? 2 : 0));
    const server = await startLlmServer({
      // One answer can be graded under several questions (with different human grades): match both.
      handler: judgeAnswers((answer, req) => {
        const prompt = readLastUserText(req);
        return judgeScore(graded.findIndex((row) => row.answer === answer && prompt.includes(row.question)));
      }),
    });
    cleanups.push(() => server.close());
    const { datasetId } = await seedQaDataset(prisma, graded, (i) => ({
      human_score: String(graded[i]!.human_score),
    }));
    const judgeId = await seedEndpoint(prisma, { baseUrl: server.url, model: "judge" });
    const queues = isolatedQueues();
    cleanups.push(() => queues.close());
    const workers = await startTestWorkers({ QUEUE_PREFIX: queues.prefix, REDIS_URL: queues.redisUrl });
    cleanups.push(async () => {
      workers.child.kill("SIGKILL");
      await workers.exited;
    });

    const [id] = (
      await createJudgings(prisma, queues.judgingQueue, {
        judgeEndpointId: judgeId,
        datasetId,
        split: "ALL",
        humanScoreField: "human_score",
      })
    ).ids;
    await expect
      .poll(async () => (await prisma.judging.findUniqueOrThrow({ where: { id: id! } })).status, { timeout: 60_000 })
      .toBe("COMPLETED");

    const view = await getJudgingView(prisma, id!);
    const humanScale = {
      min: Math.min(...graded.map((row) => row.human_score)),
      max: Math.max(...graded.map((row) => row.human_score)),
    };
    const expected = computeJudgeAgreement(
      graded.map((row, i) => ({ judge: judgeScore(i), human: row.human_score })),
      humanScale,
    );
    expect(view.calibration).toMatchObject({ field: "human_score", humanScale, unscored: 0, n: graded.length });
    expect(view.calibration!.spearman).toBeCloseTo(expected.spearman!, 12);
    expect(view.calibration!.kappa).toBeCloseTo(expected.kappa!, 12);
    expect(view.calibration!.exactAgreement).toEqual(expected.exactAgreement);
    expect(view.calibration!.adjacentAgreement).toEqual(expected.adjacentAgreement);
    expect(view.calibration!.spearman).toBeGreaterThan(0.5);
  });
});

describe("the human scale of a calibration", () => {
  it("is the declared one when given, even if no answer got its lowest grade; else the range of the data", async () => {
    // Human grades 2-4 on a 1-4 scale: nobody gave a 1.
    const rows = Array.from({ length: 12 }, (_, i) => ({
      question: `q${i}`,
      answer: `a${i}`,
      human_score: 2 + (i % 3),
    }));
    const { datasetId } = await seedQaDataset(prisma, rows, (i) => ({ human_score: String(rows[i]!.human_score) }));
    const samples = await prisma.sample.findMany({ where: { datasetId }, orderBy: { index: "asc" } });
    const judgeId = await seedEndpoint(prisma, { baseUrl: "http://127.0.0.1:9/v1", model: "judge" });
    const judgeScore = (i: number) => 1 + ((i * 7) % 10);
    const judgingWith = async (scale: { humanScaleMin: number; humanScaleMax: number } | null) => {
      const judging = await prisma.judging.create({
        data: {
          datasetId,
          judgeEndpointId: judgeId,
          rubric: "r",
          status: "COMPLETED",
          total: rows.length,
          humanScoreField: "human_score",
          ...scale,
        },
      });
      await prisma.judgement.createMany({
        data: samples.map((sample, i) => ({ judgingId: judging.id, sampleId: sample.id, score: judgeScore(i) })),
      });
      return (await getJudgingView(prisma, judging.id)).calibration;
    };
    const pairs = rows.map((row, i) => ({ judge: judgeScore(i), human: row.human_score }));

    const declared = await judgingWith({ humanScaleMin: 1, humanScaleMax: 4 });
    const onDeclared = computeJudgeAgreement(pairs, { min: 1, max: 4 });
    expect(declared).toMatchObject({
      humanScale: { min: 1, max: 4 },
      offScale: 0,
      exactAgreement: onDeclared.exactAgreement,
    });
    expect(declared!.kappa).toBeCloseTo(onDeclared.kappa!, 12);

    const observed = await judgingWith(null);
    const onObserved = computeJudgeAgreement(pairs, { min: 2, max: 4 });
    expect(observed).toMatchObject({ humanScale: { min: 2, max: 4 }, exactAgreement: onObserved.exactAgreement });
    // The two scales map the judge's grades differently: the declared one is not a no-op.
    expect(onDeclared.exactAgreement).not.toEqual(onObserved.exactAgreement);

    // Grades off a declared scale (data changed after the judging): left out and counted, never a crash.
    const narrow = await judgingWith({ humanScaleMin: 1, humanScaleMax: 3 });
    const onNarrow = computeJudgeAgreement(
      pairs.filter((pair) => pair.human <= 3),
      { min: 1, max: 3 },
    );
    expect(narrow).toMatchObject({ offScale: 4, n: 8, exactAgreement: onNarrow.exactAgreement });
    // And a new judging with such a scale is refused, saying how many grades fall off it.
    const refused = createJudgings(
      prisma,
      { prefix: "unused", enqueueDispatch: async () => {} },
      {
        judgeEndpointId: judgeId,
        datasetId,
        split: "ALL",
        humanScoreField: "human_score",
        humanScaleMin: 1,
        humanScaleMax: 3,
      },
    );
    await expect(refused).rejects.toMatchObject({ status: 422, code: "human_scores_off_scale", message: /^4 sample/ });
  });

  it("is refused when half given, upside down, or without a human score field", async () => {
    const base = { judgeEndpointId: randomUUID(), datasetId: randomUUID(), humanScoreField: "h" };
    expect(ZCreateJudgingsInput.safeParse({ ...base, humanScaleMin: 1 }).success).toBe(false);
    expect(ZCreateJudgingsInput.safeParse({ ...base, humanScaleMin: 4, humanScaleMax: 1 }).success).toBe(false);
    const { humanScoreField: _, ...withoutField } = base;
    expect(ZCreateJudgingsInput.safeParse({ ...withoutField, humanScaleMin: 1, humanScaleMax: 4 }).success).toBe(false);
    expect(ZCreateJudgingsInput.safeParse({ ...base, humanScaleMin: 1, humanScaleMax: 4 }).success).toBe(true);
  });
});

describe("createJudgings checks its input", () => {
  it("refuses classification runs, unknown judges and a human score field no sample has", async () => {
    const queues = isolatedQueues();
    cleanups.push(() => queues.close());
    const queue = queues.judgingQueue;
    const judgeId = await seedEndpoint(prisma, { baseUrl: "http://127.0.0.1:9/v1" });
    const classification = await seedMedicalDataset(prisma);
    await expect(
      createJudgings(prisma, queue, { judgeEndpointId: judgeId, datasetId: classification.datasetId }),
    ).rejects.toMatchObject({ status: 422, code: "not_open_qa" });
    const { datasetId } = await seedQaDataset(prisma, graded.slice(0, 3));
    await expect(
      createJudgings(prisma, queue, { judgeEndpointId: "0190b6a2-0000-7000-8000-000000000000", datasetId }),
    ).rejects.toMatchObject({ status: 404, code: "endpoint_not_found" });
    await expect(
      createJudgings(prisma, queue, { judgeEndpointId: judgeId, datasetId, humanScoreField: "human_score" }),
    ).rejects.toMatchObject({ status: 422, code: "no_human_scores" });
    await expect(
      createJudgings(prisma, queue, { judgeEndpointId: judgeId, datasetId, rubric: "Rate {{question}} please" }),
    ).rejects.toMatchObject({ status: 422, code: "invalid_rubric" });
    expect(await prisma.judging.count({ where: { datasetId } })).toBe(0);
  });
});
