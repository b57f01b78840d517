import { describe, expect, it } from "vitest";
import { firstValues } from "./search-params";

describe("firstValues", () => {
  it("keeps the first of repeated keys, from URLSearchParams and from Next's searchParams alike", () => {
    expect(firstValues(new URLSearchParams("a=1&a=2&b=&c=3"))).toEqual({ a: "1", b: "", c: "3" });
    expect(firstValues({ a: ["1", "2"], b: "", c: undefined })).toEqual({ a: "1", b: "", c: undefined });
  });
});
