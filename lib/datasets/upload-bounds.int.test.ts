// Issue 13, findings 1 and 4: small uploads that used to cost gigabytes of memory or a minute of CPU, sent over a
// real HTTP connection to the real upload and preview routes. The handler runs in this process, so its memory is
// this process's: the peak resident set (getrusage's maxRSS) may grow by at most MEMORY_BOUND while each is read.
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as previewRoute } from "@/app/api/datasets/preview/route";
import { POST as uploadRoute } from "@/app/api/datasets/route";
import { serveRoute } from "@/bench/datasets/serve-route";
import { countStored, removeDatasets, uniqueDatasetName, uploadForm } from "@/test/datasets-fixtures";
import { createTestAccount, type TTestAccount } from "@/test/accounts";

const MEMORY_BOUND = 256 * 1024 * 1024;

const names: string[] = [];
let upload: Awaited<ReturnType<typeof serveRoute>>;
let preview: Awaited<ReturnType<typeof serveRoute>>;
let analyst: TTestAccount;

beforeAll(async () => {
  [upload, preview, analyst] = await Promise.all([
    serveRoute(uploadRoute),
    serveRoute(previewRoute),
    createTestAccount("analyst"),
  ]);
});
afterAll(async () => {
  await Promise.all([upload.close(), preview.close(), removeDatasets(names)]);
});

type TSent = { status: number; body: { error?: { code: string; message: string } }; ms: number; grewBy: number };

async function send(server: { url: string }, path: string, file: { name: string; bytes: Uint8Array }) {
  const name = uniqueDatasetName("bounds");
  names.push(name);
  const body = uploadForm({ fields: { name, task: "CLASSIFICATION" }, file });
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  const started = performance.now();
  const response = await fetch(`${server.url}${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${analyst.token}` },
    body,
  });
  const sent: TSent = {
    status: response.status,
    body: (await response.json()) as TSent["body"],
    ms: performance.now() - started,
    grewBy: process.resourceUsage().maxRSS * 1024 - peakBefore,
  };
  return { name, ...sent };
}

/** `count` copies of one gzip member: a valid gzip of `count` times the text, built without compressing it all. */
function repeatedGzip(text: Buffer, count: number): Buffer {
  const member = gzipSync(text, { level: 9 });
  return Buffer.concat(Array.from({ length: count }, () => member));
}

describe("bounded parsing of uploads", () => {
  it("a 65 KB gzip of 64 MB of '[' gets a fast 422 and the process stays under its memory bound", async () => {
    const bytes = gzipSync(Buffer.alloc(64 * 1024 * 1024, "["), { level: 9 });
    expect(bytes.length).toBeLessThan(70_000);
    const result = await send(upload, "/api/datasets", { name: "open.json.gz", bytes });
    expect(result.status, JSON.stringify(result.body)).toBe(422);
    expect(result.body.error).toMatchObject({ code: "too_deep" });
    expect(result.body.error?.message).toMatch(/^open\.json\.gz, row 1 \(line 1\): nested deeper than 64 levels/);
    expect(result.grewBy).toBeLessThan(MEMORY_BOUND);
    expect(result.ms).toBeLessThan(5_000);
    expect(await countStored(result.name)).toEqual({ datasets: 0, samples: 0 });
  });

  it("the preview route shares the limits: 10 MB of '[' gzipped is a 422", async () => {
    const bytes = gzipSync(Buffer.alloc(10 * 1024 * 1024, "["), { level: 9 });
    const result = await send(preview, "/api/datasets/preview", { name: "open.json.gz", bytes });
    expect(result.status, JSON.stringify(result.body)).toBe(422);
    expect(result.body.error).toMatchObject({ code: "too_deep" });
    expect(result.grewBy).toBeLessThan(MEMORY_BOUND);
  });

  it("one array element holding a 50 MB list of numbers is refused with 413, not accepted with +600 MB", async () => {
    const list = Buffer.from(
      `[{"text":"a","label":"x"},{"text":"b","label":"y","list":[${"1,".repeat(25_000_000)}1]}]`,
    );
    const result = await send(upload, "/api/datasets", { name: "list.json.gz", bytes: gzipSync(list) });
    expect(result.status, JSON.stringify(result.body)).toBe(413);
    expect(result.body.error).toMatchObject({ code: "value_too_large" });
    expect(result.body.error?.message).toMatch(/^list\.json\.gz, row 2 \(line 1\): one array element is longer/);
    expect(result.grewBy).toBeLessThan(MEMORY_BOUND);
  });

  it("deeply nested JSON in a JSONL row or an array element is a 422, not a 500", async () => {
    const deep = `${"[".repeat(5000)}${"]".repeat(5000)}`;
    const jsonl = Buffer.from(
      `{"text":"a","label":"x"}\n{"text":"b","label":"y"}\n{"text":"c","label":"z","m":${deep}}\n`,
    );
    const json = Buffer.from(
      `[{"text":"a","label":"x"},{"text":"b","label":"y"},{"text":"c","label":"z","m":${deep}}]`,
    );
    const fromJsonl = await send(upload, "/api/datasets", { name: "deep.jsonl", bytes: jsonl });
    expect(fromJsonl.status).toBe(422);
    expect(fromJsonl.body.error?.message).toMatch(/^deep\.jsonl, line 3: nested deeper than 64 levels/);
    const fromJson = await send(upload, "/api/datasets", { name: "deep.json", bytes: json });
    expect(fromJson.status).toBe(422);
    expect(fromJson.body.error?.message).toMatch(/^deep\.json, row 3 \(line 1\): nested deeper than 64 levels/);
  });

  it("a 1 MB gzip of 1 GB of newlines is refused within seconds, not after a minute of CPU", async () => {
    const bytes = repeatedGzip(Buffer.alloc(64 * 1024 * 1024, "\n"), 16);
    const cpuBefore = process.cpuUsage();
    const result = await send(upload, "/api/datasets", { name: "blank.jsonl.gz", bytes });
    const cpu = process.cpuUsage(cpuBefore);
    expect(result.status, JSON.stringify(result.body)).toBe(413);
    expect(result.body.error).toMatchObject({ code: "too_large" });
    expect(result.body.error?.message).toMatch(/the gzip file expands more than 100 times/);
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(10_000);
    expect(result.grewBy).toBeLessThan(MEMORY_BOUND);
  });
});
