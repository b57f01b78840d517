import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api/errors";
import { findRecord, requireRecord } from "./records";

describe("findRecord", () => {
  it("never asks the loader about an id that is not a uuid", async () => {
    let asked = false;
    const load = async () => ((asked = true), { id: "x" });
    expect(await findRecord("not-a-uuid", load)).toBeNull();
    expect(await findRecord("\u0000", load)).toBeNull();
    expect(asked).toBe(false);
  });

  it("is null for a loader's null or 404, the record otherwise, and lets other errors through", async () => {
    const id = randomUUID();
    expect(await findRecord(id, async () => null)).toBeNull();
    expect(await findRecord(id, async () => Promise.reject(new ApiError(404, "run_not_found", "gone")))).toBeNull();
    expect(await findRecord(id, async (asked) => ({ asked }))).toEqual({ asked: id });
    await expect(findRecord(id, async () => Promise.reject(new ApiError(409, "busy", "busy")))).rejects.toThrow("busy");
  });
});

describe("requireRecord", () => {
  it("passes a record through and turns null into Next's not-found signal", () => {
    expect(requireRecord({ id: 1 })).toEqual({ id: 1 });
    expect(() => requireRecord(null)).toThrow(expect.objectContaining({ digest: expect.stringMatching(/404/) }));
  });
});
