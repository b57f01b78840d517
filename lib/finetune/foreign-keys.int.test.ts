import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { deleteEndpoint } from "@/lib/endpoints/service";
import { seedEndpoint, seedMedicalDataset } from "@/test/runs-harness";

afterAll(async () => {
  await prisma.$disconnect();
});

const fineTuneData = (datasetId: string, providerEndpointId: string) => ({
  datasetId,
  providerEndpointId,
  trainingRows: 10,
  validationRows: 0,
  trainingTokens: 100,
});

describe("FineTune's foreign keys", () => {
  it("goes with its dataset, keeps its provider, forgets a deleted result endpoint, refuses dangling ids", async () => {
    const { datasetId } = await seedMedicalDataset(prisma, { trainCount: 20 });
    const providerId = await seedEndpoint(prisma, { baseUrl: "http://127.0.0.1:9/v1" });
    const resultId = await seedEndpoint(prisma, { baseUrl: "http://127.0.0.1:9/v1", model: "ft:test" });
    const fineTune = await prisma.fineTune.create({
      data: { ...fineTuneData(datasetId, providerId), resultEndpointId: resultId },
    });

    // The provider is restricted (the job's history would lose where it was trained), with a 409 that says why.
    await expect(deleteEndpoint(providerId)).rejects.toMatchObject({
      status: 409,
      code: "endpoint_in_use",
      message: expect.stringMatching(/used by 1 fine-tune\b/),
    });
    // The fine-tuned endpoint may go: the job stays, without its result.
    await deleteEndpoint(resultId);
    expect((await prisma.fineTune.findUniqueOrThrow({ where: { id: fineTune.id } })).resultEndpointId).toBeNull();

    await expect(prisma.fineTune.create({ data: fineTuneData(randomUUID(), providerId) })).rejects.toThrow();
    await expect(prisma.fineTune.create({ data: fineTuneData(datasetId, randomUUID()) })).rejects.toThrow();

    await prisma.dataset.delete({ where: { id: datasetId } });
    expect(await prisma.fineTune.count({ where: { id: fineTune.id } })).toBe(0);
    await deleteEndpoint(providerId);
  });
});
