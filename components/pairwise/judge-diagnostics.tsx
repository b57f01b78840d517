import { formatCount, formatPercent } from "@/components/ui/format";
import { card, cardTitle, warningBox } from "@/components/ui/styles";
import { TableHead } from "@/components/ui/table-head";
import type { TPairwiseViewJson } from "./types";

const columns = [
  { key: "judge", label: "Judge" },
  { key: "consistency", label: "Position consistency", align: "right" as const, title: "Same verdict in both orders" },
  {
    key: "first",
    label: "Picks the first shown",
    align: "right" as const,
    title: "Share of decisive calls for Assistant A; 50% is no preference",
  },
  { key: "longer", label: "Longer answer wins", align: "right" as const },
  { key: "failures", label: "No verdict", align: "right" as const },
  { key: "errors", label: "Errors", align: "right" as const },
];

/** Per judge: position consistency, first-position preference, the length check; a judge under 50% is flagged. */
export function JudgeDiagnostics({ view }: { view: TPairwiseViewJson }) {
  const flagged = view.diagnostics.filter((entry) => entry.flagged);
  const name = (index: number) => view.judges[index]?.name ?? `judge ${index + 1}`;
  return (
    <section className={`${card} overflow-hidden`} aria-labelledby="judge-diagnostics-title">
      <div className="px-5 py-4">
        <h2 id="judge-diagnostics-title" className={cardTitle}>
          Judge diagnostics
        </h2>
        {view.agreement ? (
          <p className="mt-1 text-sm text-slate-600" data-testid="jury-agreement">
            Jury agreement: {view.agreement.method === "cohen" ? "Cohen's" : "Fleiss'"} κ ={" "}
            <strong className="tabular-nums">
              {view.agreement.kappa === null ? "—" : view.agreement.kappa.toFixed(3)}
            </strong>{" "}
            on {formatCount(view.agreement.items)} verdicts every judge gave.
          </p>
        ) : null}
      </div>
      {flagged.length > 0 ? (
        <p role="alert" className={`${warningBox} mx-5 mb-4`}>
          <strong>Position bias:</strong> {flagged.map((entry) => name(entry.judgeIndex)).join(", ")} gave the same
          verdict in both orders on fewer than half of the samples; its verdicts say more about the order than about the
          answers.
        </p>
      ) : null}
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <TableHead columns={columns} />
          <tbody className="divide-y divide-slate-100">
            {view.diagnostics.map((entry) => (
              <tr key={entry.judgeIndex} data-testid={`judge-${entry.judgeIndex}`}>
                <td className="py-3 pr-4 pl-5 font-medium">
                  {name(entry.judgeIndex)}
                  {entry.flagged ? (
                    <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">
                      flagged
                    </span>
                  ) : null}
                </td>
                <td className="px-4 py-3 text-right tabular-nums" data-testid={`consistency-${entry.judgeIndex}`}>
                  {formatPercent(entry.consistency)}
                </td>
                <td className="px-4 py-3 text-right tabular-nums">{formatPercent(entry.firstPosition)}</td>
                <td className="px-4 py-3 text-right tabular-nums">{formatPercent(entry.longerWins)}</td>
                <td className="px-4 py-3 text-right tabular-nums">{formatCount(entry.parseFailures)}</td>
                <td className="py-3 pr-5 pl-4 text-right tabular-nums">{formatCount(entry.errors)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
