import { describe, expect, it } from "vitest";
import { describeSampleVersion } from "@/components/datasets/sample-version";
import { pickSampleVersion, ZSampleVersionParam } from "./sample-version";

const row = (number: number, relabelledCount = 0, excludedCount = 0) => ({
  id: `id-${number}`,
  number,
  labels: ["a", "b"],
  relabelledCount,
  excludedCount,
});

describe("the samples' version parameter", () => {
  it.each([
    ["2", 2],
    ["v3", 3],
    ["V1", 1],
    [" 4 ", 4],
  ])("reads %j as version %i", (text, number) => {
    expect(ZSampleVersionParam.parse(text)).toBe(number);
  });

  it.each(["0", "v", "-1", "1.5", "two", "v2v", "99999999999"])("refuses %j", (text) => {
    expect(ZSampleVersionParam.safeParse(text).success).toBe(false);
  });
});

describe("picking the version to show", () => {
  const versions = [row(1), row(2, 3, 2)];

  it("is the latest when none is asked for, else the one asked for", () => {
    expect(pickSampleVersion(versions, undefined)).toMatchObject({ ok: true, version: { id: "id-2", number: 2 } });
    expect(pickSampleVersion(versions, 1)).toMatchObject({ ok: true, version: { id: "id-1", latest: 2 } });
  });

  it("names the versions there are when asked for another", () => {
    expect(pickSampleVersion(versions, 3)).toEqual({
      ok: false,
      problem: "This dataset has no version 3: it has versions 1 to 2.",
    });
    expect(pickSampleVersion([row(1)], 2)).toEqual({
      ok: false,
      problem: "This dataset has no version 2: it has only version 1.",
    });
  });

  it("is version 1 as uploaded for a dataset with no version row yet", () => {
    expect(pickSampleVersion([], undefined)).toMatchObject({ ok: true, version: { id: null, number: 1 } });
    expect(pickSampleVersion([], 2).ok).toBe(false);
  });

  it("heads the table with the version's row counts", () => {
    const picked = pickSampleVersion(versions, 2);
    if (!picked.ok) throw new Error(picked.problem);
    expect(describeSampleVersion(picked.version, 200)).toBe(
      "Version 2 (latest): 198 rows of the 200 uploaded; 3 relabelled, 2 removed (shown greyed).",
    );
    const first = pickSampleVersion(versions, 1);
    if (!first.ok) throw new Error(first.problem);
    expect(describeSampleVersion(first.version, 1)).toBe("Version 1, as uploaded: 1 row.");
  });
});
