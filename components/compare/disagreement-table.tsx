import Link from "next/link";
import { TableHead } from "@/components/ui/table-head";
import type { TDisagreement, TRunAnswer } from "@/lib/compare/classification";
import type { TClassificationComparison } from "@/lib/compare/view";
import { buildOutputsHref } from "@/lib/leaderboard/charts/links";
import { describeAnswer } from "./compare-format";
import { DisagreementFrame } from "./disagreement-frame";

const tones = {
  correct: "bg-emerald-50 text-emerald-800 ring-emerald-600/20",
  wrong: "bg-rose-50 text-rose-800 ring-rose-600/20",
  invalid: "bg-amber-50 text-amber-900 ring-amber-600/20",
  error: "bg-slate-100 text-slate-700 ring-slate-500/20",
} as const;

const marks = { correct: "✓", wrong: "✗", invalid: "✗", error: "!" } as const;

function Answer({ runId, sample, answer }: { runId: string; sample: TDisagreement; answer: TRunAnswer }) {
  const { text, tone } = describeAnswer(answer);
  return (
    <Link
      href={buildOutputsHref(runId, { sample: sample.sampleId })}
      title={`Open this answer in the run's outputs${tone === "invalid" ? " (not a label)" : ""}`}
      className={`inline-flex max-w-full items-start gap-1.5 rounded-md px-2 py-1 text-xs font-medium ring-1 ring-inset hover:underline ${tones[tone]}`}
    >
      <span aria-hidden>{marks[tone]}</span>
      <span className="line-clamp-2 break-words">{text}</span>
    </Link>
  );
}

const sides = [
  { side: "discordant", label: "All disagreements" },
  { side: "onlyA", label: "Only A right" },
  { side: "onlyB", label: "Only B right" },
] as const;

/** The samples the runs split on, one keyset page at a time, each answer linking to the run's drill-down. */
export function DisagreementTable({ comparison, cursor }: { comparison: TClassificationComparison; cursor?: string }) {
  const { a, b, side, disagreements, agreement } = comparison;
  const counts = { discordant: agreement.onlyA + agreement.onlyB, onlyA: agreement.onlyA, onlyB: agreement.onlyB };
  return (
    <DisagreementFrame
      query={{ a: a.id, b: b.id }}
      sides={sides}
      side={side}
      counts={counts}
      cursor={cursor}
      nextCursor={disagreements.nextCursor}
      empty={
        disagreements.items.length === 0 ? "No sample here: the runs agree on every shared sample of this kind." : null
      }
    >
      <table className="w-full table-fixed border-t border-slate-100 text-left text-sm">
        <TableHead
          edges={false}
          columns={[
            { key: "index", label: "#", className: "w-16" },
            { key: "input", label: "Input" },
            { key: "expected", label: "Expected", className: "w-40" },
            { key: "a", label: `A: ${a.endpoint.name}`, className: "w-48" },
            { key: "b", label: `B: ${b.endpoint.name}`, className: "w-48" },
          ]}
        />
        <tbody className="divide-y divide-slate-100">
          {disagreements.items.map((item) => (
            <tr key={item.sampleId} className="align-top">
              <td className="px-4 py-3 tabular-nums text-slate-500">{item.index}</td>
              <td className="px-4 py-3 text-slate-700">
                <p className="line-clamp-3">
                  {item.input}
                  {item.truncated ? "…" : ""}
                </p>
              </td>
              <td className="break-words px-4 py-3 font-medium text-slate-900">{item.expected}</td>
              <td className="px-4 py-3">
                <Answer runId={a.id} sample={item} answer={item.a} />
              </td>
              <td className="px-4 py-3">
                <Answer runId={b.id} sample={item} answer={item.b} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </DisagreementFrame>
  );
}
