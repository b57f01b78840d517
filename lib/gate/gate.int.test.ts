import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { pairedProportionLowerBound } from "@/lib/metrics";
import { seedTestDataset } from "@/test/seed-test-dataset";
import { GET } from "@/app/api/runs/gate/route";
import { evaluateGate } from "./evaluate";
import { ZGateQuery, ZGateResult } from "./schemas";

afterAll(async () => {
  await prisma.$disconnect();
});

const LABELS = ["a", "b"];
// 60 samples, alternating labels.
const EXPECTED = Array.from({ length: 60 }, (_, i) => (i % 2 === 0 ? "a" : "b"));
const flip = (label: string) => (label === "a" ? "b" : "a");

function seedDataset() {
  return seedTestDataset(prisma, {
    name: "gate",
    task: "CLASSIFICATION",
    labels: LABELS,
    expected: EXPECTED,
    input: (index) => `text ${index}`,
  });
}
type TSeed = Awaited<ReturnType<typeof seedDataset>>;

/** A completed run whose answer to sample i is `answer(i)`: a label, "invalid" or "error". */
async function seedRun(seed: TSeed, name: string, answer: (index: number) => string, split: "TEST" | "TRAIN" = "TEST") {
  const endpoint = await prisma.modelEndpoint.create({
    data: { name: `${name}-${seed.suffix}`, baseUrl: "http://127.0.0.1:9/v1", model: name },
  });
  const run = await prisma.run.create({
    data: {
      datasetId: seed.dataset.id,
      endpointId: endpoint.id,
      task: "CLASSIFICATION",
      status: "COMPLETED",
      promptTemplate: "{input}",
      total: EXPECTED.length,
      split,
    },
  });
  await prisma.output.createMany({
    data: EXPECTED.map((expected, index) => {
      const base = { runId: run.id, sampleId: seed.sampleIds[index]! };
      const said = answer(index);
      if (said === "error") return { ...base, errorKind: "timeout" };
      if (said === "invalid") return { ...base, rawText: "?", valid: false, correct: false };
      return { ...base, rawText: said, parsedLabel: said, valid: true, correct: said === expected };
    }),
  });
  return run.id;
}

async function callGate(query: Record<string, string>) {
  const response = await GET(new Request(`http://127.0.0.1/api/runs/gate?${new URLSearchParams(query)}`), {
    params: Promise.resolve({}),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("the non-inferiority gate", () => {
  it("passes a candidate as good as the baseline and fails one that is clearly worse, on every metric", async () => {
    const seed = await seedDataset();
    // Baseline wrong on samples 0-5 (54/60); "same" wrong on 1-6 (54/60); "worse" wrong on 0-17 (42/60).
    const baseline = await seedRun(seed, "baseline", (i) => (i < 6 ? flip(EXPECTED[i]!) : EXPECTED[i]!));
    const same = await seedRun(seed, "same", (i) => (i >= 1 && i <= 6 ? flip(EXPECTED[i]!) : EXPECTED[i]!));
    const worse = await seedRun(seed, "worse", (i) => (i < 18 ? "invalid" : EXPECTED[i]!));

    const passing = await evaluateGate(prisma, ZGateQuery.parse({ baseline, candidate: same, margin: "0.1" }));
    // Discordant: sample 0 only the candidate got right, sample 6 only the baseline.
    const expected = pairedProportionLowerBound({ baselineOnly: 1, candidateOnly: 1, n: 60 });
    expect(passing).toMatchObject({ pairs: 60, difference: 0, baselineValue: 0.9, candidateValue: 0.9, passed: true });
    expect(passing.lower).toBeCloseTo(expected.lower as number, 12);

    const failing = await evaluateGate(prisma, ZGateQuery.parse({ baseline, candidate: worse, margin: "0.02" }));
    expect(failing).toMatchObject({ passed: false, baselineValue: 0.9, candidateValue: 0.7 });
    expect(failing.difference).toBeCloseTo(-0.2, 12);

    for (const metric of ["validAccuracy", "macroF1"]) {
      const query = (candidate: string) => ZGateQuery.parse({ baseline, candidate, metric, margin: "0.1" });
      expect((await evaluateGate(prisma, query(same))).passed).toBe(true);
    }
    // Invalid answers are wrong for macro-F1 (a false negative), so "worse" fails it; its valid answers are all
    // right, so on validAccuracy it is better than the baseline and passes.
    const macro = await evaluateGate(prisma, ZGateQuery.parse({ baseline, candidate: worse, metric: "macroF1" }));
    expect(macro.passed).toBe(false);
    const valid = await evaluateGate(prisma, ZGateQuery.parse({ baseline, candidate: worse, metric: "validAccuracy" }));
    expect(valid).toMatchObject({ passed: true, candidateValue: 1 });

    const { status, body } = await callGate({ baseline, candidate: same, margin: "0.1" });
    expect(status).toBe(200);
    expect(ZGateResult.parse(body).passed).toBe(true);
  });

  it("refuses (422) runs of different datasets or splits, no shared answers, or a metric of the other task", async () => {
    const seed = await seedDataset();
    const other = await seedDataset();
    const baseline = await seedRun(seed, "base", (i) => EXPECTED[i]!);
    const elsewhere = await seedRun(other, "elsewhere", (i) => EXPECTED[i]!);
    const train = await seedRun(seed, "train", (i) => EXPECTED[i]!, "TRAIN");
    const failedCalls = await seedRun(seed, "errors", () => "error");
    const cases = [
      [{ candidate: elsewhere }, "different_datasets"],
      [{ candidate: train }, "different_splits"],
      [{ candidate: failedCalls }, "no_shared_samples"],
      [{ candidate: train, metric: "judgeMean" }, "different_splits"],
      [{ candidate: failedCalls, metric: "judgeMean" }, "metric_not_available"],
      [{ candidate: baseline }, "same_run"],
    ] as const;
    for (const [query, code] of cases) {
      const { status, body } = await callGate({ baseline, ...query });
      expect(status, code).toBe(422);
      expect(body).toMatchObject({ error: { code } });
    }
    expect((await callGate({ baseline, candidate: "nope" })).status).toBe(422);
    expect((await callGate({ baseline, candidate: failedCalls, metric: "f1" })).status).toBe(422);
    expect((await callGate({ baseline, candidate: crypto.randomUUID() })).status).toBe(404);
  });
});
