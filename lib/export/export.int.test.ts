import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { GET as exportLeaderboardRoute } from "@/app/api/leaderboard/export/route";
import { GET as groupsRoute } from "@/app/api/runs/[id]/invalid-groups/route";
import { GET as detailRoute } from "@/app/api/runs/[id]/outputs/[sampleId]/route";
import { GET as exportOutputsRoute } from "@/app/api/runs/[id]/outputs/export/route";
import { GET as listRoute } from "@/app/api/runs/[id]/outputs/route";
import { prisma } from "@/lib/db/prisma";
import { seedRunWithOutputs } from "@/test/outputs-seed";

afterAll(async () => {
  await prisma.$disconnect();
});

const ANSWERS = ["cardiology", '!=HYPERLINK("http://evil")', "neoplasms", "error", "!+1 cardiology", "neoplasms"];
const call = <P>(handler: (r: Request, c: { params: Promise<P> }) => Promise<Response>, url: string, params: P) =>
  handler(new Request(`http://localhost${url}`), { params: Promise.resolve(params) });

describe("GET /api/runs/:id/outputs/export", () => {
  it("streams CSV with neutralised formula cells and the list's filters, as an attachment", async () => {
    const seed = await seedRunWithOutputs(ANSWERS);
    const response = await call(exportOutputsRoute, `/x?format=csv&view=invalid`, { id: seed.runId });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="outputs-[\w-]+-outputs-\w{8}\.csv"$/,
    );
    const records = parse(await response.text(), { columns: true }) as Record<string, string>[];
    expect(records.map((record) => record.raw_output)).toEqual(['\'=HYPERLINK("http://evil")', "'+1 cardiology"]);
    expect(records[0]).toMatchObject({ index: "1", expected: "neoplasms", valid: "false", parsed_label: "" });
  });

  it("streams JSONL of every output across export pages, and 404s or 422s bad requests", async () => {
    const answers = Array.from({ length: 1_205 }, (_, i) => (i % 2 === 0 ? "cardiology" : "neoplasms"));
    const seed = await seedRunWithOutputs(answers);
    const response = await call(exportOutputsRoute, `/x?format=jsonl`, { id: seed.runId });
    expect(response.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    const lines = (await response.text())
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { index: number });
    expect(lines).toHaveLength(1_205);
    expect(lines.map((line) => line.index)).toEqual(answers.map((_, i) => i));
    expect((await call(exportOutputsRoute, `/x?format=xlsx`, { id: seed.runId })).status).toBe(422);
    expect((await call(exportOutputsRoute, `/x?format=csv`, { id: randomUUID() })).status).toBe(404);
  });
});

describe("JSON API", () => {
  it("lists, pages, shows one output and the invalid groups", async () => {
    const seed = await seedRunWithOutputs(ANSWERS);
    const first = await call(listRoute, `/x?limit=2`, { id: seed.runId });
    const body = (await first.json()) as { items: { index: number }[]; nextCursor: string };
    expect(body.items.map((item) => item.index)).toEqual([0, 1]);
    const second = await call(listRoute, `/x?limit=2&cursor=${body.nextCursor}`, { id: seed.runId });
    expect(((await second.json()) as { items: { index: number }[] }).items.map((item) => item.index)).toEqual([2, 3]);
    const bad = await call(listRoute, `/x?scoreMin=0`, { id: seed.runId });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/scoreMin/);

    const detail = await call(detailRoute, "/x", { id: seed.runId, sampleId: String(seed.samples[3]!.id) });
    expect(await detail.json()).toMatchObject({ output: { errorKind: "timeout", attempts: 3 } });
    expect((await call(detailRoute, "/x", { id: seed.runId, sampleId: "abc" })).status).toBe(404);

    const groups = await call(groupsRoute, "/x", { id: seed.runId });
    expect(await groups.json()).toMatchObject({ totalInvalid: 2 });
  });
});

describe("GET /api/leaderboard/export", () => {
  it("exports one row per run with intervals as CSV and JSONL", async () => {
    const seed = await seedRunWithOutputs(ANSWERS);
    const csv = await call(exportLeaderboardRoute, `/x?datasetId=${seed.datasetId}&format=csv`, {});
    expect(csv.headers.get("content-disposition")).toMatch(/attachment; filename="leaderboard-outputs-\w+\.csv"/);
    const [row] = parse(await csv.text(), { columns: true }) as Record<string, string>[];
    // 5 answered (1 error), 2 right, 2 invalid.
    expect(row).toMatchObject({ run_id: seed.runId, answered: "5", errors: "1", accuracy: "0.4", is_best: "true" });
    expect(Number(row?.accuracy_low)).toBeLessThan(0.4);
    // The best row is compared with nobody: no detectable difference either.
    expect(row).toHaveProperty("detectable_difference_vs_best", "");
    const jsonl = await call(exportLeaderboardRoute, `/x?datasetId=${seed.datasetId}&format=jsonl`, {});
    const line = JSON.parse((await jsonl.text()).trim()) as { runId: string; accuracy: { estimate: number } };
    expect(line).toMatchObject({ runId: seed.runId, accuracy: { estimate: 0.4 } });
    expect((await call(exportLeaderboardRoute, `/x?datasetId=nope`, {})).status).toBe(422);
  });
});
