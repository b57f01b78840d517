import { randomUUID } from "node:crypto";
import OpenAI, { toFile } from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { DEFAULT_CLASSIFICATION_TEMPLATE } from "@/lib/runs/prompt";
import { toChatExample, toJsonlLine } from "@/lib/finetune/export-builder";
import { POST as chat } from "../chat/completions/route";
import { POST as uploadFile } from "../files/route";
import { POST as createJob } from "./jobs/route";
import { GET as getJob } from "./jobs/[id]/route";
import { POST as cancelJob } from "./jobs/[id]/cancel/route";
import { GET as listEvents } from "./jobs/[id]/events/route";

type THandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

// The real SDK, each request handed to the route handler its path names: exactly what the fine-tune workers send.
const routes: [RegExp, string, THandler][] = [
  [/\/files$/, "POST", uploadFile],
  [/\/fine_tuning\/jobs$/, "POST", createJob],
  [/\/fine_tuning\/jobs\/([^/]+)$/, "GET", getJob],
  [/\/fine_tuning\/jobs\/([^/]+)\/events$/, "GET", listEvents],
  [/\/fine_tuning\/jobs\/([^/]+)\/cancel$/, "POST", cancelJob],
  [/\/chat\/completions$/, "POST", chat],
];

const client = new OpenAI({
  baseURL: "http://127.0.0.1/api/local/v1",
  apiKey: "unused",
  maxRetries: 0,
  fetch: async (url, init) => {
    const request = new Request(url, init);
    const path = new URL(request.url).pathname;
    for (const [pattern, method, handler] of routes) {
      const match = pattern.exec(path);
      if (match && request.method === method)
        return handler(request, { params: Promise.resolve({ id: match[1] ?? "" }) });
    }
    return new Response("no route", { status: 404 });
  },
});

const LABELS = ["negative", "positive"];
const POSITIVE = ["wonderful film", "great acting, loved it", "a wonderful cast", "loved every minute", "great fun"];
const NEGATIVE = ["awful plot", "boring and awful", "terrible acting", "a terrible waste", "boring, hated it"];
const TRAIN = [...POSITIVE.map((text) => [text, "positive"]), ...NEGATIVE.map((text) => [text, "negative"])];

function jsonl(rows: readonly string[][]): string {
  return rows
    .map(([input, expected], index) =>
      toJsonlLine(
        toChatExample(DEFAULT_CLASSIFICATION_TEMPLATE, LABELS, { index, input: input!, expected: expected! }),
      ),
    )
    .join("");
}

async function upload(content: string) {
  return client.files.create({ file: await toFile(Buffer.from(content), "train.jsonl"), purpose: "fine-tune" });
}

const baseModel = `naive-bayes:${randomUUID()}`;
const fileIds: string[] = [];
const jobIds: string[] = [];

beforeAll(async () => {
  for (const rows of [TRAIN, TRAIN.slice(0, 4)]) fileIds.push((await upload(jsonl(rows))).id);
});

afterAll(async () => {
  await prisma.localFineTuneJob.deleteMany({ where: { id: { in: jobIds } } });
  await prisma.localFineTuneFile.deleteMany({ where: { id: { in: fileIds } } });
});

describe("the built-in provider's fine-tuning API", () => {
  it("trains on the uploaded file, reports a loss per epoch, and serves the fine-tuned model", async () => {
    const job = await client.fineTuning.jobs.create({
      model: baseModel,
      training_file: fileIds[0]!,
      hyperparameters: { n_epochs: 8, batch_size: 2 },
      suffix: "sentiment",
    });
    jobIds.push(job.id);
    expect(job.status).toBe("queued");
    await expect
      .poll(async () => (await client.fineTuning.jobs.retrieve(job.id)).status, { timeout: 20_000 })
      .toBe("succeeded");
    const done = await client.fineTuning.jobs.retrieve(job.id);
    expect(done.fine_tuned_model).toMatch(/^ft:naive-bayes:.+:sentiment:/);
    const events = await client.fineTuning.jobs.listEvents(job.id, { limit: 100 });
    const metrics = events.data.filter((event) => event.type === "metrics").reverse();
    expect(metrics).toHaveLength(8);
    const losses = metrics.map((event) => (event.data as { train_loss: number }).train_loss);
    expect(losses.at(-1)).toBeLessThan(losses[0]!);

    const prompt = toChatExample(DEFAULT_CLASSIFICATION_TEMPLATE, LABELS, {
      index: 0,
      input: "wonderful, loved it",
      expected: "",
    });
    const answer = await client.chat.completions.create({
      model: done.fine_tuned_model ?? "",
      messages: [prompt.messages[0]!],
    });
    expect(answer.choices[0]?.message.content).toBe("positive");
  });

  it("refuses a file with fewer examples than the minimum, naming the count", async () => {
    await expect(client.fineTuning.jobs.create({ model: baseModel, training_file: fileIds[1]! })).rejects.toMatchObject(
      {
        status: 400,
        message: expect.stringContaining("it has 4 examples; at least 10"),
      },
    );
  });

  it("refuses a file that is not chat JSONL, naming the line", async () => {
    const bad = await upload(`${jsonl(TRAIN.slice(0, 1))}{"prompt": "x"}\n`);
    fileIds.push(bad.id);
    await expect(client.fineTuning.jobs.create({ model: baseModel, training_file: bad.id })).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining("Line 2"),
    });
  });

  /** A job row already claimed by a trainer at `claimedAt` (running), on the first uploaded training file. */
  async function seedClaimedJob(job: { nEpochs: number; batchSize: number; claimedAt: Date }): Promise<string> {
    const id = `ftjob-${randomUUID()}`;
    jobIds.push(id);
    await prisma.localFineTuneJob.create({
      data: {
        id,
        baseModel,
        trainingFileId: fileIds[0]!,
        learningRateMultiplier: 1,
        status: "running",
        ...job,
      },
    });
    return id;
  }

  it("cancels a job that has not finished, and refuses to cancel it twice", async () => {
    // A job a trainer claimed just now: still running, not finished.
    const id = await seedClaimedJob({ nEpochs: 1, batchSize: 1, claimedAt: new Date() });
    const cancelled = await client.fineTuning.jobs.cancel(id);
    expect(cancelled.status).toBe("cancelled");
    await expect(client.fineTuning.jobs.cancel(id)).rejects.toMatchObject({ status: 400 });
    expect((await client.fineTuning.jobs.retrieve(id)).fine_tuned_model).toBeNull();
  });

  it("takes over a job whose trainer stopped (a stale claim) and finishes it", async () => {
    const id = await seedClaimedJob({ nEpochs: 3, batchSize: 4, claimedAt: new Date(Date.now() - 120_000) });
    await expect
      .poll(async () => (await client.fineTuning.jobs.retrieve(id)).status, { timeout: 20_000 })
      .toBe("succeeded");
  });

  it("answers 404 for a fine-tuned model id of no job", async () => {
    await expect(
      client.chat.completions.create({ model: `ft:x:y:${randomUUID()}`, messages: [{ role: "user", content: "hi" }] }),
    ).rejects.toMatchObject({ status: 404 });
  });
});
