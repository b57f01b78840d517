import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestAccount, withBearer, type TTestAccount } from "@/test/accounts";
import { fixtureBytes } from "@/test/fixtures/datasets/sources";
import { dataFile } from "@/test/data";
import { POST as postRoute } from "./route";

const noParams = { params: Promise.resolve({}) };

// The preview route authorises itself (proxy.ts leaves it out): called as a real analyst, by API token.
let analyst: TTestAccount;
beforeAll(async () => {
  analyst = await createTestAccount("analyst");
});
const POST: typeof postRoute = (request, context) => postRoute(withBearer(request, analyst), context);

async function preview(file: { name: string; bytes: Uint8Array }, fields: Record<string, string> = {}) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append("file", new Blob([new Uint8Array(file.bytes)]), file.name);
  const response = await POST(
    new Request("http://127.0.0.1/api/datasets/preview", { method: "POST", body: form }),
    noParams,
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const medical = {
  name: "medical-abstracts-classification-200.csv",
  bytes: readFileSync(dataFile("medical-abstracts-classification-200.csv")),
};

describe("POST /api/datasets/preview", () => {
  it("suggests a mapping without the all-'test' split column and shows the label set of every row read", async () => {
    const { status, body } = await preview(medical);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      fileName: medical.name,
      format: "csv",
      columns: ["text", "label", "id", "split"],
      rowsRead: 200,
      partial: false,
      suggested: { mapping: { input: "text", expected: "label", id: "id", split: null }, task: "CLASSIFICATION" },
      mapping: { input: "text", expected: "label", id: "id" },
      task: "CLASSIFICATION",
      check: { ok: true, rowsChecked: 200, splits: null, warnings: [] },
    });
    expect(body.rows).toHaveLength(20);
    const labels = (body.check as { labels: { name: string; count: number }[] }).labels;
    expect(labels.map((label) => label.count)).toEqual([66, 45, 43, 26, 20]);
  });

  it("checks the mapping it is sent: split counts, or the import's error for a missing column", async () => {
    const withSplit = await preview(medical, {
      mapping: JSON.stringify({ input: "text", expected: "label", split: "split" }),
    });
    expect(withSplit.body.check).toMatchObject({ ok: true, splits: { train: 0, test: 200, unassigned: 0 } });
    const missing = await preview(medical, { mapping: JSON.stringify({ input: "text", expected: "category" }) });
    expect(missing.status).toBe(200);
    expect(missing.body.check).toMatchObject({
      ok: false,
      error: { code: "missing_column", details: { file: medical.name, column: "category" } },
    });
  });

  it("suggests open QA for question/answer files", async () => {
    const bytes = readFileSync(dataFile("medquad-qa-200.csv"));
    const { body } = await preview({ name: "medquad-qa-200.csv", bytes });
    expect(body).toMatchObject({
      suggested: { mapping: { input: "question", expected: "answer" }, task: "OPEN_QA" },
      check: { ok: true, labels: [] },
    });
  });

  it("a single label is an error for a whole file but only a warning for its first slice", async () => {
    const file = { name: "single-label.csv", bytes: fixtureBytes("single-label.csv") };
    const whole = await preview(file, { task: "CLASSIFICATION" });
    expect(whole.body.check).toMatchObject({ ok: false, error: { code: "single_label" } });
    const start = await preview(file, { task: "CLASSIFICATION", truncated: "true" });
    expect(start.body).toMatchObject({ partial: true });
    expect(start.body.check).toMatchObject({
      ok: true,
      warnings: [{ kind: "single_label_so_far", label: "neoplasms" }],
    });
  });

  it("a broken file is a 4xx naming the file, row and line", async () => {
    const { status, body } = await preview({ name: "medical.csv", bytes: fixtureBytes("ragged.csv") });
    expect(status).toBe(422);
    expect(body.error).toMatchObject({ code: "ragged_row", details: { file: "medical.csv", row: 3, line: 4 } });
  });
});
