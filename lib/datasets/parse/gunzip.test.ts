import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { DatasetInputError } from "../errors";
import { chunked, collect, fixtureBytes, trackedStream } from "@/test/fixtures/datasets/sources";
import { openDataset } from "./open-dataset";
import type { TByteSource, TReadOptions } from "./types";

async function readAll(source: TByteSource, options: TReadOptions) {
  const dataset = await openDataset(source, options);
  return collect(dataset.rows);
}

async function errorOf(promise: Promise<unknown>): Promise<DatasetInputError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (error instanceof DatasetInputError) return error;
  throw new Error(`expected a DatasetInputError, got ${String(error)}`);
}

const csv = `text,label\n${"some abstract text,neoplasms\n".repeat(5000)}`;

describe("size limits", () => {
  it("stops an upload as soon as it passes maxBytes and releases the stream", async () => {
    const upload = trackedStream(Buffer.from(csv), 1024);
    const error = await errorOf(readAll(upload, { fileName: "big.csv", maxBytes: 10_000 }));
    expect(error).toMatchObject({ code: "too_large", details: { limitBytes: 10_000, kind: "upload" } });
    expect(error.message).toBe("big.csv: the file is larger than the 10 KB upload limit");
    expect(upload.wasDestroyed()).toBe(true);
  });

  it("accepts a file of exactly maxBytes", async () => {
    const rows = await readAll(chunked(csv, 999), { fileName: "exact.csv", maxBytes: Buffer.byteLength(csv) });
    expect(rows).toHaveLength(5000);
  });

  it("counts compressed bytes against maxBytes but caps the decompressed size at 4x", async () => {
    const gz = gzipSync(csv);
    expect(gz.length).toBeLessThan(Buffer.byteLength(csv) / 4);
    const generous = Buffer.byteLength(csv) / 4 + 1;
    expect(await readAll(chunked(gz, 512), { fileName: "a.csv.gz", maxBytes: generous })).toHaveLength(5000);
    const error = await errorOf(readAll(chunked(gz, 512), { fileName: "bomb.csv.gz", maxBytes: generous - 10 }));
    expect(error).toMatchObject({ code: "too_large", details: { kind: "decompressed" } });
    expect(error.message).toMatch(/^bomb\.csv\.gz: the file decompresses to more than/);
  });

  it("refuses more rows than maxRows", async () => {
    const error = await errorOf(readAll(chunked(csv, 4096), { fileName: "rows.csv", maxRows: 100 }));
    expect(error).toMatchObject({ code: "too_many_rows", row: 101, line: 102 });
  });
});

describe("gzip", () => {
  it("detects gzip from the content even when the name does not say .gz", async () => {
    const rows = await readAll(chunked(fixtureBytes("rows.csv.gz"), 5), { fileName: "rows.csv" });
    expect(rows).toHaveLength(8);
  });

  it("reports a truncated archive as corrupt gzip", async () => {
    const gz = gzipSync(csv);
    const error = await errorOf(readAll(chunked(gz.subarray(0, gz.length - 40), 256), { fileName: "cut.csv.gz" }));
    expect(error.code).toBe("corrupt_gzip");
    expect(error.message).toMatch(/the archive is truncated/);
  });

  it("passes through a failure of the upload stream itself instead of blaming the archive", async () => {
    async function* failing() {
      yield gzipSync(csv).subarray(0, 100);
      throw new Error("client disconnected");
    }
    await expect(readAll(failing(), { fileName: "a.csv.gz" })).rejects.toThrow("client disconnected");
  });
});
