import Link from "next/link";
import { TableHead } from "@/components/ui/table-head";
import type { TOpenQaComparison } from "@/lib/compare/open-qa";
import type { TScoredAnswer } from "@/lib/compare/score-disagreements";
import { buildOutputsHref } from "@/lib/leaderboard/charts/links";
import { DisagreementFrame } from "./disagreement-frame";
import { describeSideB } from "./side-names";

function scoreTone(score: number, other: number): string {
  return score > other
    ? "bg-emerald-50 text-emerald-800 ring-emerald-600/20"
    : "bg-rose-50 text-rose-800 ring-rose-600/20";
}

/** One side's answer and score; a run's answer opens in its outputs with this judge's grade. */
function ScoredAnswer(props: { runId: string | null; sampleId: number; answer: TScoredAnswer; other: number }) {
  const { runId, sampleId, answer, other } = props;
  const href = runId
    ? buildOutputsHref(runId, { sample: sampleId, judgingId: answer.judgingId })
    : `/judgings/${answer.judgingId}`;
  return (
    <div className="space-y-1.5">
      <Link
        href={href}
        title={runId ? "Open this answer and its grade in the run's outputs" : "Open the reference judging"}
        className={`inline-flex items-center rounded-md px-2 py-0.5 text-xs font-semibold tabular-nums ring-1 ring-inset hover:underline ${scoreTone(answer.score, other)}`}
      >
        {answer.score} / 10
      </Link>
      <p className="line-clamp-4 whitespace-pre-line break-words text-xs text-slate-700">
        {answer.text ?? "(no answer)"}
        {answer.truncated ? "…" : ""}
      </p>
    </div>
  );
}

const sides = [
  { side: "discordant", label: "All differences" },
  { side: "onlyA", label: "A higher" },
  { side: "onlyB", label: "B higher" },
] as const;

/** Samples the judge scored differently, largest gap first, one keyset page at a time. */
export function ScoreDisagreementTable({ comparison, cursor }: { comparison: TOpenQaComparison; cursor?: string }) {
  const { a, b, judge, side, disagreements, scores } = comparison;
  const base = { a: a.id, b: b?.id ?? "dataset", judge: judge.endpointId };
  const counts = { discordant: scores.aBetter + scores.bBetter, onlyA: scores.aBetter, onlyB: scores.bBetter };
  return (
    <DisagreementFrame
      query={base}
      sides={sides}
      side={side}
      counts={counts}
      cursor={cursor}
      nextCursor={disagreements.nextCursor}
      empty={
        disagreements.items.length === 0
          ? "No sample here: the judge gave both the same score on every sample of this kind."
          : null
      }
    >
      <table className="w-full table-fixed border-t border-slate-100 text-left text-sm">
        <TableHead
          edges={false}
          columns={[
            { key: "index", label: "#", className: "w-16" },
            { key: "question", label: "Question" },
            { key: "gap", label: "Gap", align: "right", className: "w-16" },
            { key: "a", label: `A: ${a.endpoint.name}`, className: "w-[30%]" },
            { key: "b", label: `B: ${describeSideB(b)}`, className: "w-[30%]" },
          ]}
        />
        <tbody className="divide-y divide-slate-100">
          {disagreements.items.map((item) => (
            <tr key={item.sampleId} className="align-top">
              <td className="px-4 py-3 tabular-nums text-slate-500">{item.index}</td>
              <td className="px-4 py-3 text-slate-700">
                <p className="line-clamp-4 break-words">
                  {item.input}
                  {item.truncated ? "…" : ""}
                </p>
              </td>
              <td className="px-4 py-3 text-right font-semibold tabular-nums text-slate-900">{item.gap}</td>
              <td className="px-4 py-3">
                <ScoredAnswer runId={a.id} sampleId={item.sampleId} answer={item.a} other={item.b.score} />
              </td>
              <td className="px-4 py-3">
                <ScoredAnswer runId={b?.id ?? null} sampleId={item.sampleId} answer={item.b} other={item.a.score} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </DisagreementFrame>
  );
}
