// Each importer end to end: a real file in the tool's format, written here, goes through POST /api/datasets (the
// streamed multipart upload, the column mapping, the ingest into Postgres) and its samples are read back; an
// unsupported shape is a 422 that names the row and the field, and stores nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postRoute } from "@/app/api/datasets/route";
import { POST as postPreview } from "@/app/api/datasets/preview/route";
import { prisma } from "@/lib/db/prisma";
import { createTestAccount, withBearer, type TTestAccount } from "@/test/accounts";
import {
  countStored,
  noParams,
  readJson,
  removeDatasets,
  uniqueDatasetName,
  uploadRequest,
} from "@/test/datasets-fixtures";
import { evalsJsonl, parquetFile, promptfooYaml, type TEvalsLine, type TPromptfooTest } from "@/test/import-files";

const names: string[] = [];
afterAll(() => removeDatasets(names));
let analyst: TTestAccount;
beforeAll(async () => {
  analyst = await createTestAccount("analyst");
});

type TMapping = { input: string; expected: string; metadata?: string[] };

async function upload(file: { name: string; bytes: Uint8Array | string }, mapping: TMapping, task = "OPEN_QA") {
  const name = uniqueDatasetName("import");
  names.push(name);
  const fields = { name, task, mapping: JSON.stringify(mapping), testFraction: "0" };
  const response = await postRoute(withBearer(uploadRequest({ fields, file }), analyst), noParams);
  return { name, response, body: await readJson(response) };
}

async function storedSamples(name: string) {
  const dataset = await prisma.dataset.findFirstOrThrow({ where: { name } });
  return prisma.sample.findMany({
    where: { datasetId: dataset.id },
    orderBy: { index: "asc" },
    select: { input: true, expected: true, metadata: true },
  });
}

async function expectRefusal(
  result: Awaited<ReturnType<typeof upload>>,
  at: { row: number; column: string; file: string },
) {
  expect(result.response.status).toBe(422);
  const error = result.body.error as { code: string; message: string; details: Record<string, unknown> };
  expect(error.code).toBe("unsupported_shape");
  expect(error.details).toMatchObject(at);
  expect(error.message).toContain(`${at.file}, row ${at.row}`);
  expect(await countStored(result.name)).toEqual({ datasets: 0, samples: 0 });
  return error;
}

const user = (content: string) => ({ role: "user", content });
const system = (content: string) => ({ role: "system", content });

describe("OpenAI Evals JSONL", () => {
  const lines: TEvalsLine[] = [
    { input: [system("Answer with one word."), user("Organ that pumps blood?")], ideal: "heart" },
    {
      input: [user("Shot 1?"), { role: "assistant", content: "a" }, user("Largest organ?")],
      ideal: ["skin", "the skin"],
    },
    { input: [user("Where is insulin made?")], ideal: "pancreas", source: "quiz" },
  ];

  it("keeps the last user message as input, the (first) ideal as expected and the system prompt as metadata", async () => {
    const result = await upload(
      { name: "match.jsonl", bytes: evalsJsonl(lines) },
      { input: "input", expected: "expected", metadata: ["system"] },
    );
    expect(result.response.status).toBe(201);
    const samples = await storedSamples(result.name);
    const lastUser = (line: TEvalsLine) =>
      (line.input as { role: string; content: string }[]).filter((m) => m.role === "user").at(-1)!.content;
    expect(samples.map((sample) => sample.input)).toEqual(lines.map(lastUser));
    expect(samples.map((sample) => sample.expected)).toEqual(lines.map((line) => [line.ideal].flat()[0]));
    expect(samples[0]!.metadata).toEqual({ system: "Answer with one word." });
  });

  it("refuses a row whose input is not chat messages with a 422 naming the row and field", async () => {
    const bad = [lines[0]!, { input: "Organ that filters blood?", ideal: "kidney" }];
    const result = await upload(
      { name: "bad.jsonl", bytes: evalsJsonl(bad) },
      { input: "input", expected: "expected" },
    );
    const error = await expectRefusal(result, { file: "bad.jsonl", row: 2, column: "input" });
    expect(error.message).toMatch(/chat messages/);
  });
});

describe("promptfoo test files", () => {
  it("reads a CSV's __expected (equals:, icontains:, plain) as the expected answer", async () => {
    const rows = [
      ["What is 2+2?", "equals:4", "4"],
      ["Capital of France?", "icontains:paris", "paris"],
      ["Sky colour?", "blue", "blue"],
    ];
    const csv = `question,__expected\n${rows.map(([q, e]) => `"${q}",${e}`).join("\n")}\n`;
    const result = await upload({ name: "tests.csv", bytes: csv }, { input: "question", expected: "expected" });
    expect(result.response.status).toBe(201);
    const samples = await storedSamples(result.name);
    expect(samples.map((s) => [s.input, s.expected])).toEqual(rows.map(([q, , answer]) => [q, answer]));
  });

  it("refuses a CSV assertion with no expected answer, naming the row and column", async () => {
    const csv = "question,__expected\nWhat is 2+2?,equals:4\nBe polite,llm-rubric:is polite\n";
    const result = await upload({ name: "rubric.csv", bytes: csv }, { input: "question", expected: "expected" });
    const error = await expectRefusal(result, { file: "rubric.csv", row: 2, column: "__expected" });
    expect(error.message).toMatch(/llm-rubric/);
  });

  const tests: TPromptfooTest[] = [
    {
      vars: { question: "Organ that pumps blood?" },
      assert: [{ type: "equals", value: "heart" }],
      description: "cardio",
    },
    {
      vars: { question: "Largest organ?" },
      assert: [
        { type: "llm-rubric", value: "names an organ" },
        { type: "icontains", value: "skin" },
      ],
    },
  ];

  it.each([false, true])("reads YAML tests' vars and equals/icontains value (as a config: %s)", async (asConfig) => {
    const result = await upload(
      { name: "tests.yaml", bytes: promptfooYaml(tests, asConfig) },
      { input: "question", expected: "expected" },
    );
    expect(result.response.status).toBe(201);
    const samples = await storedSamples(result.name);
    const expected = tests.map((test) => test.assert!.find((a) => ["equals", "icontains"].includes(a.type))!.value);
    expect(samples.map((s) => [s.input, s.expected])).toEqual(
      tests.map((test, i) => [test.vars!.question, expected[i]]),
    );
  });

  it("refuses a YAML test without an equals/icontains assertion, naming the test and field", async () => {
    const bad = [tests[0]!, { vars: { question: "Be polite" }, assert: [{ type: "llm-rubric", value: "is polite" }] }];
    const result = await upload(
      { name: "bad.yaml", bytes: promptfooYaml(bad) },
      { input: "question", expected: "expected" },
    );
    await expectRefusal(result, { file: "bad.yaml", row: 2, column: "assert" });
  });

  it("refuses YAML that aliases its way to a billion laughs", async () => {
    const laughs = [
      "a: &a [x, x, x, x, x, x, x, x, x, x]",
      ...Array.from(
        { length: 8 },
        (_, i) => `${"bcdefghij"[i]}: &${"bcdefghij"[i]} [${Array(10).fill(`*${"abcdefghij"[i]}`).join(", ")}]`,
      ),
    ].join("\n");
    const result = await upload({ name: "laughs.yaml", bytes: laughs }, { input: "question", expected: "expected" });
    expect(result.response.status).toBe(422);
    expect((result.body.error as { code: string }).code).toMatch(/invalid_yaml|unsupported_shape/);
  });
});

describe("Parquet", () => {
  const questions = ["Organ that pumps blood?", "Largest organ?", "Where is insulin made?"];
  const answers = ["heart", "skin", "pancreas"];

  it("reads a Hugging Face-style Parquet file's flat columns, and previews it", async () => {
    const bytes = parquetFile([
      { name: "question", data: questions, type: "STRING" },
      { name: "answer", data: answers, type: "STRING" },
      { name: "difficulty", data: [1, 3, 2], type: "INT32" },
    ]);
    const preview = await postPreview(
      withBearer(
        uploadRequest({ fields: {}, file: { name: "train.parquet", bytes } }, "http://127.0.0.1/api/datasets/preview"),
        analyst,
      ),
      noParams,
    );
    const shown = (await preview.json()) as { format: string; columns: string[]; rows: Record<string, string>[] };
    expect(shown.format).toBe("parquet");
    expect(shown.columns).toEqual(["question", "answer", "difficulty"]);
    expect(shown.rows[1]).toEqual({ question: questions[1], answer: answers[1], difficulty: "3" });
    const result = await upload(
      { name: "train.parquet", bytes },
      { input: "question", expected: "answer", metadata: ["difficulty"] },
    );
    expect(result.response.status).toBe(201);
    const samples = await storedSamples(result.name);
    expect(samples.map((s) => [s.input, s.expected])).toEqual(questions.map((q, i) => [q, answers[i]]));
    expect(samples[2]!.metadata).toEqual({ difficulty: "2" });
  });

  it("refuses a Parquet file with nested columns only, naming the column", async () => {
    const bytes = parquetFile([
      { name: "conversation", data: questions.map((q, i) => ({ q, a: answers[i] })), type: "VARIANT" },
    ]);
    const result = await upload({ name: "nested.parquet", bytes }, { input: "question", expected: "answer" });
    const error = await expectRefusal(result, { file: "nested.parquet", row: 1, column: "conversation" });
    expect(error.message).toMatch(/only nested columns/);
  });

  it("refuses bytes that are not Parquet with a clear 422", async () => {
    const result = await upload(
      { name: "fake.parquet", bytes: "question,answer\na,b\n" },
      { input: "question", expected: "answer" },
    );
    expect(result.response.status).toBe(422);
    expect((result.body.error as { message: string }).message).toMatch(
      /^fake\.parquet: is not a readable Parquet file/,
    );
  });
});
