import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getSamples } from "@/app/api/datasets/[id]/samples/route";
import { POST as postRoute } from "@/app/api/datasets/route";
import { prisma } from "@/lib/db/prisma";
import { createVersion, ensureFirstVersion } from "@/lib/versions/create";
import { createTestAccount, withBearer } from "@/test/accounts";
import { noParams, removeDatasets, uniqueDatasetName, uploadRequest, withId } from "@/test/datasets-fixtures";
import { findSamplePage, findSamples, readSampleQuery, ZSampleQuery } from "./samples";
import { pickSampleVersion } from "./sample-version";

const names: string[] = [];
afterAll(() => removeDatasets(names));

// 12 rows, labels a/b/c in turn: row i has label ["a", "b", "c"][i % 3].
const ROWS = Array.from({ length: 12 }, (_, i) => [`text number ${i}`, ["a", "b", "c"][i % 3]!] as const);
const CSV = ["text,label", ...ROWS.map(([text, label]) => `${text},${label}`)].join("\n");

let datasetId: string;
let sampleIds: number[];
let versions: Awaited<ReturnType<typeof loadVersions>>;
const loadVersions = () =>
  prisma.datasetVersion.findMany({
    where: { datasetId },
    orderBy: { number: "asc" },
    select: { id: true, number: true, labels: true, relabelledCount: true, excludedCount: true },
  });

beforeAll(async () => {
  const analyst = await createTestAccount("analyst");
  const name = uniqueDatasetName("samples-version");
  names.push(name);
  const created = await postRoute(
    withBearer(
      uploadRequest({
        fields: { name, task: "CLASSIFICATION", testFraction: "0.25" },
        file: { name: "v1.csv", bytes: CSV },
      }),
      analyst,
    ),
    noParams,
  );
  expect(created.status).toBe(201);
  datasetId = ((await created.json()) as { id: string }).id;
  const samples = await prisma.sample.findMany({
    where: { datasetId },
    orderBy: { index: "asc" },
    select: { id: true },
  });
  sampleIds = samples.map((sample) => sample.id);
  const v1 = await ensureFirstVersion(prisma, datasetId);
  const labels = ["a", "b", "c"];
  // v2: rows 1 and 4 (both "b") relabelled to "a", row 6 removed; v3 on top of it: row 7 removed too.
  const v2 = await prisma.$transaction((tx) =>
    createVersion(tx, {
      datasetId,
      parentId: v1,
      labels,
      change: {
        relabel: new Map([
          [sampleIds[1]!, "a"],
          [sampleIds[4]!, "a"],
        ]),
        exclude: new Set([sampleIds[6]!]),
        aliases: new Map(),
      },
    }),
  );
  await prisma.$transaction((tx) =>
    createVersion(tx, {
      datasetId,
      parentId: v2.id,
      labels,
      change: { relabel: new Map(), exclude: new Set([sampleIds[7]!]), aliases: new Map() },
    }),
  );
  versions = await loadVersions();
});

const query = (params: Record<string, string>) => ZSampleQuery.parse(params);
const version = (number: number) => {
  const picked = pickSampleVersion(versions, number);
  if (!picked.ok) throw new Error(picked.problem);
  return picked.version;
};

describe("the sample browser on a dataset version", () => {
  it("shows the version's labels, the uploaded ones they replace, and the removed rows", async () => {
    const page = await findSamples(datasetId, query({}), prisma, version(2));
    expect(page.samples).toHaveLength(12);
    const byIndex = new Map(page.samples.map((sample) => [sample.index, sample]));
    expect(byIndex.get(1)).toMatchObject({ expected: "a", uploadedExpected: "b", removed: false, changedIn: 2 });
    expect(byIndex.get(4)).toMatchObject({ expected: "a", uploadedExpected: "b", removed: false, changedIn: 2 });
    expect(byIndex.get(6)).toMatchObject({ expected: "a", uploadedExpected: null, removed: true, changedIn: 2 });
    expect(byIndex.get(7)).toMatchObject({ expected: "b", uploadedExpected: null, removed: false, changedIn: null });
    expect(byIndex.get(0)).toMatchObject({ expected: "a", uploadedExpected: null, removed: false, changedIn: null });

    const v1 = await findSamples(datasetId, query({}), prisma, version(1));
    expect(v1.samples.map((sample) => sample.expected)).toEqual(ROWS.map(([, label]) => label));
    expect(v1.samples.some((sample) => sample.removed || sample.uploadedExpected !== null)).toBe(false);
  });

  it("names the version that first made each change", async () => {
    const page = await findSamples(datasetId, query({ changed: "1" }), prisma, version(3));
    expect(page.samples.map((sample) => [sample.index, sample.removed, sample.changedIn])).toEqual([
      [1, false, 2],
      [4, false, 2],
      [6, true, 2],
      [7, true, 3],
    ]);
  });

  it("lists only relabelled and removed rows under the changed filter, with keyset pages", async () => {
    const first = await findSamples(datasetId, query({ changed: "1", limit: "2" }), prisma, version(2));
    expect(first.samples.map((sample) => sample.index)).toEqual([1, 4]);
    expect(first).toMatchObject({ nextCursor: 4, prevCursor: null });
    const second = await findSamples(datasetId, query({ changed: "1", limit: "2", cursor: "4" }), prisma, version(2));
    expect(second.samples.map((sample) => sample.index)).toEqual([6]);
    expect(second).toMatchObject({ nextCursor: null, prevCursor: 6 });
    const back = await findSamples(datasetId, query({ changed: "1", limit: "2", before: "6" }), prisma, version(2));
    expect(back.samples.map((sample) => sample.index)).toEqual([1, 4]);
    const onUpload = await findSamples(datasetId, query({ changed: "1" }), prisma, version(1));
    expect(onUpload.samples).toEqual([]);
  });

  it("filters on the version's label and searches within it", async () => {
    const a = await findSamples(datasetId, query({ label: "a" }), prisma, version(2));
    // Rows 0, 3, 6, 9 were "a" as uploaded; rows 1 and 4 are "a" on version 2.
    expect(a.samples.map((sample) => sample.index)).toEqual([0, 1, 3, 4, 6, 9]);
    const b = await findSamples(datasetId, query({ label: "b" }), prisma, version(2));
    expect(b.samples.map((sample) => sample.index)).toEqual([7, 10]);
    const searched = await findSamples(datasetId, query({ label: "a", q: "number 4" }), prisma, version(2));
    expect(searched.samples.map((sample) => sample.index)).toEqual([4]);
  });

  it("counts the version's rows: relabelled, removed, and the latest by default", () => {
    expect(version(2)).toMatchObject({ number: 2, latest: 3, relabelled: 2, removed: 1 });
    expect(version(3)).toMatchObject({ number: 3, latest: 3, relabelled: 2, removed: 2 });
    const latest = pickSampleVersion(versions, undefined);
    expect(latest.ok && latest.version.number).toBe(3);
    expect(pickSampleVersion(versions, 9)).toEqual({
      ok: false,
      problem: "This dataset has no version 9: it has versions 1 to 3.",
    });
  });

  it("the API reads the version (latest by default), refuses a malformed one (422) and an unknown one (404)", async () => {
    const page = await findSamplePage(datasetId, query({ limit: "200" }), prisma);
    expect(page?.samples.filter((sample) => sample.removed).map((sample) => sample.index)).toEqual([6, 7]);

    const call = (search: string) =>
      getSamples(new Request(`http://127.0.0.1/api/datasets/${datasetId}/samples?${search}`), withId(datasetId));
    const v2 = (await (await call("version=v2&changed=1")).json()) as { samples: { index: number }[] };
    expect(v2.samples.map((sample) => sample.index)).toEqual([1, 4, 6]);
    const malformed = await call("version=two");
    expect(malformed.status).toBe(422);
    const refusal = (await malformed.json()) as { error: { details: { path: string }[] } };
    expect(refusal.error.details.map((detail) => detail.path)).toEqual(["version"]);
    const unknown = await call("version=9");
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toBe(
      "version: This dataset has no version 9: it has versions 1 to 3.",
    );
  });

  it("the page reads a malformed version as a problem to show, keeping the other filters", () => {
    expect(readSampleQuery({ version: "v2", label: "a" })).toMatchObject({
      query: { version: 2, label: "a" },
      problem: null,
    });
    const bad = readSampleQuery({ version: "latest!", label: "a" });
    expect(bad.query.label).toBe("a");
    expect(bad.query.version).toBeUndefined();
    expect(bad.problem).toContain('"latest!" is not a version number');
  });
});
