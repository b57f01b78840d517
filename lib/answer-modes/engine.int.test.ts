import { afterAll, describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api/errors";
import { prisma } from "@/lib/db/prisma";
import { createRuns } from "@/lib/runs/create";
import { constrainToLabel } from "@/test/llm-server/answer-modes";
import { createModelRouter } from "@/test/llm-server/model-router";
import { decideOracleAnswer } from "@/test/llm-server/oracle";
import { startLlmServer } from "@/test/llm-server/server";
import {
  isolatedRunQueue,
  medicalAbstracts,
  seedEndpoint,
  seedMedicalDataset,
  startTestWorkers,
} from "@/test/runs-harness";
import { getLeaderboard } from "@/lib/leaderboard/view";
import { computeEce } from "@/lib/metrics/calibration";
import { parseOutputFilters } from "@/lib/outputs/filters";
import { findOutputs } from "@/lib/outputs/query";
import type { TAnswerMode } from "./modes";
import { findRunCalibration } from "./run-calibration";

const PCT = 80;
const { labels } = medicalAbstracts;
const oracleAnswer = (input: string) => decideOracleAnswer(input, medicalAbstracts.table.get(input)!, labels, PCT);

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  await prisma.$disconnect();
});

const outputsOf = (runId: string) =>
  prisma.output.findMany({ where: { runId }, include: { sample: { select: { input: true, expected: true } } } });

describe("answer modes against the test LLM server (real Postgres, Redis, workers process)", () => {
  it("runs every mode, stops a rejected mode at once, and keeps prose from an endpoint that ignored the schema", async () => {
    const server = await startLlmServer({ handler: createModelRouter({ oracle: medicalAbstracts }) });
    cleanups.push(() => server.close());
    const dataset = await seedMedicalDataset(prisma);
    const queues = isolatedRunQueue();
    cleanups.push(() => queues.close());
    const endpoint = (model: string) => seedEndpoint(prisma, { baseUrl: server.url, model, maxConcurrency: 4 });
    const [plain, rejecting, ignoring, silent] = await Promise.all([
      endpoint("oracle-80"),
      endpoint("reject-schema+oracle-80"),
      endpoint("ignore-schema+oracle-80"),
      endpoint("no-logprobs+oracle-80"),
    ]);
    const structured = await endpoint("oracle-80");
    await prisma.modelEndpoint.update({ where: { id: structured }, data: { guidedChoiceField: "structured_outputs" } });

    const create = async (endpointId: string, answerMode: TAnswerMode, withLogprobs = false) => {
      const input = {
        datasetId: dataset.datasetId,
        endpointId,
        split: "TEST" as const,
        shots: 0,
        temperature: 0,
        seed: 1,
      };
      return (await createRuns(prisma, queues.queue, { ...input, answerMode, withLogprobs })).ids[0]!;
    };
    const runs = {
      free: await create(plain, "FREE_TEXT"),
      json: await create(plain, "JSON_SCHEMA", true),
      guided: await create(structured, "GUIDED_CHOICE"),
      logprobs: await create(plain, "LOGPROBS"),
      rejected: await create(rejecting, "JSON_SCHEMA"),
      ignored: await create(ignoring, "JSON_SCHEMA"),
      silent: await create(silent, "JSON_SCHEMA", true),
    };
    const workers = await startTestWorkers({ QUEUE_PREFIX: queues.prefix, REDIS_URL: queues.redisUrl });
    cleanups.push(async () => {
      workers.child.kill("SIGKILL");
      await workers.exited;
    });
    const statusOf = async (id: string) => (await prisma.run.findUniqueOrThrow({ where: { id } })).status;
    for (const [name, id] of Object.entries(runs)) {
      await expect
        .poll(() => statusOf(id), { timeout: 120_000, interval: 250 })
        .toBe(name === "rejected" ? "FAILED" : "COMPLETED");
    }
    const n = dataset.testRows.length;

    // Free text: the article's method, unchanged: some answers are off the label set.
    const free = await outputsOf(runs.free);
    const freeValid = dataset.testRows.filter(([input]) => labels.includes(oracleAnswer(input))).length;
    expect(free.filter((row) => row.valid).length).toBe(freeValid);
    expect(freeValid).toBeLessThan(n);
    expect(free.every((row) => row.confidence === null)).toBe(true);

    // JSON schema: every answer is a label (constrained), read from the JSON; the raw JSON is kept; confidence set.
    const json = await outputsOf(runs.json);
    expect(json).toHaveLength(n);
    for (const row of json) {
      const label = constrainToLabel(oracleAnswer(row.sample.input), labels);
      expect(row).toMatchObject({ valid: true, parsedLabel: label, correct: label === row.sample.expected });
      expect(JSON.parse(row.rawText!)).toEqual({ label });
      expect(row.confidence).toBeGreaterThan(0);
      expect(row.confidence).toBeLessThanOrEqual(1);
    }

    // Guided choice through `structured_outputs: { choice }`: a bare label each time.
    const guided = await outputsOf(runs.guided);
    expect(guided.every((row) => row.valid && row.rawText === row.parsedLabel)).toBe(true);

    // Label scoring: where the model said a label, its tokens are the most probable; every output has a confidence.
    const scored = await outputsOf(runs.logprobs);
    for (const row of scored) {
      const said = oracleAnswer(row.sample.input);
      if (labels.includes(said)) expect(row.parsedLabel).toBe(said);
      if (row.valid) expect(row.confidence).toBeGreaterThan(1 / labels.length);
    }

    // Rejected: one permanent error naming the mode, no output rows, not one 400 per sample.
    const rejected = await prisma.run.findUniqueOrThrow({ where: { id: runs.rejected } });
    expect(rejected.errorMessage).toMatch(/answer mode "JSON schema"/);
    expect(await prisma.output.count({ where: { runId: runs.rejected } })).toBe(0);
    expect(server.calls.total("reject-schema+oracle-80")).toBeLessThanOrEqual(8);

    // Ignored schema: prose answers are invalid and kept raw.
    const ignored = await outputsOf(runs.ignored);
    expect(ignored.every((row) => !row.valid && row.rawText === oracleAnswer(row.sample.input))).toBe(true);

    // Log-probabilities asked for but never sent: confidence null, answers still read.
    const silentRows = await outputsOf(runs.silent);
    expect(silentRows.every((row) => row.valid && row.confidence === null)).toBe(true);

    // Calibration stored at completion: covering the outputs with a confidence, counting those without.
    const stored = await prisma.runCalibration.findUniqueOrThrow({ where: { runId: runs.json } });
    const figures = stored.figures as { covered: number; missing: number; ece: { estimate: number } };
    expect(figures).toMatchObject({ covered: n, missing: 0 });
    const items = json.map((row) => ({ confidence: row.confidence!, correct: row.correct! }));
    expect(figures.ece.estimate).toBeCloseTo(computeEce(items)!, 12);
    expect(await findRunCalibration(prisma, runs.silent)).toMatchObject({ covered: 0, missing: n });
    expect(await findRunCalibration(prisma, runs.rejected)).toBeNull();

    // The leaderboard: every completed run with its mode; the runs of one endpoint in two modes are paired against
    // the best like any two runs (the format gap, tested on the same samples).
    const board = await getLeaderboard(prisma, dataset.datasetId);
    const modeOf = new Map(board.rows.map((row) => [row.runId, row.answerMode]));
    expect(modeOf.get(runs.free)).toBe("FREE_TEXT");
    expect(modeOf.get(runs.json)).toBe("JSON_SCHEMA");
    expect(modeOf.get(runs.logprobs)).toBe("LOGPROBS");
    expect(modeOf.has(runs.rejected)).toBe(false);
    const best = board.rows.find((row) => row.isBest)!;
    for (const row of board.rows.filter((other) => other !== best && other.answered > 0)) {
      expect(row.comparison).toMatchObject({ pValue: expect.any(Number) });
    }

    // The drill-down's "confidently wrong": wrong answers at or above a confidence, in sample order.
    const wrongConfidences = json.filter((row) => !row.correct).map((row) => row.confidence!);
    const threshold = wrongConfidences.sort((a, b) => a - b)[Math.floor(wrongConfidences.length / 2)]!;
    const filters = parseOutputFilters({ view: "wrong", confidenceMin: String(threshold), limit: "200" });
    const page = await findOutputs(prisma, runs.json, filters);
    const expected = json.filter((row) => !row.correct && row.confidence! >= threshold).map((row) => row.sampleId);
    expect(page.items.map((item) => item.sampleId)).toEqual(expected.sort((a, b) => a - b));
    expect(expected.length).toBeGreaterThan(0);
    expect(await findRunCalibration(prisma, runs.free)).toBeNull();
  }, 180_000);

  it("refuses label sets a mode cannot use at run creation, naming answerMode", async () => {
    const dataset = await seedMedicalDataset(prisma);
    await prisma.dataset.update({ where: { id: dataset.datasetId }, data: { labels: ["Neoplasms", "Neoplasms "] } });
    const endpointId = await seedEndpoint(prisma, { baseUrl: "http://127.0.0.1:9/v1" });
    const queues = isolatedRunQueue();
    cleanups.push(() => queues.close());
    const input = {
      datasetId: dataset.datasetId,
      endpointId,
      split: "TEST" as const,
      shots: 0,
      temperature: 0,
      seed: 1,
    };
    const refused = await createRuns(prisma, queues.queue, { ...input, answerMode: "JSON_SCHEMA" }).catch((e) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ status: 422, details: [{ path: "answerMode" }] });
    expect(refused.message).toMatch(/"Neoplasms" and "Neoplasms " are the same once trimmed/);
    expect(await prisma.run.count({ where: { datasetId: dataset.datasetId } })).toBe(0);
    // Free text is unchanged: the same labels are fine for the article's method.
    await expect(createRuns(prisma, queues.queue, input)).resolves.toMatchObject({ ids: [expect.any(String)] });
  });
});
