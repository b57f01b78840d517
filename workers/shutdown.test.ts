// A second SIGTERM/SIGINT right after the first is the same request delivered twice (a group-wide signal, then the
// supervisor passing it on): it must not force an exit that abandons running chunks. A later one still does.
import { describe, expect, it } from "vitest";
import { isRepeatOfFirstSignal, REPEAT_IGNORED_MS } from "./shutdown";

describe("isRepeatOfFirstSignal", () => {
  it("treats a signal within the window as a repeat, and a later one as a real second signal", () => {
    expect(isRepeatOfFirstSignal(10_000, 10_000)).toBe(true);
    expect(isRepeatOfFirstSignal(10_000, 10_000 + REPEAT_IGNORED_MS - 1)).toBe(true);
    expect(isRepeatOfFirstSignal(10_000, 10_000 + REPEAT_IGNORED_MS)).toBe(false);
    expect(isRepeatOfFirstSignal(10_000, 10_000 + 60_000)).toBe(false);
  });
});
