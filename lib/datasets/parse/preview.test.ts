import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fixtureStream, trackedStream } from "@/test/fixtures/datasets/sources";
import { dataFile } from "@/test/data";
import { readPreview } from "./preview";

describe("readPreview", () => {
  it("previews the classification sample: 20 rows, its mapping and CLASSIFICATION", async () => {
    const bytes = readFileSync(dataFile("medical-abstracts-classification-2000.csv"));
    const upload = trackedStream(bytes, 16 * 1024);
    const preview = await readPreview(upload, { fileName: "medical-abstracts-classification-2000.csv" });
    expect(preview).toMatchObject({
      format: "csv",
      delimiter: ",",
      columns: ["text", "label", "id", "split"],
      guessedMapping: { input: "text", expected: "label", id: "id", split: "split" },
      guessedTask: "CLASSIFICATION",
    });
    expect(preview.rows).toHaveLength(20);
    expect(preview.rows[0]?.id).toMatch(/^test-\d{5}$/);
    // Only the start was read, and the upload stream was released rather than left half-read.
    expect(upload.wasDestroyed()).toBe(true);
  });

  it("previews MedQuAD JSONL as open QA", async () => {
    const upload = trackedStream(readFileSync(dataFile("medquad-qa-1000.jsonl")));
    const preview = await readPreview(upload, { fileName: "medquad-qa-1000.jsonl" });
    expect(preview).toMatchObject({
      format: "jsonl",
      delimiter: null,
      guessedMapping: { input: "question", expected: "answer", id: "id", split: null },
      guessedTask: "OPEN_QA",
    });
    expect(preview.rows).toHaveLength(20);
  });

  it("returns all rows of a short file and every key seen in JSON rows", async () => {
    const preview = await readPreview(fixtureStream("rows.json"), { fileName: "rows.json" });
    expect(preview.rows).toHaveLength(3);
    expect(preview.columns).toEqual(["text", "label", "extra"]);
  });

  it("fails on the same problems a full read would", async () => {
    await expect(readPreview(fixtureStream("header-only.csv"), { fileName: "h.csv" })).rejects.toMatchObject({
      code: "header_only",
    });
  });

  it("releases the upload when the file is refused while sniffing", async () => {
    const upload = trackedStream(Buffer.concat([Buffer.from("text,label\n"), Buffer.alloc(10)]));
    await expect(readPreview(upload, { fileName: "x.csv" })).rejects.toMatchObject({ code: "binary" });
    expect(upload.wasDestroyed()).toBe(true);
  });
});
