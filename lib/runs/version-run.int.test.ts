import { afterAll, afterEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { getOutputDetail } from "@/lib/outputs/detail";
import { parseOutputFilters } from "@/lib/outputs/filters";
import { findOutputs } from "@/lib/outputs/query";
import { createRuns } from "@/lib/runs/create";
import { normalizeInputText } from "@/lib/runs/shots";
import { createVersion, ensureFirstVersion } from "@/lib/versions/create";
import { readLastUserText } from "@/test/llm-server/chat-text";
import { startLlmServer } from "@/test/llm-server/server";
import type { THandler } from "@/test/llm-server/types";
import { isolatedRunQueue, medicalAbstracts, seedEndpoint, startTestWorkers } from "@/test/runs-harness";
import { seedTestDataset } from "@/test/seed-test-dataset";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});
afterAll(() => prisma.$disconnect());

const TRAIN = 6;
const SHOTS = 4;

/** The query of a default classification prompt, and its k-shot examples (text and shown label). */
function readPrompt(text: string) {
  const query = text.slice(text.lastIndexOf("Text:\n") + "Text:\n".length, text.lastIndexOf("\n\nAnswer with"));
  const examples = [...text.matchAll(/Example \d+:\nText:\n([\s\S]*?)\nCategory: (.*)/g)].map((m) => ({
    input: m[1]!,
    label: m[2]!,
  }));
  return { query, examples };
}

describe("a run on a dataset version", () => {
  it("sends only the version's samples, shows its corrected TRAIN labels as examples (never the query's own text) and scores against its labels", async () => {
    // 40 real abstracts: 6 TRAIN, 34 TEST; TRAIN row 5 is TEST row 10's text, re-cased (a duplicate across splits).
    const rows = [...medicalAbstracts.table.entries()].slice(0, 40);
    rows[5] = [`  ${rows[10]![0].toUpperCase()} `, rows[10]![1]];
    const other = (label: string) => medicalAbstracts.labels.find((l) => l !== label)!;
    const { dataset, samples } = await seedTestDataset(prisma, {
      name: "version-run",
      task: "CLASSIFICATION",
      labels: medicalAbstracts.labels,
      expected: rows.map(([, expected]) => expected),
      input: (index) => rows[index]![0],
      train: TRAIN,
    });
    const v1 = await ensureFirstVersion(prisma, dataset.id);
    // Version 2: TEST rows 7 and 8 and TRAIN row 0 excluded; TEST row 9 and TRAIN row 1 relabelled.
    const exclude = new Set([samples[7]!.id, samples[8]!.id, samples[0]!.id]);
    const relabel = new Map([samples[9]!, samples[1]!].map((s) => [s.id, other(s.expected)]));
    const v2 = await prisma.$transaction((tx) =>
      createVersion(tx, {
        datasetId: dataset.id,
        parentId: v1,
        change: { relabel, exclude, aliases: new Map() },
        labels: medicalAbstracts.labels,
      }),
    );

    // The model answers every query with its label as uploaded.
    const uploaded = new Map(rows.slice(TRAIN).map(([input, label]) => [input, label]));
    const prompts: string[] = [];
    const handler: THandler = (req) => {
      const text = readLastUserText(req);
      prompts.push(text);
      return { content: uploaded.get(readPrompt(text).query) ?? "no idea" };
    };
    const server = await startLlmServer({ handler });
    cleanups.push(() => server.close());
    const endpointId = await seedEndpoint(prisma, { baseUrl: server.url, maxConcurrency: 8, timeoutMs: 5_000 });
    const queues = isolatedRunQueue();
    cleanups.push(() => queues.close());
    const input = { datasetId: dataset.id, endpointId, split: "TEST" as const, shots: SHOTS, temperature: 0, seed: 7 };
    // k-shot needs k TRAIN samples the version keeps: 6 TRAIN rows, one excluded by version 2.
    await expect(createRuns(prisma, queues.queue, { ...input, shots: TRAIN })).rejects.toMatchObject({
      status: 422,
      code: "not_enough_train_samples",
      message: `${TRAIN}-shot needs ${TRAIN} TRAIN samples; its latest version keeps ${TRAIN - 1}.`,
    });
    const [runId] = (await createRuns(prisma, queues.queue, input)).ids;
    const workers = await startTestWorkers({ QUEUE_PREFIX: queues.prefix, REDIS_URL: queues.redisUrl });
    cleanups.push(async () => {
      workers.child.kill("SIGKILL");
      await workers.exited;
    });
    await expect
      .poll(async () => (await prisma.run.findUniqueOrThrow({ where: { id: runId! } })).status, {
        timeout: 90_000,
        interval: 200,
      })
      .toBe("COMPLETED");

    const run = await prisma.run.findUniqueOrThrow({ where: { id: runId! } });
    const kept = samples.filter((s) => s.split === "TEST" && !exclude.has(s.id));
    expect(run.datasetVersionId).toBe(v2.id);
    expect(run.total).toBe(kept.length);
    // Exactly the kept TEST samples were sent, each once; none of the excluded ones.
    const queries = prompts.map((p) => readPrompt(p).query);
    expect([...queries].sort()).toEqual(kept.map((s) => s.input).sort());

    const excludedTrain = normalizeInputText(samples[0]!.input);
    const relabelledTrain = samples[1]!;
    let sawRelabelledTrain = false;
    for (const prompt of prompts) {
      const { query, examples } = readPrompt(prompt);
      expect(examples).toHaveLength(SHOTS);
      for (const example of examples) {
        // Never the query's own text (TRAIN row 5 is TEST row 10 re-cased), never an excluded TRAIN sample.
        expect(normalizeInputText(example.input)).not.toBe(normalizeInputText(query));
        expect(normalizeInputText(example.input)).not.toBe(excludedTrain);
        if (example.input === relabelledTrain.input) {
          sawRelabelledTrain = true;
          expect(example.label).toBe(relabel.get(relabelledTrain.id));
        }
      }
    }
    // 5 TRAIN samples are kept and 4 are shown: the relabelled one is among them for most queries.
    expect(sawRelabelledTrain).toBe(true);
    const query10 = prompts.find((p) => readPrompt(p).query === samples[10]!.input)!;
    expect(readPrompt(query10).examples.map((e) => e.input)).not.toContain(rows[5]![0]);

    // Scored against version 2's labels: TEST row 9 (relabelled) is the only wrong answer.
    const outputs = await prisma.output.findMany({ where: { runId: runId! } });
    expect(outputs).toHaveLength(kept.length);
    expect(outputs.filter((o) => !o.correct).map((o) => o.sampleId)).toEqual([samples[9]!.id]);

    // The drill-down shows and filters on the labels the run was scored against: row 9's correction.
    const corrected = relabel.get(samples[9]!.id)!;
    const page = await findOutputs(prisma, runId!, parseOutputFilters({ expected: corrected }));
    expect(page.items.map((item) => item.sampleId)).toContain(samples[9]!.id);
    expect(page.items.find((item) => item.sampleId === samples[9]!.id)?.expected).toBe(corrected);
    const uploadedLabel = await findOutputs(prisma, runId!, parseOutputFilters({ expected: samples[9]!.expected }));
    expect(uploadedLabel.items.map((item) => item.sampleId)).not.toContain(samples[9]!.id);
    expect((await getOutputDetail(prisma, runId!, samples[9]!.id)).sample.expected).toBe(corrected);
  });
});
