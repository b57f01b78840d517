import type { TPrisma } from "@/lib/db/prisma";
import { seedEndpoint } from "@/test/runs-harness";

// Test-only helpers for the pairwise integration tests: complete open-QA runs written straight to Postgres.

/** A run of `answers[i]` on sample i (null: an error, no answer), with the given status. */
export async function seedQaRun(
  db: TPrisma,
  options: {
    datasetId: string;
    samples: { id: number; index: number }[];
    answers: (string | null)[];
    baseUrl: string;
    model: string;
    status?: "COMPLETED" | "RUNNING";
  },
): Promise<string> {
  const endpointId = await seedEndpoint(db, { baseUrl: options.baseUrl, model: options.model });
  const run = await db.run.create({
    data: {
      datasetId: options.datasetId,
      endpointId,
      task: "OPEN_QA",
      status: options.status ?? "COMPLETED",
      promptTemplate: "{{input}}",
      maxTokens: 256,
      split: "TEST",
      total: options.samples.length,
      lastIndex: Math.max(...options.samples.map((sample) => sample.index)),
      finishedAt: options.status === "RUNNING" ? null : new Date(),
    },
  });
  await db.output.createMany({
    data: options.samples.map((sample, i) => {
      const answer = options.answers[i] ?? null;
      return answer === null
        ? { runId: run.id, sampleId: sample.id, errorKind: "server_error", errorMessage: "boom" }
        : { runId: run.id, sampleId: sample.id, rawText: answer };
    }),
  });
  return run.id;
}
