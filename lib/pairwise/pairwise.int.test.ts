import { parse } from "csv-parse/sync";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { GET as getExport } from "@/app/api/pairwise-judgings/[id]/export/route";
import { POST as postCancel } from "@/app/api/pairwise-judgings/[id]/cancel/route";
import { POST as postRejudge } from "@/app/api/pairwise-judgings/[id]/rejudge/route";
import { POST as postResume } from "@/app/api/pairwise-judgings/[id]/resume/route";
import { GET as getView } from "@/app/api/pairwise-judgings/[id]/route";
import { GET as getSample } from "@/app/api/pairwise-judgings/[id]/samples/[sampleId]/route";
import { GET as getSamples } from "@/app/api/pairwise-judgings/[id]/samples/route";
import { POST as postPreview } from "@/app/api/pairwise-judgings/preview/route";
import { POST as postCreate } from "@/app/api/pairwise-judgings/route";
import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { readMedquadRows, seedQaDataset } from "@/test/judging-fixtures";
import { decidePairwise, type TPairwiseRule } from "@/test/llm-server/pairwise-judge";
import { startLlmServer } from "@/test/llm-server/server";
import { seedQaRun } from "@/test/pairwise-fixtures";
import { seedEndpoint, startTestWorkers } from "@/test/runs-harness";
import { findPairwiseVerdicts } from "./compare";
import { getHeadToHead } from "./head-to-head";
import type { TPairwiseView } from "./view";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});
afterAll(async () => {
  await prisma.$disconnect();
});

const N = 20;
const rows = await readMedquadRows(N);
// Two runs whose answer lengths vary, some close (the biased judge then picks the answer shown first), some far.
const answersX = rows.map((_, i) => `X${i} ${"alpha ".repeat(5 + (i % 7))}`.trim());
const answersY = rows.map((_, i) => `Y${i} ${"beta ".repeat(3 + ((i * 3) % 11))}`.trim());
answersY[7] = null as unknown as string; // an error: sample 7 is not shared
const references = rows.map((row) => row.answer);

const BASE = "http://127.0.0.1/api/pairwise-judgings";
const post = (url: string, body: unknown) =>
  new Request(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
const params = <T extends Record<string, string>>(values: T) => ({ params: Promise.resolve(values) });
const noParams = params({});

type TOutcome = "first" | "second" | "tie";
/** The expected verdict of one judge on one pair of answers, from the server's rule, by MT-Bench's tie rule. */
function expectedVerdict(rule: TPairwiseRule, x: string, y: string) {
  const shown = (verdict: "A" | "B" | "C" | null, swapped: boolean): TOutcome | null => {
    if (verdict === null) return null;
    if (verdict === "C") return "tie";
    return (verdict === "A") !== swapped ? "first" : "second";
  };
  const unswapped = decidePairwise(rule, x, y);
  const swapped = decidePairwise(rule, y, x);
  const o1 = shown(unswapped, false);
  const o2 = shown(swapped, true);
  return { o1, o2, calls: [unswapped, swapped], outcome: o1 === o2 ? o1 : ("tie" as TOutcome), consistent: o1 === o2 };
}

async function setUp() {
  const judges = await startLlmServer(); // the model router: pairwise-biased, pairwise-longer, ...
  const answerers = await startLlmServer({ handler: () => ({ content: "should never be called" }) });
  cleanups.push(
    () => judges.close(),
    () => answerers.close(),
  );
  const { datasetId, samples } = await seedQaDataset(prisma, rows);
  const runX = await seedQaRun(prisma, {
    datasetId,
    samples,
    answers: answersX,
    baseUrl: answerers.url,
    model: "model-x",
  });
  const runY = await seedQaRun(prisma, {
    datasetId,
    samples,
    answers: answersY,
    baseUrl: answerers.url,
    model: "model-y",
  });
  const judgeIds = {
    biased: await seedEndpoint(prisma, { baseUrl: judges.url, model: "pairwise-biased" }),
    longer: await seedEndpoint(prisma, { baseUrl: judges.url, model: "pairwise-longer" }),
    first: await seedEndpoint(prisma, { baseUrl: judges.url, model: "pairwise-first" }),
    garbled: await seedEndpoint(prisma, { baseUrl: judges.url, model: "pairwise-garbled" }),
  };
  // The routes queue on this install's prefix: a workers process of its own on it.
  const workers = await startTestWorkers({ QUEUE_PREFIX: env.QUEUE_PREFIX });
  cleanups.push(async () => {
    workers.child.kill("SIGKILL");
    await workers.exited;
  });
  return { judges, answerers, datasetId, samples, runX, runY, judgeIds };
}

const readView = async (id: string) =>
  (await (await getView(new Request(`${BASE}/${id}`), params({ id }))).json()) as TPairwiseView;
const waitCompleted = (id: string) =>
  expect
    .poll(async () => (await prisma.pairwiseJudging.findUniqueOrThrow({ where: { id } })).status, {
      timeout: 60_000,
      interval: 200,
    })
    .toBe("COMPLETED");

describe("pairwise judging through the API (real Postgres, Redis, workers and the test LLM server as judges)", () => {
  it("judges both orders with a jury of two; consistency, ties, win rates and agreement equal the independent figures", async () => {
    const env = await setUp();
    const contestants = [answersX, answersY, references];
    const shared = rows.map((_, i) => i).filter((i) => answersY[i] !== null);
    const pairs: [number, number][] = [
      [0, 1],
      [0, 2],
      [1, 2],
    ];
    const rules: TPairwiseRule[] = ["biased", "longer"];
    const body = {
      judgeEndpointIds: [env.judgeIds.biased, env.judgeIds.longer],
      runIds: [env.runX, env.runY],
      includeReference: true,
    };

    const preview = await postPreview(post(`${BASE}/preview`, body), noParams);
    expect(preview.status).toBe(200);
    const planned = (await preview.json()) as {
      samples: number;
      calls: number;
      estimate: { total: { cost: number | null } };
    };
    expect(planned.samples).toBe(shared.length);
    expect(planned.calls).toBe(shared.length * pairs.length * 2 * 2);
    expect(planned.estimate.total.cost).toBeGreaterThan(0);

    const created = await postCreate(post(BASE, body), noParams);
    expect(created.status).toBe(201);
    const { id, calls } = (await created.json()) as { id: string; calls: number };
    expect(calls).toBe(planned.calls);
    await waitCompleted(id);

    // Expected, independently: per judge, per pair, per sample, from the server's rule and the tie rule.
    const expected = rules.map((rule) =>
      pairs.map(([x, y]) => shared.map((i) => expectedVerdict(rule, contestants[x]![i]!, contestants[y]![i]!))),
    );
    const view = await readView(id);
    expect(view.status).toBe("COMPLETED");
    expect(view.progress.done).toBe(calls);
    rules.forEach((rule, judgeIndex) => {
      const all = expected[judgeIndex]!.flat();
      const diagnostics = view.diagnostics.find((entry) => entry.judgeIndex === judgeIndex)!;
      expect(diagnostics.consistency).toBeCloseTo(all.filter((v) => v.consistent).length / all.length, 12);
      const shownCalls = all.flatMap((v) => v.calls);
      const decisive = shownCalls.filter((v) => v === "A" || v === "B");
      expect(diagnostics.firstPosition).toBeCloseTo(decisive.filter((v) => v === "A").length / decisive.length, 12);
      expect(diagnostics.parseFailures).toBe(0);
    });
    // The longer judge never depends on the order; the biased one does on close calls.
    expect(view.diagnostics[1]!.consistency).toBe(1);
    expect(view.diagnostics[0]!.consistency).toBeLessThan(1);

    let compareExpected: { wins: number; losses: number; ties: number } | null = null;
    const headToHead = (await getHeadToHead(prisma, env.datasetId))!;
    expect(headToHead.id).toBe(id);
    pairs.forEach((_, pairIndex) => {
      // The jury of two: the outcome both gave, else a tie.
      const jury = shared.map((_, s) => {
        const a = expected[0]![pairIndex]![s]!.outcome;
        const b = expected[1]![pairIndex]![s]!.outcome;
        return a === b ? a : "tie";
      });
      const wins = jury.filter((o) => o === "first").length;
      const losses = jury.filter((o) => o === "second").length;
      const ties = jury.filter((o) => o === "tie").length;
      const result = view.pairs[pairIndex]!.result!;
      expect({ wins: result.wins, losses: result.losses, ties: result.ties }).toEqual({ wins, losses, ties });
      if (pairIndex === 0) compareExpected = { wins: losses, losses: wins, ties };
      // The leaderboard reads the results stored at completion: the same figures.
      expect(headToHead.pairs[pairIndex]!.result).toMatchObject({ wins, losses, ties });
      expect(result.winRate.estimate).toBeCloseTo((wins + ties / 2) / jury.length, 12);
      // Per judge, its own verdicts.
      rules.forEach((_, judgeIndex) => {
        const own = expected[judgeIndex]![pairIndex]!.map((v) => v.outcome);
        const perJudge = view.pairs[pairIndex]!.perJudge![judgeIndex]!;
        expect(perJudge.ties).toBe(own.filter((o) => o === "tie").length);
        expect(perJudge.wins).toBe(own.filter((o) => o === "first").length);
      });
    });
    // /compare from Y's side: pair 0 (X first) read the other way round.
    expect(await findPairwiseVerdicts(prisma, env.runY, env.runX)).toMatchObject({ id, ...compareExpected! });
    expect(view.agreement?.method).toBe("cohen");
    expect(view.agreement?.items).toBe(shared.length * pairs.length);
    // Ratings were stored at completion, one per contestant, each inside its interval.
    expect(view.ratings?.ratings).toHaveLength(3);
    for (const rating of view.ratings!.ratings) {
      expect(rating.low!).toBeLessThanOrEqual(rating.rating!);
      expect(rating.high!).toBeGreaterThanOrEqual(rating.rating!);
    }
    // No answering model was called: the answers are the runs' stored outputs.
    expect(env.answerers.calls.total()).toBe(0);

    // Drill-down: the flipped samples of pair 0 for the biased judge are exactly the inconsistent ones.
    const flippedExpected = shared.filter((_, s) => !expected[0]![0]![s]!.consistent).map((i) => env.samples[i]!.id);
    const flipped = await getSamples(
      new Request(`${BASE}/${id}/samples?pair=0&judge=0&outcome=flipped&limit=500`),
      params({ id }),
    );
    const flippedBody = (await flipped.json()) as { total: number; items: { sampleId: number; outcome: string }[] };
    expect(flippedBody.items.map((item) => item.sampleId)).toEqual(flippedExpected);
    expect(flippedBody.items.every((item) => item.outcome === "tie")).toBe(true);
    const sampleId = flippedExpected[0]!;
    const detail = await getSample(
      new Request(`${BASE}/${id}/samples/${sampleId}?pair=0`),
      params({ id, sampleId: String(sampleId) }),
    );
    const sample = (await detail.json()) as {
      answers: { first: string; second: string };
      calls: { verdict: string; rawText: string }[];
    };
    const index = env.samples.findIndex((entry) => entry.id === sampleId);
    expect(sample.answers).toEqual({ first: answersX[index], second: answersY[index] });
    expect(sample.calls).toHaveLength(4);
    expect(sample.calls[0]!.rawText).toContain(`[[${sample.calls[0]!.verdict}]]`);

    // Export: one CSV line per call plus the header.
    const csv = await (await getExport(new Request(`${BASE}/${id}/export?format=csv`), params({ id }))).text();
    const records = parse(csv, { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(calls);
    expect(new Set(records.map((record) => record.order))).toEqual(new Set(["1-first", "2-first"]));
    const jsonl = await (await getExport(new Request(`${BASE}/${id}/export?format=jsonl`), params({ id }))).text();
    expect(jsonl.trim().split("\n")).toHaveLength(calls);
  });

  it("a judge that always says [[A]] has consistency 0% and is flagged; a garbled one counts parse failures, not ties", async () => {
    const env = await setUp();
    const body = { judgeEndpointIds: [env.judgeIds.biased], runIds: [env.runX, env.runY] };
    const created = await postCreate(post(BASE, body), noParams);
    const { id } = (await created.json()) as { id: string };
    await waitCompleted(id);
    // Re-judged by another jury: the same comparison, no answering model called.
    const rejudged = await postRejudge(
      post(`${BASE}/${id}/rejudge`, { judgeEndpointIds: [env.judgeIds.first, env.judgeIds.garbled] }),
      params({ id }),
    );
    expect(rejudged.status).toBe(201);
    const { id: rejudgeId } = (await rejudged.json()) as { id: string };
    await waitCompleted(rejudgeId);
    const view = await readView(rejudgeId);
    expect(view.rejudgeOfId).toBe(id);
    const shared = answersY.filter((answer) => answer !== null).length;
    const [first, garbled] = view.diagnostics;
    // Every pair here has different lengths? No matter: [[A]] in both orders is never the same outcome unless a tie.
    expect(first!.consistency).toBe(0);
    expect(first!.firstPosition).toBe(1);
    expect(first!.flagged).toBe(true);
    expect(garbled!.parseFailures).toBe(shared * 2);
    expect(garbled!.consistency).toBeNull();
    // The jury: the garbled judge has no verdict, so the [[A]] judge alone decides: every sample a tie (it flipped).
    expect(view.pairs[0]!.result).toMatchObject({ wins: 0, losses: 0, ties: shared, failed: 0, flipped: shared });
    expect(env.answerers.calls.total()).toBe(0);
  });

  it("cancel then resume through the API: every call done exactly once, none paid twice, no answering model called", async () => {
    const env = await setUp();
    const slowJudge = await seedEndpoint(prisma, {
      baseUrl: env.judges.url,
      model: "slow-150+pairwise-longer",
      maxConcurrency: 4,
    });
    const body = { judgeEndpointIds: [slowJudge], runIds: [env.runX, env.runY] };
    const { id, calls } = (await (await postCreate(post(BASE, body), noParams)).json()) as {
      id: string;
      calls: number;
    };
    const count = () => prisma.pairwiseVerdict.count({ where: { pairwiseJudgingId: id } });
    await expect.poll(count, { timeout: 30_000, interval: 100 }).toBeGreaterThan(0);
    expect((await postCancel(post(`${BASE}/${id}/cancel`, {}), params({ id }))).status).toBe(200);
    const cancelled = await prisma.pairwiseJudging.findUniqueOrThrow({ where: { id } });
    expect(cancelled.status).toBe("CANCELLED");
    expect(await count()).toBeLessThan(calls);
    expect((await postResume(post(`${BASE}/${id}/resume`, {}), params({ id }))).status).toBe(200);
    await waitCompleted(id);
    expect(await count()).toBe(calls);
    // One request per (sample, pair, order): the prompt is the key; nothing was asked twice.
    expect(env.judges.calls.total("slow-150+pairwise-longer")).toBe(calls);
    expect(env.judges.calls.maxCountPerKey("slow-150+pairwise-longer")).toBe(1);
    const view = await readView(id);
    expect(view.diagnostics[0]!.consistency).toBe(1);
    expect(env.answerers.calls.total()).toBe(0);
  });

  it("bad input is a 4xx naming the runs and why, and writes nothing", async () => {
    const env = await setUp();
    const before = await prisma.pairwiseJudging.count();
    const other = await seedQaDataset(prisma, rows.slice(0, 3));
    const runOther = await seedQaRun(prisma, {
      datasetId: other.datasetId,
      samples: other.samples,
      answers: ["a", "b", "c"],
      baseUrl: env.answerers.url,
      model: "m",
    });
    const running = await seedQaRun(prisma, {
      datasetId: env.datasetId,
      samples: env.samples,
      answers: answersX,
      baseUrl: env.answerers.url,
      model: "m",
      status: "RUNNING",
    });
    const allErrors = await seedQaRun(prisma, {
      datasetId: env.datasetId,
      samples: env.samples,
      answers: rows.map(() => null),
      baseUrl: env.answerers.url,
      model: "m",
    });
    const judge = [env.judgeIds.biased];
    const cases: [unknown, number, string, string[]][] = [
      [{ judgeEndpointIds: judge, runIds: [env.runX, env.runX] }, 422, "same_run_twice", [env.runX]],
      [{ judgeEndpointIds: judge, runIds: [env.runX, running] }, 422, "run_not_complete", [running]],
      [{ judgeEndpointIds: judge, runIds: [env.runX, runOther] }, 422, "mixed_datasets", [runOther, env.runX]],
      [{ judgeEndpointIds: judge, runIds: [env.runX, allErrors] }, 422, "no_shared_samples", [env.runX, allErrors]],
      [{ judgeEndpointIds: judge, runIds: [env.runX] }, 422, "too_few_contestants", []],
      [
        { judgeEndpointIds: judge, runIds: [env.runX, env.runY], schedule: "baseline", baseline: "dataset" },
        422,
        "baseline_not_contestant",
        [],
      ],
      [
        { judgeEndpointIds: judge, runIds: [env.runX, env.runY], rubric: "Compare {{answer_a}}" },
        422,
        "invalid_rubric",
        [],
      ],
      [
        { judgeEndpointIds: [env.judgeIds.biased, env.judgeIds.biased], runIds: [env.runX, env.runY] },
        422,
        "invalid_request",
        [],
      ],
    ];
    for (const [body, status, code, named] of cases) {
      const response = await postCreate(post(BASE, body), noParams);
      const error = (await response.json()) as { error: { code: string; message: string } };
      expect({ status: response.status, code: code ? error.error.code : "" }).toEqual({ status, code });
      for (const runId of named) expect(error.error.message).toContain(runId);
    }
    expect(await prisma.pairwiseJudging.count()).toBe(before);
  });
});
