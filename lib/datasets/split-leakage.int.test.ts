import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postRoute } from "@/app/api/datasets/route";
import { prisma } from "@/lib/db/prisma";
import { createTestAccount, withBearer, type TTestAccount } from "@/test/accounts";
import { noParams, removeDatasets, uniqueDatasetName, uploadRequest } from "@/test/datasets-fixtures";

const names: string[] = [];
afterAll(() => removeDatasets(names));

let analyst: TTestAccount;
beforeAll(async () => {
  analyst = await createTestAccount("analyst");
});

const LABELS = ["cardio", "neuro", "onco"];

/** 300 rows over 100 distinct texts: every text 3 times, in other case and spacing, a third of them relabelled. */
function fileWithDuplicates(withSplit: boolean): string {
  const rows: string[] = [withSplit ? "text,label,split" : "text,label"];
  for (let copy = 0; copy < 3; copy += 1) {
    for (let i = 0; i < 100; i += 1) {
      const base = `Abstract number ${i} about the heart and the brain`;
      const text = copy === 0 ? base : copy === 1 ? `  ${base.toUpperCase()} ` : base.toLowerCase();
      const label = LABELS[(i + (copy === 2 && i % 3 === 0 ? 1 : 0)) % 3];
      rows.push(withSplit ? `"${text}",${label},${(i + copy) % 4 === 0 ? "test" : "train"}` : `"${text}",${label}`);
    }
  }
  return rows.join("\n");
}

async function upload(csv: string, fields: Record<string, string>) {
  const name = uniqueDatasetName("leak");
  names.push(name);
  const response = await postRoute(
    withBearer(
      uploadRequest({ fields: { name, task: "CLASSIFICATION", ...fields }, file: { name: "dups.csv", bytes: csv } }),
      analyst,
    ),
    noParams,
  );
  expect(response.status, await response.clone().text()).toBe(201);
  return (await response.json()) as { id: string; warnings: { kind: string; inputs?: number; examples?: unknown[] }[] };
}

describe("leakage-safe splits", () => {
  it("keeps every copy of an input (trimmed, case-folded) in one split when Evalboard draws it", async () => {
    const dataset = await upload(fileWithDuplicates(false), { testFraction: "0.2", seed: "1" });
    const samples = await prisma.sample.findMany({ where: { datasetId: dataset.id } });
    expect(samples).toHaveLength(300);
    const splits = new Map<string, Set<string>>();
    for (const s of samples) {
      const key = s.input.trim().toLowerCase();
      splits.set(key, (splits.get(key) ?? new Set()).add(s.split));
    }
    expect(splits.size).toBe(100);
    expect([...splits.values()].filter((set) => set.size > 1)).toEqual([]);
    const test = samples.filter((s) => s.split === "TEST").length;
    // Whole groups of 3 move together: the TEST share stays near 20%.
    expect(test % 3).toBe(0);
    expect(test).toBeGreaterThanOrEqual(30);
    expect(test).toBeLessThanOrEqual(90);
    expect(dataset.warnings.some((w) => w.kind === "split_leak")).toBe(false);
  });

  it("keeps a file's own split but warns, with examples, about inputs in both", async () => {
    const dataset = await upload(fileWithDuplicates(true), {});
    const leak = dataset.warnings.find((w) => w.kind === "split_leak");
    // By hand: text i is in TEST for the copies with (i + copy) % 4 === 0, TRAIN otherwise; copies 0-2.
    let leaking = 0;
    for (let i = 0; i < 100; i += 1) {
      const inTest = [0, 1, 2].filter((copy) => (i + copy) % 4 === 0).length;
      if (inTest > 0 && inTest < 3) leaking += 1;
    }
    expect(leak).toMatchObject({ inputs: leaking });
    expect(leak?.examples).toHaveLength(5);
    const stored = await prisma.dataset.findUniqueOrThrow({ where: { id: dataset.id } });
    expect(JSON.stringify(stored.warnings)).toContain("split_leak");
  });
});
