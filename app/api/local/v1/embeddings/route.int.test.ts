import { randomUUID } from "node:crypto";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { EMBEDDING_DIMENSIONS } from "@/lib/local-models/embeddings/embed";
import { seedMedicalDataset } from "@/test/runs-harness";
import { POST } from "./route";

const client = new OpenAI({
  baseURL: "http://127.0.0.1/api/local/v1",
  apiKey: "unused",
  maxRetries: 0,
  fetch: (url, init) => POST(new Request(url, init), { params: Promise.resolve({}) }),
});

let datasetId = "";
let rows: [string, string][] = [];

beforeAll(async () => {
  const seeded = await seedMedicalDataset(prisma, { trainCount: 120 });
  datasetId = seeded.datasetId;
  rows = seeded.rows;
});

afterAll(async () => {
  await prisma.dataset.deleteMany({ where: { id: datasetId } });
});

const cosine = (a: number[], b: number[]) => a.reduce((sum, value, i) => sum + value * b[i]!, 0);

describe("POST /api/local/v1/embeddings (TF-IDF + truncated SVD of the TRAIN split)", () => {
  it("returns one unit vector per input, in order, with usage", async () => {
    const inputs = rows.slice(0, 3).map(([text]) => text);
    const response = await client.embeddings.create({ model: `tfidf-svd:${datasetId}`, input: inputs });
    expect(response.data.map((item) => item.index)).toEqual([0, 1, 2]);
    for (const item of response.data) {
      expect(item.embedding).toHaveLength(EMBEDDING_DIMENSIONS);
      // Sent as float32 (the SDK asks for base64): unit length to float32 precision.
      expect(Math.hypot(...item.embedding)).toBeCloseTo(1, 6);
    }
    expect(response.usage.prompt_tokens).toBe(inputs.reduce((sum, text) => sum + Math.ceil(text.length / 4), 0));
  });

  it("embeds a text closer to itself with a word changed than to an abstract of another class", async () => {
    const [first] = rows[0]!;
    const label = rows[0]![1];
    const other = rows.find(([, candidate]) => candidate !== label)![0];
    const edited = first.replace(/\b\w+\b/, "the");
    const { data } = await client.embeddings.create({ model: `tfidf-svd:${datasetId}`, input: [first, edited, other] });
    const [a, b, c] = data.map((item) => item.embedding) as [number[], number[], number[]];
    expect(cosine(a, b)).toBeGreaterThan(cosine(a, c));
  });

  it("answers 404 for an unknown model or a dataset that does not exist", async () => {
    await expect(client.embeddings.create({ model: "text-embedding-3-small", input: "x" })).rejects.toMatchObject({
      status: 404,
    });
    await expect(client.embeddings.create({ model: `tfidf-svd:${randomUUID()}`, input: "x" })).rejects.toMatchObject({
      status: 404,
    });
  });
});
