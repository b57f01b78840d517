import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { MEDICAL_ABSTRACTS_2000 } from "./test-data";
import { decideOracleAnswer, loadOracleDataset, type TOracleDataset } from "./oracle";

let dataset: TOracleDataset;

beforeAll(async () => {
  dataset = await loadOracleDataset({
    file: MEDICAL_ABSTRACTS_2000,
    inputCol: "text",
    labelCol: "label",
  });
});

function tally(pct: number) {
  let correct = 0;
  let wrongLabel = 0;
  let invalid = 0;
  for (const [input, label] of dataset.table) {
    const answer = decideOracleAnswer(input, label, dataset.labels, pct);
    if (answer === label) correct++;
    else if (dataset.labels.includes(answer)) wrongLabel++;
    else invalid++;
  }
  return { correct, wrongLabel, invalid };
}

describe("decideOracleAnswer", () => {
  it("is right for about pct% of 2,000 inputs, invalid for about a tenth of the rest, another label otherwise", () => {
    expect(dataset.table.size).toBe(2000);
    const { correct, wrongLabel, invalid } = tally(80);
    expect(correct / 2000).toBeGreaterThan(0.77);
    expect(correct / 2000).toBeLessThan(0.83);
    const rest = wrongLabel + invalid;
    expect(invalid / rest).toBeGreaterThan(0.05);
    expect(invalid / rest).toBeLessThan(0.15);
  });

  it("is all right at 100 and never right at 0", () => {
    expect(tally(100).correct).toBe(2000);
    expect(tally(0).correct).toBe(0);
  });

  it("keeps every input right at a higher pct that was right at a lower one", () => {
    for (const [input, label] of dataset.table) {
      if (decideOracleAnswer(input, label, dataset.labels, 60) === label) {
        expect(decideOracleAnswer(input, label, dataset.labels, 90)).toBe(label);
      }
    }
  });

  it("does not depend on the order of the labels nor on CRLF or surrounding whitespace", () => {
    const reversed = [...dataset.labels].reverse();
    for (const [input, label] of [...dataset.table].slice(0, 300)) {
      const answer = decideOracleAnswer(input, label, dataset.labels, 30);
      expect(decideOracleAnswer(input, label, reversed, 30)).toBe(answer);
      expect(decideOracleAnswer(`  ${input.replaceAll("\n", "\r\n")}\n`, label, dataset.labels, 30)).toBe(answer);
    }
  });

  it("never makes up an answer that is one of the labels, whatever their case", () => {
    const labels = ["Cardiology", "oncology", "x"];
    for (let i = 0; i < 300; i++) {
      const answer = decideOracleAnswer(`input ${i}`, "x", labels, 0);
      if (!labels.includes(answer)) expect(["cardiology", "oncology"]).not.toContain(answer.toLowerCase());
    }
  });
});

describe("loadOracleDataset", () => {
  it("parses RFC 4180: CRLF rows, quoted commas, quotes and multi-line fields", async () => {
    const dir = await mkdtemp(join(tmpdir(), "oracle-"));
    const file = join(dir, "data.csv");
    await writeFile(file, 'id,text,label\r\n1,"Line one,\r\nline ""two""",neoplasms\r\n2,plain text,other\r\n');
    const { table, labels } = await loadOracleDataset({ file, inputCol: "text", labelCol: "label" });
    expect([...table]).toEqual([
      ['Line one,\r\nline "two"', "neoplasms"],
      ["plain text", "other"],
    ]);
    expect(labels).toEqual(["neoplasms", "other"]);
  });
});
