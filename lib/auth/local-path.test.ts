import { describe, expect, it } from "vitest";
import { toLocalPath } from "./local-path";

describe("toLocalPath", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(toLocalPath("/runs?status=RUNNING#top")).toBe("/runs?status=RUNNING#top");
    expect(toLocalPath(["/leaderboard", "/x"])).toBe("/leaderboard");
  });

  it("sends everything that a browser would resolve to another site to /", () => {
    for (const next of [
      undefined,
      "",
      "runs",
      "https://evil.example/",
      "//evil.example/",
      "/\\evil.example/",
      "/\t/evil.example/phish",
      "/\n/evil.example/phish",
      "/\r/evil.example/phish",
      "/ \t/evil.example",
      "\t//evil.example",
      "/.//evil.example/x",
      "/%2e//evil.example/x",
      "/a/..//evil.example/x",
      "/./\\evil.example",
    ]) {
      const local = toLocalPath(next);
      expect(new URL(local, "http://app.example").origin, JSON.stringify(next)).toBe("http://app.example");
    }
    expect(toLocalPath("/\t/evil.example/phish")).toBe("/");
    expect(toLocalPath("/.//evil.example/x")).toBe("/");
  });
});
