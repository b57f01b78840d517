import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { TGateResult } from "@/lib/gate/schemas";
import { formatProgressBar } from "./format";
import { describeGate } from "./gate";
import { main } from "./main";

function capture() {
  let text = "";
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, read: () => text };
}

async function run(argv: string[]) {
  const out = capture();
  const err = capture();
  const code = await main(argv, { out: out.stream, err: err.stream });
  return { code, stdout: out.read(), stderr: err.read() };
}

const result: TGateResult = {
  dataset: { id: "0196f2c0-0000-7000-8000-000000000000", name: "abstracts" },
  split: "TEST",
  baseline: { id: "0196f2c0-0000-7000-8000-000000000001", endpoint: "gpt", model: "gpt-4o" },
  candidate: { id: "0196f2c0-0000-7000-8000-000000000002", endpoint: "ft", model: "llama" },
  metric: "accuracy",
  margin: 0.02,
  alpha: 0.05,
  method: "paired proportions, Bonett-Price adjusted Wald lower bound",
  pairs: 500,
  baselineValue: 0.81,
  candidateValue: 0.8,
  difference: -0.01,
  lower: -0.0312,
  passed: false,
  judge: null,
};

describe("evalboard CLI", () => {
  it("prints the gate as a table with the verdict, in points for accuracy and notes for judge means", () => {
    const text = describeGate(result);
    expect(text).toMatch(/Baseline\s+\S+\s+gpt\s+81\.0%/);
    expect(text).toMatch(/Difference\s+-1\.0 points/);
    expect(text).toMatch(/95% lower bound\s+-3\.1 points/);
    expect(text).toContain("FAIL: the candidate may be worse than the baseline by more than 2.0 points.");
    const notes = describeGate({
      ...result,
      metric: "judgeMean",
      margin: 0.5,
      difference: 0.25,
      lower: -0.1,
      passed: true,
    });
    expect(notes).toMatch(/Difference\s+\+0\.25 notes/);
    expect(notes).toContain("PASS: the candidate is not worse than the baseline by more than 0.50 notes.");
  });

  it("draws a bounded progress bar", () => {
    expect(formatProgressBar(0, 100, 10)).toBe("[----------] 0/100 0%");
    expect(formatProgressBar(55, 100, 10)).toBe("[######----] 55/100 55%");
    expect(formatProgressBar(7, 0, 4)).toBe("[----] 7/0 0%");
  });

  it("exits 2 with the reason on usage errors, before any request", async () => {
    expect(await run([])).toMatchObject({ code: 2 });
    expect((await run(["--help"])).stdout).toContain("Usage: evalboard");
    const unknown = await run(["deploy"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "deploy"');
    const missing = await run(["gate", "--baseline", "x"]);
    expect(missing).toMatchObject({ code: 2, stderr: "evalboard: Missing --candidate.\n" });
    const option = await run(["runs", "show", "a", "--colour"]);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("--colour");
    expect((await run(["runs", "show"])).stderr).toContain("Expected 1 argument(s), got 0.");
  });
});
