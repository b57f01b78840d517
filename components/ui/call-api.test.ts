import { describe, expect, it } from "vitest";
import { readApiResult } from "./call-api";

describe("reading an API answer", () => {
  it("returns the data of a 2xx, and null for an empty body", () => {
    expect(readApiResult(201, JSON.stringify({ id: "a" }))).toEqual({ ok: true, data: { id: "a" } });
    expect(readApiResult(204, "")).toEqual({ ok: true, data: null });
  });

  it("returns the API's error shape, details included", () => {
    const error = { code: "invalid_file", message: "Line 3 has 2 columns.", details: { line: 3 } };
    expect(readApiResult(422, JSON.stringify({ error }))).toEqual({ ok: false, error });
  });

  it("names the status when the body is not the API's (a proxy's HTML page)", () => {
    expect(readApiResult(502, "<html>Bad gateway</html>")).toEqual({
      ok: false,
      error: { code: "http_error", message: "The server answered 502." },
    });
  });
});
