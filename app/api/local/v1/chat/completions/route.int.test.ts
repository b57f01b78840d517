import { randomUUID } from "node:crypto";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { DEFAULT_CLASSIFICATION_TEMPLATE, renderPrompt } from "@/lib/runs/prompt";
import { seedTestDataset } from "@/test/seed-test-dataset";
import { POST } from "./route";

const noParams = { params: Promise.resolve({}) };
const BASE_URL = "http://127.0.0.1/api/local/v1";
const LABELS = ["cardiovascular diseases", "neoplasms"];

const TRAIN = [
  ["Malignant tumor of the breast with metastasis", "neoplasms"],
  ["Tumor growth and carcinoma staging", "neoplasms"],
  ["Chemotherapy reduced the tumor size", "neoplasms"],
  ["Myocardial infarction and coronary artery disease", "cardiovascular diseases"],
  ["Hypertension raises the risk of heart failure", "cardiovascular diseases"],
  ["Coronary bypass improved heart function", "cardiovascular diseases"],
  ["Heart rate and blood pressure after exercise", "cardiovascular diseases"],
] as const;

const QA = [
  ["What are the treatments for gout ?", "Colchicine and rest."],
  ["What is (are) asthma ?", "A chronic disease of the airways."],
] as const;

const created: string[] = [];

async function createDataset(task: "CLASSIFICATION" | "OPEN_QA", rows: readonly (readonly [string, string])[]) {
  const { dataset } = await seedTestDataset(prisma, {
    name: "int-local",
    task,
    labels: task === "CLASSIFICATION" ? LABELS : [],
    expected: rows.map(([, expected]) => expected),
    input: (index) => rows[index]![0],
    train: rows.length,
  });
  created.push(dataset.id);
  return dataset.id;
}

// The real SDK, with its HTTP calls handed straight to the route handler: the request is exactly what a run sends.
const client = new OpenAI({
  baseURL: BASE_URL,
  apiKey: "unused",
  maxRetries: 0,
  fetch: (url, init) => POST(new Request(url, init), noParams),
});

function classificationPrompt(input: string): string {
  return renderPrompt(DEFAULT_CLASSIFICATION_TEMPLATE, { input, labels: LABELS, shots: [] });
}

async function ask(model: string, content: string, maxTokens = 32) {
  return client.chat.completions.create({ model, messages: [{ role: "user", content }], max_tokens: maxTokens });
}

let classification = "";
let openQa = "";

beforeAll(async () => {
  classification = await createDataset("CLASSIFICATION", TRAIN);
  openQa = await createDataset("OPEN_QA", QA);
});

afterAll(async () => {
  await prisma.dataset.deleteMany({ where: { id: { in: created } } });
});

describe("POST /api/local/v1/chat/completions", () => {
  it("answers with the naive Bayes label trained on the TRAIN split, usage included", async () => {
    const prompt = classificationPrompt("A large tumor was found in the lung.\nIt was removed.");
    const completion = await ask(`naive-bayes:${classification}`, prompt);
    expect(completion.choices[0]?.message.content).toBe("neoplasms");
    expect(completion.model).toBe(`naive-bayes:${classification}`);
    expect(completion.usage?.prompt_tokens).toBe(Math.ceil(prompt.length / 4));
    const heart = await ask(
      `naive-bayes:${classification}`,
      classificationPrompt("Heart failure and coronary disease"),
    );
    expect(heart.choices[0]?.message.content).toBe("cardiovascular diseases");
  });

  it("serves the majority and keyword zero-shot baselines", async () => {
    const majority = await ask(`majority:${classification}`, classificationPrompt("A tumor."));
    expect(majority.choices[0]?.message.content).toBe("cardiovascular diseases");
    const keyword = await ask(`keyword-zero-shot:${classification}`, classificationPrompt("Benign neoplasms."));
    expect(keyword.choices[0]?.message.content).toBe("neoplasms");
    const outside = await ask(`keyword-zero-shot:${classification}`, classificationPrompt("Hepatitis in adults."));
    expect(outside.choices[0]?.message.content).toBe("Hepatitis");
  });

  it("answers open QA with the reference answer of the nearest TRAIN question, cut at max_tokens", async () => {
    const completion = await ask(`retrieval-qa:${openQa}`, "What are the treatments for Gout?");
    expect(completion.choices[0]?.message.content).toBe("Colchicine and rest.");
    const short = await ask(`retrieval-qa:${openQa}`, "What are the treatments for Gout?", 2);
    expect(short.choices[0]?.message.content).toBe("Colchicine and rest.".slice(0, 8));
    expect(short.choices[0]?.finish_reason).toBe("length");
  });

  it("answers 404 for unknown models and models that do not fit the dataset's task", async () => {
    for (const model of ["gpt-4o", `naive-bayes:${randomUUID()}`, `naive-bayes:${openQa}`]) {
      const error = await ask(model, "hello").catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(OpenAI.NotFoundError);
    }
  });

  it("refuses a body that is not JSON", async () => {
    const response = await POST(
      new Request(`${BASE_URL}/chat/completions`, {
        method: "POST",
        body: "{",
        headers: { "content-type": "application/json" },
      }),
      noParams,
    );
    expect(response.status).toBe(400);
  });
});
