import { afterAll, afterEach, describe, expect, it } from "vitest";
import { GET as getJuryRoute } from "@/app/api/judgings/jury/route";
import { prisma } from "@/lib/db/prisma";
import { spearman } from "@/lib/metrics/correlation";
import { quadraticWeightedKappa } from "@/lib/metrics/kappa";
import { isolatedQueues, readMedquadRows, seedQaDataset } from "@/test/judging-fixtures";
import { judgeAnswers, rateAnswer } from "@/test/llm-server/judge";
import { startLlmServer } from "@/test/llm-server/server";
import { seedQaRun } from "@/test/pairwise-fixtures";
import { seedEndpoint, startTestWorkers } from "@/test/runs-harness";
import { createJury, type getJury } from "./jury";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});
afterAll(async () => {
  await prisma.$disconnect();
});

const rows = await readMedquadRows(16);
const answers = rows.map((row, i) => `Answer ${i}: ${row.answer.slice(0, 40 + i * 7)}`);
/** The second juror's grade: a known function of the answer's length. */
const byLength = (answer: string) => 1 + (answer.length % 10);

describe("a jury of single-answer judges (real Postgres, Redis, workers, test LLM servers)", () => {
  it("grades every answer by each judge; the jury's grade is the mean; Spearman and weighted kappa between judges", async () => {
    const first = await startLlmServer(); // judge-answer: rateAnswer(answer)
    const second = await startLlmServer({ handler: judgeAnswers((answer) => byLength(answer)) });
    cleanups.push(
      () => first.close(),
      () => second.close(),
    );
    const { datasetId, samples } = await seedQaDataset(prisma, rows);
    const runId = await seedQaRun(prisma, { datasetId, samples, answers, baseUrl: first.url, model: "echo" });
    const judgeA = await seedEndpoint(prisma, { baseUrl: first.url, model: "judge-answer" });
    const judgeB = await seedEndpoint(prisma, { baseUrl: second.url, model: "echo" }); // same model as the run
    const queues = isolatedQueues();
    cleanups.push(() => queues.close());
    const workers = await startTestWorkers({ QUEUE_PREFIX: queues.prefix, REDIS_URL: queues.redisUrl });
    cleanups.push(async () => {
      workers.child.kill("SIGKILL");
      await workers.exited;
    });

    const { juries } = await createJury(prisma, queues.judgingQueue, { runIds: [runId] }, [judgeA, judgeB]);
    const ids = juries[0]!;
    expect(ids).toHaveLength(2);
    for (const id of ids) {
      await expect
        .poll(async () => (await prisma.judging.findUniqueOrThrow({ where: { id } })).status, { timeout: 60_000 })
        .toBe("COMPLETED");
    }
    const response = await getJuryRoute(new Request(`http://127.0.0.1/api/judgings/jury?ids=${ids.join(",")}`), {
      params: Promise.resolve({}),
    });
    expect(response.status).toBe(200);
    const jury = (await response.json()) as Awaited<ReturnType<typeof getJury>>;

    const a = answers.map(rateAnswer);
    const b = answers.map(byLength);
    expect(jury.samples).toBe(answers.length);
    expect(jury.perSample.map((sample) => sample.mean)).toEqual(a.map((score, i) => (score + b[i]!) / 2));
    const means = a.map((score, i) => (score + b[i]!) / 2);
    expect(jury.mean.estimate).toBeCloseTo(means.reduce((sum, x) => sum + x, 0) / means.length, 12);
    expect(jury.agreement).toHaveLength(1);
    expect(jury.agreement[0]!.spearman).toBeCloseTo(spearman(a, b)!, 12);
    expect(jury.agreement[0]!.weightedKappa).toBeCloseTo(quadraticWeightedKappa(a, b)!, 12);
    // The self-preference warning covers the juror whose model is the judged run's.
    expect(jury.judgings.map((judging) => judging.selfJudged)).toEqual([false, true]);
  });
});
