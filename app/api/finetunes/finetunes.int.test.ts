import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { buildDatasetExport } from "@/lib/finetune/export";
import { seedEndpoint, seedMedicalDataset } from "@/test/runs-harness";
import { POST } from "./route";

const noParams = { params: Promise.resolve({}) };
const created: string[] = [];

afterAll(async () => {
  await prisma.dataset.deleteMany({ where: { id: { in: created } } });
});

function post(body: unknown) {
  return POST(
    new Request("http://127.0.0.1/api/finetunes", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    noParams,
  );
}

async function setUp(trainCount: number, baseUrl = "http://127.0.0.1:9/v1") {
  const { datasetId } = await seedMedicalDataset(prisma, { trainCount });
  created.push(datasetId);
  const providerEndpointId = await seedEndpoint(prisma, { baseUrl });
  const { plan } = await buildDatasetExport(datasetId, { split: "TRAIN", validationShare: 0, seed: 1 });
  return { datasetId, providerEndpointId, tokens: plan.summary.training.tokens };
}

const countFineTunes = (datasetId: string) => prisma.fineTune.count({ where: { datasetId } });

describe("POST /api/finetunes refuses before anything is written or uploaded", () => {
  it("a split with fewer rows than the provider's minimum: 422 with the count and the limit", async () => {
    const env = await setUp(7);
    const response = await post({
      datasetId: env.datasetId,
      providerEndpointId: env.providerEndpointId,
      confirmedTrainingTokens: env.tokens,
    });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe(
      "The training file has 7 rows; the provider needs at least 10.",
    );
    expect(await countFineTunes(env.datasetId)).toBe(0);
  });

  it("an estimate that is not the one confirmed: 409", async () => {
    const env = await setUp(20);
    const response = await post({
      datasetId: env.datasetId,
      providerEndpointId: env.providerEndpointId,
      confirmedTrainingTokens: env.tokens - 1,
    });
    expect(response.status).toBe(409);
    expect(await countFineTunes(env.datasetId)).toBe(0);
  });

  it("a provider whose base URL the SSRF guard refuses: 422", async () => {
    const env = await setUp(20);
    await prisma.modelEndpoint.update({
      where: { id: env.providerEndpointId },
      data: { baseUrl: "http://169.254.169.254/v1" },
    });
    const response = await post({
      datasetId: env.datasetId,
      providerEndpointId: env.providerEndpointId,
      confirmedTrainingTokens: env.tokens,
    });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("provider_refused");
    expect(await countFineTunes(env.datasetId)).toBe(0);
  });
});
