import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as reuploadRoute } from "@/app/api/datasets/[id]/reupload/route";
import { POST as postRoute } from "@/app/api/datasets/route";
import { createTestAccount, withBearer, type TTestAccount } from "@/test/accounts";
import { noParams, removeDatasets, uniqueDatasetName, uploadRequest, withId } from "@/test/datasets-fixtures";

const names: string[] = [];
afterAll(() => removeDatasets(names));
let analyst: TTestAccount;
beforeAll(async () => {
  analyst = await createTestAccount("analyst");
});

const ROWS = Array.from({ length: 12 }, (_, i) => [`text number ${i}`, ["a", "b", "c"][i % 3]!] as const);
const csv = (rows: readonly (readonly [string, string])[], header = "text,label") =>
  [header, ...rows.map(([text, label]) => `${text},${label}`)].join("\n");

async function reupload(id: string, file: string, apply: boolean) {
  const request = uploadRequest(
    { fields: { apply: apply ? "true" : undefined }, file: { name: "v2.csv", bytes: file } },
    `http://127.0.0.1/api/datasets/${id}/reupload`,
  );
  return reuploadRoute(withBearer(request, analyst), withId(id));
}

describe("re-upload as a new version", () => {
  it("diffs rows added, removed and relabelled, creates the version on request, and names mismatched columns", async () => {
    const name = uniqueDatasetName("reupload");
    names.push(name);
    const created = await postRoute(
      withBearer(
        uploadRequest({
          fields: { name, task: "CLASSIFICATION", testFraction: "0.25" },
          file: { name: "v1.csv", bytes: csv(ROWS) },
        }),
        analyst,
      ),
      noParams,
    );
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    // Row 3 relabelled, row 5 relabelled, the last row removed, one row added at the end with a new text.
    const next = ROWS.map(([text, label], i) => [text, i === 3 || i === 5 ? "c" : label] as const).slice(0, 11);
    next.push(["text number 99", "a"]);
    const preview = await reupload(id, csv(next), false);
    expect(preview.status).toBe(200);
    const diff = (await preview.json()) as Record<string, unknown>;
    const relabelled = [3, 5].filter((i) => ROWS[i]![1] !== "c").length;
    expect(diff).toMatchObject({ rows: 12, added: 1, removed: 1, relabelled, version: null });
    const applied = (await (await reupload(id, csv(next), true)).json()) as { version: { number: number } };
    expect(applied.version.number).toBe(2);

    const mismatch = await reupload(id, csv(next, "body,category"), false);
    expect(mismatch.status).toBe(422);
    const error = ((await mismatch.json()) as { error: { code: string; message: string } }).error;
    expect(error.code).toBe("columns_mismatch");
    expect(error.message).toContain('"text"');
    expect(error.message).toContain('"label"');
  });
});
