import { ZGateResult, type TGateResult } from "@/lib/gate/schemas";
import type { TClient } from "./client";
import { EXIT } from "./errors";
import { formatPercent, formatPoints, formatTable } from "./format";

export type TGateArgs = {
  baseline: string;
  candidate: string;
  metric?: string;
  margin?: string;
  alpha?: string;
  json: boolean;
};

/** Proportions print as % and points; judge notes as notes. */
function formatters(metric: TGateResult["metric"]) {
  if (metric === "judgeMean") {
    const note = (value: number | null) => (value === null ? "—" : value.toFixed(2));
    const signed = (value: number | null) =>
      value === null ? "—" : `${value > 0 ? "+" : ""}${value.toFixed(2)} notes`;
    return { value: note, difference: signed };
  }
  if (metric === "macroF1") {
    const score = (value: number | null) => (value === null ? "—" : value.toFixed(3));
    const signed = (value: number | null) => (value === null ? "—" : `${value > 0 ? "+" : ""}${value.toFixed(3)}`);
    return { value: score, difference: signed };
  }
  return { value: formatPercent, difference: formatPoints };
}

export function describeGate(result: TGateResult): string {
  const format = formatters(result.metric);
  const confidence = `${Math.round((1 - result.alpha) * 100)}%`;
  const table = formatTable([
    ["", "Run", "Model", result.metric],
    ["Baseline", result.baseline.id, result.baseline.endpoint, format.value(result.baselineValue)],
    ["Candidate", result.candidate.id, result.candidate.endpoint, format.value(result.candidateValue)],
  ]);
  const details = formatTable([
    ["Difference", format.difference(result.difference)],
    [`${confidence} lower bound`, format.difference(result.lower)],
    ["Allowed", format.difference(-result.margin)],
    ["Paired samples", String(result.pairs)],
    ["Test", `non-inferiority, one-sided α = ${result.alpha}: ${result.method}`],
    ...(result.judge ? [["Judge", result.judge.name]] : []),
  ]);
  const verdict = result.passed
    ? `PASS: the candidate is not worse than the baseline by more than ${format.difference(result.margin).replace("+", "")}.`
    : `FAIL: the candidate may be worse than the baseline by more than ${format.difference(result.margin).replace("+", "")}.`;
  return `${result.dataset.name} (${result.split.toLowerCase()} split)\n\n${table}\n\n${details}\n\n${verdict}`;
}

/** `evalboard gate`: exit 0 when the candidate passes, 1 when it does not (2, from main, on usage or API errors). */
export async function runGate(client: TClient, args: TGateArgs, out: NodeJS.WritableStream) {
  const query = new URLSearchParams({ baseline: args.baseline, candidate: args.candidate });
  for (const [key, value] of [
    ["metric", args.metric],
    ["margin", args.margin],
    ["alpha", args.alpha],
  ] as const) {
    if (value !== undefined) query.set(key, value);
  }
  const result = await client.get(`/api/runs/gate?${query}`, ZGateResult);
  out.write(args.json ? `${JSON.stringify(result)}\n` : `${describeGate(result)}\n`);
  return result.passed ? EXIT.ok : EXIT.failed;
}
