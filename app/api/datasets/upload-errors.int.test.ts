import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiRoute } from "@/lib/api/route";
import {
  countStored,
  noParams,
  readJson,
  removeDatasets,
  uniqueDatasetName,
  uploadForm,
  uploadRequest,
} from "@/test/datasets-fixtures";
import { UPLOAD_ROUTE } from "@/lib/datasets/upload-route";
import { handleUpload } from "@/lib/datasets/upload";
import { createTestAccount, withBearer, type TTestAccount } from "@/test/accounts";
import { fixtureBytes } from "@/test/fixtures/datasets/sources";
import { POST as postRoute } from "./route";

const names: string[] = [];
afterAll(() => removeDatasets(names));

// The upload route authorises itself (proxy.ts leaves it out): called as a real analyst, by API token.
let analyst: TTestAccount;
beforeAll(async () => {
  analyst = await createTestAccount("analyst");
});
const POST: typeof postRoute = (request, context) => postRoute(withBearer(request, analyst), context);

type TCase = {
  fixture: string;
  /** The name the file is uploaded under (defaults to the fixture's). */
  as?: string;
  fields?: Record<string, string>;
  status: number;
  code: string;
  details: { file: string; line?: number; row?: number; column?: string };
  message: RegExp;
};

const classification = { task: "CLASSIFICATION" };
const medicalMapping = JSON.stringify({ input: "text", expected: "label" });

const cases: TCase[] = [
  {
    fixture: "empty.csv",
    status: 422,
    code: "empty_file",
    details: { file: "empty.csv" },
    message: /^empty\.csv: the file is empty$/,
  },
  {
    fixture: "header-only.csv",
    status: 422,
    code: "header_only",
    details: { file: "header-only.csv" },
    message: /^header-only\.csv: has a header line but no data rows$/,
  },
  {
    fixture: "missing-column.csv",
    fields: { mapping: medicalMapping },
    status: 422,
    code: "missing_column",
    details: { file: "missing-column.csv", column: "label" },
    message: /^missing-column\.csv: has no column "label"; available columns: "text", "category"$/,
  },
  {
    fixture: "empty-values.csv",
    status: 422,
    code: "empty_values",
    details: { file: "empty-values.csv", row: 2, line: 3, column: "text" },
    message: /"text" is empty in rows 2, 5; "label" is empty in row 3/,
  },
  {
    fixture: "ragged.csv",
    as: "medical.csv",
    status: 422,
    code: "ragged_row",
    details: { file: "medical.csv", row: 3, line: 4 },
    message: /^medical\.csv, row 3 \(line 4\): expected 4 fields \(text,label,id,split\) but found 5$/,
  },
  {
    fixture: "unclosed-quote.csv",
    status: 422,
    code: "unclosed_quote",
    details: { file: "unclosed-quote.csv", row: 2, line: 3 },
    message: /^unclosed-quote\.csv, row 2 \(line 3\): a quoted field opened in this row is never closed/,
  },
  {
    fixture: "invalid-line.jsonl",
    as: "qa.jsonl",
    fields: { task: "OPEN_QA" },
    status: 422,
    code: "invalid_json",
    details: { file: "qa.jsonl", line: 3 },
    message: /^qa\.jsonl, line 3: invalid JSON \(.+\)$/,
  },
  {
    fixture: "binary.bin",
    as: "upload.csv",
    status: 415,
    code: "binary",
    details: { file: "upload.csv" },
    message: /^upload\.csv: looks like a binary file \(a NUL byte at byte offset 8\)/,
  },
  {
    fixture: "utf16-no-bom.csv",
    status: 422,
    code: "utf16",
    details: { file: "utf16-no-bom.csv" },
    message: /looks like UTF-16 text without a byte-order mark; re-save the file as UTF-8/,
  },
  {
    fixture: "latin1.csv",
    status: 422,
    code: "not_utf8",
    details: { file: "latin1.csv", line: 2 },
    message: /^latin1\.csv, line 2: invalid UTF-8 at byte offset 14 \(byte 0xe9\)/,
  },
  {
    fixture: "duplicate-header.csv",
    status: 422,
    code: "duplicate_header",
    details: { file: "duplicate-header.csv", line: 1, column: "label" },
    message: /column name "label" appears twice in the header \(columns 2 and 4\)/,
  },
  {
    fixture: "single-label.csv",
    status: 422,
    code: "single_label",
    details: { file: "single-label.csv" },
    message: /every row has the same label \("neoplasms"\); classification needs at least two labels/,
  },
  {
    fixture: "corrupt.csv.gz",
    status: 422,
    code: "corrupt_gzip",
    details: { file: "corrupt.csv.gz" },
    message: /^corrupt\.csv\.gz: could not decompress the gzip file: the archive is corrupt/,
  },
  {
    fixture: "rows.csv.gz",
    as: "results.xlsx",
    status: 415,
    code: "unsupported_format",
    details: { file: "results.xlsx" },
    message: /\.xlsx files are not supported/,
  },
];

async function expectNothingStored(name: string): Promise<void> {
  expect(await countStored(name)).toEqual({ datasets: 0, samples: 0 });
}

describe("a bad upload is refused with the file, row or line, and column, and stores nothing", () => {
  it.each(cases)("$fixture → $status $code", async (testCase) => {
    const name = uniqueDatasetName(testCase.code);
    names.push(name);
    const file = { name: testCase.as ?? testCase.fixture, bytes: fixtureBytes(testCase.fixture) };
    const response = await POST(
      uploadRequest({ fields: { name, ...classification, ...testCase.fields }, file }),
      noParams,
    );
    const body = await readJson(response);
    expect(response.status, JSON.stringify(body)).toBe(testCase.status);
    expect(body.error).toMatchObject({ code: testCase.code, details: testCase.details });
    expect((body.error as { message: string }).message).toMatch(testCase.message);
    await expectNothingStored(name);
  });

  it("a row that fails late in a long file rolls back the rows already copied", async () => {
    const name = uniqueDatasetName("late");
    names.push(name);
    const rows = Array.from({ length: 5_000 }, (_, i) => `Abstract ${i},${i % 2 ? "a" : "b"},${i % 3 ? "train" : ""}`);
    const csv = ["text,label,split", ...rows, "Late row,a,holdout", ""].join("\n");
    const response = await POST(
      uploadRequest({ fields: { name, ...classification }, file: { name: "late.csv", bytes: csv } }),
      noParams,
    );
    const body = await readJson(response);
    expect(response.status).toBe(422);
    expect(body.error).toMatchObject({
      code: "invalid_split",
      details: { file: "late.csv", row: 5_001, line: 5_002, column: "split" },
    });
    await expectNothingStored(name);
  });

  // One chunk: the stream errors before busboy sees the file part. Small chunks: the client goes away while rows
  // are being copied (backpressure keeps the earlier chunks flowing into the parser first).
  it.each([
    { when: "before the file part arrives", chunkBytes: Number.POSITIVE_INFINITY },
    { when: "while rows are being copied", chunkBytes: 64 * 1024 },
  ])("a client that disconnects $when leaves nothing behind", async ({ chunkBytes }) => {
    const name = uniqueDatasetName("disconnect");
    names.push(name);
    const rows = Array.from({ length: 40_000 }, (_, i) => `Abstract number ${i},${i % 2 ? "a" : "b"}`).join("\n");
    const encoded = new Response(
      uploadForm({ fields: { name, ...classification }, file: { name: "cut.csv", bytes: `text,label\n${rows}\n` } }),
    );
    const whole = new Uint8Array(await encoded.arrayBuffer());
    const cut = Math.floor(whole.length * 0.6);
    let offset = 0;
    const body = new ReadableStream<Uint8Array>({
      pull: (controller) => {
        if (offset >= cut) {
          controller.error(new Error("client went away"));
          return;
        }
        const end = Math.min(cut, offset + chunkBytes);
        controller.enqueue(whole.slice(offset, end));
        offset = end;
      },
    });
    const request = new Request("http://127.0.0.1/api/datasets", {
      method: "POST",
      body,
      duplex: "half",
      headers: { "content-type": encoded.headers.get("content-type") ?? "" },
    } as RequestInit);
    const response = await POST(request, noParams);
    expect(response.status).toBe(400);
    expect(await readJson(response)).toMatchObject({ error: { code: "upload_interrupted" } });
    await expectNothingStored(name);
  });

  it("no recognisable input column and no mapping: says which columns there are", async () => {
    const name = uniqueDatasetName("unmapped");
    names.push(name);
    const file = { name: "odd.csv", bytes: "alpha,beta\n1,x\n2,y\n" };
    const response = await POST(uploadRequest({ fields: { name, ...classification }, file }), noParams);
    const body = await readJson(response);
    expect(response.status).toBe(422);
    expect(body.error).toMatchObject({ code: "invalid_mapping", details: { file: "odd.csv" } });
    expect((body.error as { message: string }).message).toMatch(/\(columns: "alpha", "beta"\); send a mapping/);
    await expectNothingStored(name);
  });

  it("a body that is not multipart/form-data is a 4xx, not a crash", async () => {
    const json = new Request("http://127.0.0.1/api/datasets", { method: "POST", body: "{}" });
    expect((await POST(json, noParams)).status).toBe(415);
    const garbled = new Request("http://127.0.0.1/api/datasets", {
      method: "POST",
      body: "this is not a multipart body",
      headers: { "content-type": "multipart/form-data; boundary=xyz" },
    });
    const response = await POST(garbled, noParams);
    expect(response.status).toBe(400);
    expect(await readJson(response)).toMatchObject({ error: { code: "invalid_multipart" } });
  });

  it("missing or invalid fields are a 422 naming the field", async () => {
    const file = { name: "rows.csv.gz", bytes: fixtureBytes("rows.csv.gz") };
    const noName = await POST(uploadRequest({ fields: { ...classification }, file }), noParams);
    expect(noName.status).toBe(422);
    expect(await readJson(noName)).toMatchObject({ error: { code: "invalid_request", details: [{ path: "name" }] } });
    const badMapping = await POST(
      uploadRequest({ fields: { name: uniqueDatasetName("m"), ...classification, mapping: "{input:" }, file }),
      noParams,
    );
    expect(await readJson(badMapping)).toMatchObject({
      error: { code: "invalid_request", details: [{ path: "mapping" }] },
    });
  });
});

describe("the upload limit", () => {
  const limited = apiRoute({ response: UPLOAD_ROUTE.response }, ({ request }) =>
    handleUpload({ maxBytes: 64 })(request),
  );
  const bytes = fixtureBytes("bom.csv");

  it("refuses a declared Content-Length over the limit before reading the body", async () => {
    const name = uniqueDatasetName("length");
    names.push(name);
    const encoded = new Response(uploadForm({ fields: { name, ...classification }, file: { name: "bom.csv", bytes } }));
    let pulled = false;
    // highWaterMark 0: the stream is pulled only when someone reads it.
    const body = new ReadableStream<Uint8Array>(
      {
        pull: (controller) => {
          pulled = true;
          controller.close();
        },
      },
      { highWaterMark: 0 },
    );
    const request = new Request("http://127.0.0.1/api/datasets", {
      method: "POST",
      body,
      duplex: "half",
      headers: {
        "content-type": encoded.headers.get("content-type") ?? "",
        "content-length": String(10 * 1024 * 1024),
      },
    } as RequestInit);
    const response = await limited(request, noParams);
    expect(response.status).toBe(413);
    expect(await readJson(response)).toMatchObject({ error: { code: "too_large", details: { limitBytes: 64 } } });
    expect(pulled).toBe(false);
    await expectNothingStored(name);
  });

  it("stops a streamed file at the limit when no length is declared", async () => {
    const name = uniqueDatasetName("stream");
    names.push(name);
    const response = await limited(
      uploadRequest({ fields: { name, ...classification }, file: { name: "bom.csv", bytes } }),
      noParams,
    );
    expect(response.status).toBe(413);
    const body = await readJson(response);
    expect(body.error).toMatchObject({ code: "too_large", details: { file: "bom.csv", limitBytes: 64 } });
    expect((body.error as { message: string }).message).toBe(
      "bom.csv: the file is larger than the 64 bytes upload limit",
    );
    await expectNothingStored(name);
  });
});
