import { createHash } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { seedRunWithOutputs } from "@/test/outputs-seed";
import { getVersionBoards } from "./board";
import { createVersion, ensureFirstVersion } from "./create";
import { buildVersionFigures } from "./figures";
import { readRunVersionScores, scoreRunOnVersion } from "./rescore";
import { findMissingScores, rescoreDataset } from "./rescore-job";

afterAll(() => prisma.$disconnect());

// 40 answers: labels, invalid texts ("!..."), errors; some invalid texts are synonyms a reviewer will alias.
const ANSWERS = Array.from({ length: 40 }, (_, i) =>
  i % 9 === 0
    ? "error"
    : i % 5 === 0
      ? "!Cancer "
      : i % 7 === 0
        ? "!heart stuff"
        : i % 3 === 0
          ? "neoplasms"
          : "cardiology",
);

/** The hash as documented (content-hash.ts), computed here from scratch. */
function expectedHash(input: {
  sourceSha256: string;
  labels: string[];
  rows: { index: number; split: string; expected: string }[];
  aliases: [string, string][];
}): string {
  const rows = input.rows.map((r) => `${r.index}\t${r.split}\t${r.expected}`).join("\n");
  const aliases = [...input.aliases]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([a, l]) => `${a}\t${l}`)
    .join("\n");
  const text = `${input.sourceSha256}\n${input.labels.join("\x1f")}\n${rows}\n${aliases}`;
  return createHash("sha256").update(text, "utf8").digest("hex");
}

describe("dataset versions and re-scoring", () => {
  it("numbers versions, hashes their content, and re-scores a run exactly as a count by hand", async () => {
    const seed = await seedRunWithOutputs(ANSWERS, { trainRows: 2 });
    const all = await prisma.sample.findMany({ where: { datasetId: seed.datasetId }, orderBy: { index: "asc" } });
    const dataset = await prisma.dataset.findUniqueOrThrow({ where: { id: seed.datasetId } });

    const v1 = await ensureFirstVersion(prisma, seed.datasetId);
    expect(await ensureFirstVersion(prisma, seed.datasetId)).toBe(v1);
    const first = await prisma.datasetVersion.findUniqueOrThrow({ where: { id: v1 } });
    expect(first.number).toBe(1);
    expect(first.contentHash).toBe(
      expectedHash({ sourceSha256: dataset.sourceSha256, labels: dataset.labels, rows: all, aliases: [] }),
    );
    // The run created before the dataset had a version ran on version 1.
    expect((await prisma.run.findUniqueOrThrow({ where: { id: seed.runId } })).datasetVersionId).toBe(v1);

    // Version 2: three labels corrected, two samples excluded, one alias.
    const relabel = new Map(
      [seed.samples[1]!, seed.samples[2]!, seed.samples[4]!].map((s) => [s.id, flip(s.expected)]),
    );
    const exclude = new Set([seed.samples[3]!.id, seed.samples[6]!.id]);
    const aliases = new Map([["cancer", "neoplasms"]]);
    const change = { relabel, exclude, aliases };
    const v2 = await prisma.$transaction((tx) =>
      createVersion(tx, { datasetId: seed.datasetId, parentId: v1, change, labels: dataset.labels }),
    );
    expect(v2.number).toBe(2);
    const kept = all
      .filter((s) => !exclude.has(s.id))
      .map((s) => ({ ...s, expected: relabel.get(s.id) ?? s.expected }));
    expect(v2.contentHash).toBe(
      expectedHash({ sourceSha256: dataset.sourceSha256, labels: dataset.labels, rows: kept, aliases: [...aliases] }),
    );
    expect(v2.contentHash).not.toBe(first.contentHash);
    // The same change again on version 1: a third version with the same content, hence the same hash.
    const v3 = await prisma.$transaction((tx) =>
      createVersion(tx, { datasetId: seed.datasetId, parentId: v1, change, labels: dataset.labels }),
    );
    expect(v3.number).toBe(3);
    expect(v3.contentHash).toBe(v2.contentHash);

    // A fresh count over the answers, independent of the SQL.
    const byHand = { answered: 0, excluded: 0, valid: 0, correct: 0, aliasValid: 0, aliasCorrect: 0 };
    ANSWERS.forEach((answer, i) => {
      const sample = seed.samples[i]!;
      if (exclude.has(sample.id)) return void (byHand.excluded += 1);
      if (answer === "error") return;
      byHand.answered += 1;
      const expected = relabel.get(sample.id) ?? sample.expected;
      const label = answer.startsWith("!") ? null : answer;
      const aliasLabel = label ?? aliases.get(answer.slice(1).trim().toLowerCase()) ?? null;
      if (label !== null) byHand.valid += 1;
      if (label === expected) byHand.correct += 1;
      if (aliasLabel !== null) byHand.aliasValid += 1;
      if (aliasLabel === expected) byHand.aliasCorrect += 1;
    });
    const score = await scoreRunOnVersion(prisma, seed.runId, v2.id);
    const figures = buildVersionFigures(dataset.labels, score, { bootstrapSamples: 10 });
    expect({
      answered: figures.answered,
      excluded: figures.excluded,
      valid: figures.valid,
      correct: figures.correct,
      aliasValid: figures.aliasValid,
      aliasCorrect: figures.aliasCorrect,
    }).toEqual(byHand);
    expect(figures.validAccuracy.estimate).toBeCloseTo(byHand.correct / byHand.valid, 12);
    expect(figures.validAccuracyWithAliases.estimate).toBeCloseTo(byHand.aliasCorrect / byHand.aliasValid, 12);
    expect(byHand.aliasValid).toBeGreaterThan(byHand.valid);

    // Stored per (run, version) at the run's generation: what pages read.
    expect(await prisma.runVersionScore.count({ where: { runId: seed.runId, versionId: v2.id } })).toBe(1);
    const read = await readRunVersionScores(prisma, [{ id: seed.runId, generation: 0 }], [v2.id]);
    expect(read.get(`${seed.runId}:${v2.id}`)).toEqual(score);

    // The board only reads: versions 1 and 3 are pending until the re-score job has run.
    const before = await getVersionBoards(prisma, seed.datasetId, { bootstrapSamples: 10 });
    expect(before.map((b) => [b.number, b.rows.length, b.pending.length])).toEqual([
      [1, 0, 1],
      [2, 1, 0],
      [3, 0, 1],
    ]);
    expect(await rescoreDataset(prisma, seed.datasetId)).toEqual({ stored: 2 });
    expect(await findMissingScores(prisma, seed.datasetId)).toEqual([]);

    // The board: version 1 native (the raw outputs' own correct flags), version 2 re-scored.
    const boards = await getVersionBoards(prisma, seed.datasetId, { bootstrapSamples: 10 });
    expect(boards.map((b) => b.number)).toEqual([1, 2, 3]);
    expect(boards.every((b) => b.pending.length === 0)).toBe(true);
    const [onV1, onV2, onV3] = [boards[0]!.rows[0]!, boards[1]!.rows[0]!, boards[2]!.rows[0]!];
    expect(onV1.scoring).toBe("native");
    expect(onV2.scoring).toBe("re-scored");
    const outputs = await prisma.output.findMany({ where: { runId: seed.runId } });
    expect(onV1.correct).toBe(outputs.filter((o) => o.correct).length);
    expect(onV1.valid).toBe(outputs.filter((o) => o.valid).length);
    expect(onV2.correct).toBe(byHand.correct);
    expect(onV3.correct).toBe(byHand.correct);
  });
});

function flip(label: string): string {
  return label === "cardiology" ? "neoplasms" : "cardiology";
}
