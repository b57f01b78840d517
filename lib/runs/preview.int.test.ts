import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { ZEndpointInput } from "@/lib/endpoints/schemas";
import { createEndpoint } from "@/lib/endpoints/service";
import { seedEndpoint, seedMedicalDataset } from "@/test/runs-harness";
import { previewRuns } from "./preview";
import { DEFAULT_CLASSIFICATION_TEMPLATE, renderPrompt } from "./prompt";

afterAll(async () => {
  await prisma.$disconnect();
});

const TRAIN = 40;

async function setUp() {
  const dataset = await seedMedicalDataset(prisma, { trainCount: TRAIN });
  // seedEndpoint prices $1 / $2 per million tokens.
  const priced = await seedEndpoint(prisma, { baseUrl: "http://127.0.0.1:9/v1" });
  const unpriced = await createEndpoint(
    ZEndpointInput.parse({
      name: `unpriced-${randomUUID().slice(0, 8)}`,
      baseUrl: "http://127.0.0.1:9/v1",
      model: "m",
    }),
    prisma,
  );
  return { dataset, priced, unpriced: unpriced.id };
}

const base = { split: "TEST" as const, shots: 0, temperature: 0, seed: 1 };

describe("previewRuns", () => {
  it("renders the first sample of the split with k examples from TRAIN and prices each endpoint", async () => {
    const { dataset, priced, unpriced } = await setUp();
    const preview = await previewRuns(prisma, {
      ...base,
      datasetId: dataset.datasetId,
      shots: 3,
      endpointIds: [unpriced, priced],
    });
    const [firstTest] = dataset.testRows;
    expect(preview.sample).toEqual({ index: TRAIN, input: firstTest?.[0], expected: firstTest?.[1] });
    expect(preview.prompt).toContain("Example 3:");
    expect(preview.prompt).not.toContain("Example 4:");
    // Examples never come from the evaluated split.
    const testInputs = dataset.testRows.map(([input]) => input);
    const exampleTexts = [...preview.prompt.matchAll(/Example \d:\nText:\n([\s\S]*?)\nCategory:/g)].map((m) => m[1]);
    expect(exampleTexts).toHaveLength(3);
    for (const text of exampleTexts) expect(testInputs).not.toContain(text);

    expect(preview.samples).toBe(200 - TRAIN);
    expect(preview.perEndpoint.map((estimate) => estimate.endpointId)).toEqual([unpriced, priced]);
    const [unpricedEstimate, pricedEstimate] = preview.perEndpoint;
    expect(unpricedEstimate?.cost).toBeNull();
    expect(pricedEstimate?.cost).toBeCloseTo(
      (pricedEstimate!.promptTokens * 1 + pricedEstimate!.completionTokens * 2) / 1_000_000,
      12,
    );
    expect(preview.total.cost).toBeNull();
    expect(preview.total.unpriced).toHaveLength(1);
  });

  it("estimates prompt tokens close to what the run's prompts really add up to", async () => {
    const { dataset, priced } = await setUp();
    const preview = await previewRuns(prisma, { ...base, datasetId: dataset.datasetId, endpointIds: [priced] });
    const allChars = dataset.testRows.reduce(
      (sum, [input]) =>
        sum + renderPrompt(DEFAULT_CLASSIFICATION_TEMPLATE, { input, labels: dataset.labels, shots: [] }).length,
      0,
    );
    expect(preview.perEndpoint[0]?.promptTokens).toBeGreaterThan((allChars / 4) * 0.99);
    expect(preview.perEndpoint[0]?.promptTokens).toBeLessThan((allChars / 4) * 1.01);
  });

  it("needs no endpoint yet, and honours the sample limit", async () => {
    const { dataset } = await setUp();
    const preview = await previewRuns(prisma, { ...base, datasetId: dataset.datasetId, limit: 10 });
    expect(preview.samples).toBe(10);
    expect(preview.perEndpoint).toEqual([]);
    expect(preview.prompt).toContain(dataset.testRows[0]?.[0]);
  });

  it("refuses what creating the run would refuse", async () => {
    const { dataset, priced } = await setUp();
    await expect(
      previewRuns(prisma, { ...base, datasetId: dataset.datasetId, shots: TRAIN + 1, endpointIds: [priced] }),
    ).rejects.toMatchObject({ status: 422, code: "not_enough_train_samples" });
    await expect(
      previewRuns(prisma, { ...base, datasetId: dataset.datasetId, promptTemplate: "{{labels}} only" }),
    ).rejects.toMatchObject({ status: 422, code: "invalid_prompt_template" });
    await expect(
      previewRuns(prisma, { ...base, datasetId: dataset.datasetId, endpointIds: [randomUUID()] }),
    ).rejects.toMatchObject({ status: 404, code: "endpoint_not_found" });
  });
});
