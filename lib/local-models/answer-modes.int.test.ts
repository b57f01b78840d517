import OpenAI from "openai";
import { afterAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/local/v1/chat/completions/route";
import { findAnswerConfidence } from "@/lib/answer-modes/confidence";
import { parseJsonAnswer } from "@/lib/answer-modes/json-answer";
import { readTokenLogprobs } from "@/lib/answer-modes/logprobs";
import { buildAnswerFormat } from "@/lib/answer-modes/modes";
import { prisma } from "@/lib/db/prisma";
import { seedTestDataset } from "@/test/seed-test-dataset";
import { findNaiveBayesPosterior } from "./posterior";
import { trainNaiveBayes } from "./naive-bayes";

const LABELS = ["cardiovascular diseases", "neoplasms"];
const TRAIN = [
  { input: "Malignant tumor of the breast with metastasis", expected: "neoplasms" },
  { input: "Tumor growth and carcinoma staging", expected: "neoplasms" },
  { input: "Myocardial infarction and coronary artery disease", expected: "cardiovascular diseases" },
  { input: "Hypertension raises the risk of heart failure", expected: "cardiovascular diseases" },
];
const created: string[] = [];

afterAll(async () => {
  await prisma.dataset.deleteMany({ where: { id: { in: created } } });
  await prisma.$disconnect();
});

const client = new OpenAI({
  baseURL: "http://127.0.0.1/api/local/v1",
  apiKey: "unused",
  maxRetries: 0,
  fetch: (url, init) => POST(new Request(url, init), { params: Promise.resolve({}) }),
});

async function seed() {
  const { dataset } = await seedTestDataset(prisma, {
    name: "int-local-modes",
    task: "CLASSIFICATION",
    labels: LABELS,
    expected: TRAIN.map((row) => row.expected),
    input: (index) => TRAIN[index]!.input,
    train: TRAIN.length,
  });
  created.push(dataset.id);
  return dataset.id;
}

async function ask(model: string, text: string, mode: "JSON_SCHEMA" | "GUIDED_CHOICE") {
  const format = buildAnswerFormat(mode, LABELS, { guidedChoiceField: "guided_choice", withLogprobs: true })!;
  const body = {
    model,
    messages: [{ role: "user" as const, content: `Text: ${text}` }],
    max_tokens: 32,
    ...format.body,
  };
  return client.chat.completions.create(body as OpenAI.ChatCompletionCreateParamsNonStreaming);
}

describe("local models in the answer modes (through the real SDK)", () => {
  it("naive Bayes answers in JSON with its posterior as the label's log-probability", async () => {
    const datasetId = await seed();
    const text = "A tumor with metastasis";
    const reply = await ask(`naive-bayes:${datasetId}`, text, "JSON_SCHEMA");
    const content = reply.choices[0]!.message.content!;
    const answer = parseJsonAnswer(content, LABELS);
    expect(answer).toEqual({ label: "neoplasms", valid: true });
    const tokens = readTokenLogprobs(reply.choices[0]!.logprobs);
    // Independently: the same training rows, the same posterior.
    const posterior = findNaiveBayesPosterior(trainNaiveBayes(TRAIN), `Text: ${text}`);
    const expected = Math.exp(posterior.find((item) => item.label === "neoplasms")!.logprob);
    expect(findAnswerConfidence(content, tokens, answer.label)).toBeCloseTo(expected, 10);
  });

  it("keyword zero-shot is on the label set by construction in JSON and guided modes", async () => {
    const datasetId = await seed();
    const nothing = "An unrelated sentence about the weather";
    const json = await ask(`keyword-zero-shot:${datasetId}`, nothing, "JSON_SCHEMA");
    expect(parseJsonAnswer(json.choices[0]!.message.content!, LABELS).valid).toBe(true);
    const guided = await ask(`keyword-zero-shot:${datasetId}`, nothing, "GUIDED_CHOICE");
    expect(LABELS).toContain(guided.choices[0]!.message.content);
  });
});
