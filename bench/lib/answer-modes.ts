import type { TThroughput, TThroughputCase } from "./runs";

// BENCH_MODE_ROUNDS=9 for a steadier figure on a busy machine; BENCH_MODE_SAMPLES=2000 for a quick look.
const ROUNDS = Math.max(1, Number(process.env.BENCH_MODE_ROUNDS ?? 5));
const SAMPLES = Math.max(100, Number(process.env.BENCH_MODE_SAMPLES ?? 10_000));
const TARGET_COST = 0.1;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/**
 * Issue 16's target: JSON mode with log-probabilities stored costs at most 10% of free-text throughput on the
 * runs benchmark's 0 ms model. Runs of 10,000 samples: a fresh workers process takes 3 to 7 s to reach full speed,
 * so a 2,000-sample run (under 3 s) is mostly ramp-up and its rate says more about start-up noise than about the
 * mode. The two modes run as pairs, back to back, and alternate which goes first (free text first in odd rounds,
 * JSON first in even ones), so a burst of load on the shared cores, or a database warming up, hits both modes
 * alike. The cost is the median of the pairs' costs (one pair that caught a burst does not decide it); the totals'
 * cost and the extra CPU time per sample (workers alone, and the whole machine) are printed too.
 */
export async function benchAnswerModes<TApi>(
  api: TApi,
  workersBundle: string,
  throughput: (api: TApi, options: TThroughputCase) => Promise<TThroughput>,
): Promise<void> {
  const base = { samples: SAMPLES, latencyMs: 0, maxConcurrency: 64, workersBundle, pollVia: "count" as const };
  const runFree = (round: number) =>
    throughput(api, {
      ...base,
      label: `answer modes, round ${round}: free text, ${SAMPLES.toLocaleString("en-US")} samples`,
    });
  const runJson = (round: number) =>
    throughput(api, {
      ...base,
      label: `answer modes, round ${round}: JSON schema + log-probabilities, ${SAMPLES.toLocaleString("en-US")} samples`,
      answerMode: "JSON_SCHEMA",
      withLogprobs: true,
    });
  const pairs: { free: TThroughput; json: TThroughput }[] = [];
  for (let round = 1; round <= ROUNDS; round += 1) {
    if (round % 2 === 1) {
      const free = await runFree(round);
      pairs.push({ free, json: await runJson(round) });
    } else {
      const json = await runJson(round);
      pairs.push({ free: await runFree(round), json });
    }
  }
  const costs = pairs.map((pair) => 1 - pair.json.rate / pair.free.rate);
  // Extra workers CPU per sample: the share of throughput the mode costs a CPU-bound worker, whatever the load.
  const cpuCosts = pairs.map((pair) => 1 - pair.free.workersCpuMsPerSample / pair.json.workersCpuMsPerSample);
  // The same for the whole machine (workers, Postgres, Redis, the test model): what throughput costs once the two
  // cores are saturated, measured in CPU time rather than in a few seconds of wall clock.
  const machineCosts = pairs.map((pair) => 1 - pair.free.machineCpuMsPerSample / pair.json.machineCpuMsPerSample);
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
  const micros = (ms: number) => `${Math.round(ms * 1000)} µs`;
  for (const [index, pair] of pairs.entries()) {
    console.log(
      `  pair ${index + 1}: free text ${Math.round(pair.free.rate)}/s, JSON + log-probabilities ${Math.round(pair.json.rate)}/s, ` +
        `cost ${percent(costs[index]!)}; workers CPU per sample ${micros(pair.free.workersCpuMsPerSample)} vs ` +
        `${micros(pair.json.workersCpuMsPerSample)} (${percent(cpuCosts[index]!)} of the JSON run's); whole machine ` +
        `${micros(pair.free.machineCpuMsPerSample)} vs ${micros(pair.json.machineCpuMsPerSample)} (${percent(machineCosts[index]!)})`,
    );
  }
  const free = pairs.reduce((sum, pair) => sum + pair.free.rate, 0);
  const json = pairs.reduce((sum, pair) => sum + pair.json.rate, 0);
  const cost = median(costs);
  const verdict = cost <= TARGET_COST ? "within" : "OVER";
  console.log(
    `answer modes (${ROUNDS} alternating pairs): free text ${Math.round(free / ROUNDS)}/s, JSON + log-probabilities ` +
      `${Math.round(json / ROUNDS)}/s: median pair cost ${percent(cost)}, cost of the totals ${percent(1 - json / free)} ` +
      `(${verdict} the 10% target); median extra CPU per sample: workers ${percent(median(cpuCosts))}, whole machine ` +
      `${percent(median(machineCosts))}; the pairs' costs range ${percent(Math.min(...costs))} to ${percent(Math.max(...costs))}`,
  );
  if (cost > TARGET_COST) process.exitCode = 1;
}

/**
 * The calibration of a 1,000,000-output run: computed once when the run completes (bootstrap included) and stored
 * (RunCalibration), then read by the run page from there: `findRunCalibration`, what GET /api/runs/:id and the run
 * page call, timed on a completed run whose stored figures cover a million outputs (target ≤ 300 ms). The run has no
 * output rows here, so figures that came back with a million outputs can only have come from the stored document.
 */
export async function benchCalibration(): Promise<void> {
  const { computeCalibrationFigures } = await import("@/lib/answer-modes/calibration");
  const { findRunCalibration } = await import("@/lib/answer-modes/run-calibration");
  const { createRandom } = await import("@/lib/metrics/random");
  const { prisma } = await import("@/lib/db/prisma");
  const random = createRandom(11);
  const items = Array.from({ length: 1_000_000 }, () => {
    const confidence = random();
    return { confidence, correct: random() < confidence };
  });
  const started = performance.now();
  const figures = computeCalibrationFigures(items, 0);
  const elapsed = performance.now() - started;
  const stored = JSON.stringify(figures);

  const suffix = Math.random().toString(36).slice(2, 10);
  const dataset = await prisma.dataset.create({
    data: {
      name: `bench-calibration-${suffix}`,
      task: "CLASSIFICATION",
      labels: ["a", "b"],
      sourceFileName: "generated",
      sourceSha256: "0".repeat(64),
      sourceBytes: 0,
      columnMapping: {},
      rowCount: 0,
      trainCount: 0,
      testCount: 0,
    },
  });
  const endpoint = await prisma.modelEndpoint.create({
    data: { name: `bench-calibration-${suffix}`, baseUrl: "http://127.0.0.1:9/v1", model: "none" },
  });
  try {
    const run = await prisma.run.create({
      data: {
        datasetId: dataset.id,
        endpointId: endpoint.id,
        task: "CLASSIFICATION",
        status: "COMPLETED",
        promptTemplate: "{{input}}",
        total: 1_000_000,
        answerMode: "JSON_SCHEMA",
        withLogprobs: true,
      },
    });
    await prisma.runCalibration.create({
      data: { runId: run.id, generation: run.generation, figures: JSON.parse(stored) as object },
    });
    const times: number[] = [];
    let covered = 0;
    for (let call = 0; call < 8; call += 1) {
      const callStarted = performance.now();
      covered = (await findRunCalibration(prisma, run.id))?.covered ?? 0;
      if (call > 0) times.push(performance.now() - callStarted); // the first call warms the connection up
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    const ok = covered === 1_000_000 && median <= 300;
    console.log(
      `calibration of 1,000,000 outputs: computed in ${(elapsed / 1000).toFixed(1)} s at completion ` +
        `(${figures.resamples} bootstrap resamples), stored as ${(stored.length / 1024).toFixed(1)} KB; ` +
        `the run page reads it (findRunCalibration) in ${median.toFixed(1)} ms median, max ${times.at(-1)!.toFixed(1)} ms ` +
        `(target ≤ 300 ms${ok ? "" : ", MISSED"}; ${covered.toLocaleString("en-US")} outputs covered, from the stored figures)`,
    );
    if (!ok) process.exitCode = 1;
  } finally {
    await prisma.dataset.delete({ where: { id: dataset.id } });
    await prisma.modelEndpoint.delete({ where: { id: endpoint.id } });
  }
}
