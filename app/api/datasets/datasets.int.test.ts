import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import {
  DATASETS_URL,
  noParams,
  readJson,
  removeDatasets,
  uniqueDatasetName,
  uploadRequest,
  withId,
} from "@/test/datasets-fixtures";
import { createTestAccount, withBearer, type TTestAccount } from "@/test/accounts";
import { fixtureBytes } from "@/test/fixtures/datasets/sources";
import { dataFile } from "@/test/data";
import { DELETE, GET as getOne } from "./[id]/route";
import { GET as getSamples } from "./[id]/samples/route";
import { GET as listRoute, POST as postRoute } from "./route";

const names: string[] = [];
afterAll(() => removeDatasets(names));

// /api/datasets authorises itself (proxy.ts leaves it out): called as a real analyst, by API token.
let analyst: TTestAccount;
beforeAll(async () => {
  analyst = await createTestAccount("analyst");
});
const POST: typeof postRoute = (request, context) => postRoute(withBearer(request, analyst), context);
const list: typeof listRoute = (request, context) => listRoute(withBearer(request, analyst), context);

const medicalCsv = readFileSync(dataFile("medical-abstracts-classification-200.csv"));
const EXPECTED_COUNTS = {
  "general pathological conditions": 66,
  neoplasms: 45,
  "cardiovascular diseases": 43,
  "nervous system diseases": 26,
  "digestive system diseases": 20,
};

async function uploadMedical(fields: Record<string, string>): Promise<Record<string, unknown>> {
  const name = uniqueDatasetName("medical");
  names.push(name);
  const response = await POST(
    uploadRequest({
      fields: { name, task: "CLASSIFICATION", ...fields },
      file: { name: "medical-abstracts-classification-200.csv", bytes: medicalCsv },
    }),
    noParams,
  );
  const body = await readJson(response);
  expect(response.status, JSON.stringify(body)).toBe(201);
  return body;
}

async function splitsByIndex(datasetId: string): Promise<string[]> {
  const rows = await prisma.sample.findMany({
    where: { datasetId },
    select: { split: true },
    orderBy: { index: "asc" },
  });
  return rows.map((row) => row.split);
}

describe("uploading the 200-row medical abstracts CSV", () => {
  it("stores 200 rows, 5 labels and a stratified test split of round(n × fraction) per label", async () => {
    const created = await uploadMedical({ testFraction: "0.2", seed: "7" });
    expect(created).toMatchObject({ rowCount: 200, task: "CLASSIFICATION", trainCount: 160, testCount: 40 });
    expect(created.labels).toEqual(Object.keys(EXPECTED_COUNTS).sort());
    const id = String(created.id);

    const detail = await readJson(await getOne(new Request(`${DATASETS_URL}/${id}`), withId(id)));
    const counts = detail.labelCounts as { label: string; train: number; test: number }[];
    // Counted in SQL for the page, and while streaming for the upload's answer: the same.
    expect(created.labelCounts).toEqual(counts);
    expect(Object.fromEntries(counts.map((c) => [c.label, c.train + c.test]))).toEqual(EXPECTED_COUNTS);
    for (const { label, test } of counts) {
      expect(test, label).toBe(Math.round(EXPECTED_COUNTS[label as keyof typeof EXPECTED_COUNTS] * 0.2));
    }
    // The file's split column says "test" on every row: it was not used, so TRAIN rows exist for k-shot runs.
    expect(detail.columnMapping).toEqual({ input: "text", expected: "label", id: "id" });
    expect(detail).toMatchObject({ splitSeed: 7, testFraction: 0.2, sourceBytes: medicalCsv.length });
    expect(detail.sourceSha256).toMatch(/^[0-9a-f]{64}$/);

    const again = await uploadMedical({ testFraction: "0.2", seed: "7" });
    const other = await uploadMedical({ testFraction: "0.2", seed: "8" });
    const first = await splitsByIndex(id);
    expect(await splitsByIndex(String(again.id))).toEqual(first);
    expect(await splitsByIndex(String(other.id))).not.toEqual(first);
  });

  it("keeps the file's split column when the mapping names it", async () => {
    const created = await uploadMedical({
      mapping: JSON.stringify({ input: "text", expected: "label", id: "id", split: "split" }),
    });
    expect(created).toMatchObject({ rowCount: 200, trainCount: 0, testCount: 200 });
  });

  it("lists, pages, filters and deletes", async () => {
    const created = await uploadMedical({ seed: "3", testFraction: "0.25" });
    const id = String(created.id);

    // Per label: 66, 45, 43, 26, 20 rows × 0.25 = 16.5, 11.25, 10.75, 6.5, 5, rounded half away from zero.
    const testCount = 17 + 11 + 11 + 7 + 5;
    const listed = await readJson(await list(new Request(DATASETS_URL), noParams));
    expect(listed.datasets).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id, rowCount: 200, trainCount: 200 - testCount, testCount, labelCount: 5 }),
      ]),
    );

    const page = async (query: string) =>
      readJson(await getSamples(new Request(`${DATASETS_URL}/${id}/samples?${query}`), withId(id)));
    const first = await page("limit=60");
    const firstSamples = first.samples as { index: number; input: string; externalId: string }[];
    expect(firstSamples.map((s) => s.index)).toEqual(Array.from({ length: 60 }, (_, i) => i));
    expect(first).toMatchObject({ nextCursor: 59, prevCursor: null });
    expect(firstSamples[0]?.externalId).toMatch(/^test-\d+$/);
    const last = await page("limit=60&cursor=179");
    expect((last.samples as unknown[]).length).toBe(20);
    expect(last).toMatchObject({ nextCursor: null, prevCursor: 180 });
    const previous = await page("limit=60&before=180");
    expect((previous.samples as { index: number }[]).map((s) => s.index)).toEqual(
      Array.from({ length: 60 }, (_, i) => 120 + i),
    );

    const tests = await page("split=test&limit=200");
    expect((tests.samples as { split: string }[]).every((s) => s.split === "TEST")).toBe(true);
    expect((tests.samples as unknown[]).length).toBe(testCount);
    const neoplasms = await page(`label=${encodeURIComponent("neoplasms")}&limit=200`);
    expect((neoplasms.samples as unknown[]).length).toBe(45);

    // Case-insensitive substring search; % is a literal character, not a wildcard.
    const word = firstSamples[0]?.input.split(" ")[1] ?? "";
    const found = await page(`q=${encodeURIComponent(word.toUpperCase())}&limit=200`);
    const foundSamples = found.samples as { input: string }[];
    expect(foundSamples.length).toBeGreaterThan(0);
    expect(foundSamples.every((s) => s.input.toLowerCase().includes(word.toLowerCase()))).toBe(true);
    const percent = await page(`q=${encodeURIComponent("%")}&limit=200`);
    const percentSamples = percent.samples as { input: string }[];
    expect(percentSamples.every((s) => s.input.includes("%"))).toBe(true);
    expect(percentSamples.length).toBeLessThan(200);

    const badQuery = await getSamples(new Request(`${DATASETS_URL}/${id}/samples?limit=0`), withId(id));
    expect(badQuery.status).toBe(422);

    const deleted = await DELETE(new Request(`${DATASETS_URL}/${id}`, { method: "DELETE" }), withId(id));
    expect(deleted.status).toBe(204);
    expect((await getOne(new Request(`${DATASETS_URL}/${id}`), withId(id))).status).toBe(404);
    expect(await prisma.sample.count({ where: { datasetId: id } })).toBe(0);
    expect((await getSamples(new Request(`${DATASETS_URL}/${id}/samples`), withId(id))).status).toBe(404);
    expect((await DELETE(new Request(`${DATASETS_URL}/${id}`), withId(id))).status).toBe(404);
    expect((await getOne(new Request(`${DATASETS_URL}/not-a-uuid`), withId("not-a-uuid"))).status).toBe(404);
  });
});

describe("every supported kind of file", () => {
  const good = [
    { fixture: "bom.csv", task: "CLASSIFICATION", rows: 8, first: "Abstract number 1" },
    { fixture: "utf16-bom.csv", task: "CLASSIFICATION", rows: 8, first: "Abstract number 1" },
    { fixture: "rows.csv.gz", task: "CLASSIFICATION", rows: 8, first: "Abstract number 1" },
    {
      fixture: "crlf-multiline.csv",
      task: "CLASSIFICATION",
      rows: 3,
      first: "First line\r\nsecond line of the same field",
    },
    { fixture: "semicolon.csv", task: "CLASSIFICATION", rows: 2, first: "Contains; a semicolon, and a comma" },
    { fixture: "tab.tsv", task: "CLASSIFICATION", rows: 2, first: 'Tab separated "quoted" words' },
    { fixture: "rows.json", task: "CLASSIFICATION", rows: 3, first: "First", metadata: ["extra"] },
    { fixture: "rows.jsonl", task: "OPEN_QA", rows: 2, first: "What is it?", metadata: ["score", "tags"] },
  ];

  it.each(good)("$fixture", async ({ fixture, task, rows, first, metadata }) => {
    const name = uniqueDatasetName("kind");
    names.push(name);
    const mappingFields = metadata
      ? {
          mapping: JSON.stringify(
            task === "OPEN_QA"
              ? { input: "question", expected: "answer", metadata }
              : { input: "text", expected: "label", metadata },
          ),
        }
      : {};
    const response = await POST(
      uploadRequest({
        fields: { name, task, ...mappingFields },
        file: { name: fixture, bytes: fixtureBytes(fixture) },
      }),
      noParams,
    );
    const body = await readJson(response);
    expect(response.status, JSON.stringify(body)).toBe(201);
    expect(body).toMatchObject({ rowCount: rows, task });
    const samples = await prisma.sample.findMany({ where: { datasetId: String(body.id) }, orderBy: { index: "asc" } });
    expect(samples.map((sample) => sample.index)).toEqual(Array.from({ length: rows }, (_, i) => i));
    expect(samples[0]?.input).toBe(first);
    // jsonb keeps keys in its own order, so compare them as a set.
    if (metadata) expect(Object.keys(samples[0]?.metadata as object).sort()).toEqual([...metadata].sort());
  });

  it("a split column with some cells empty: the file's splits are kept, the empty ones drawn per label", async () => {
    const name = uniqueDatasetName("mixed");
    names.push(name);
    const lines = ["text,label,split"];
    for (let i = 0; i < 40; i += 1) {
      const split = i < 4 ? "train" : i < 8 ? "test" : "";
      lines.push(`Row ${i},${i % 2 ? "odd" : "even"},${split}`);
    }
    const response = await POST(
      uploadRequest({
        fields: { name, task: "CLASSIFICATION", testFraction: "0.25", seed: "1" },
        file: { name: "mixed.csv", bytes: lines.join("\n") },
      }),
      noParams,
    );
    const body = await readJson(response);
    expect(response.status, JSON.stringify(body)).toBe(201);
    const samples = await prisma.sample.findMany({ where: { datasetId: String(body.id) }, orderBy: { index: "asc" } });
    expect(samples.slice(0, 8).map((sample) => sample.split)).toEqual([
      ...Array(4).fill("TRAIN"),
      ...Array(4).fill("TEST"),
    ]);
    // 32 drawn rows, 16 per label: round(16 × 0.25) = 4 TEST rows each.
    const drawnTest = samples.slice(8).filter((sample) => sample.split === "TEST");
    expect(drawnTest.filter((sample) => sample.expected === "odd")).toHaveLength(4);
    expect(drawnTest.filter((sample) => sample.expected === "even")).toHaveLength(4);
    expect(body).toMatchObject({ rowCount: 40, testCount: 12, trainCount: 28 });
    const stored = await prisma.dataset.findUniqueOrThrow({ where: { id: String(body.id) } });
    expect(stored).toMatchObject({ columnMapping: { input: "text", expected: "label", split: "split" }, splitSeed: 1 });
  });
});
