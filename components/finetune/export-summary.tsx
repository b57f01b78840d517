import { formatCount, formatUsd } from "@/components/ui/format";
import { errorBox, textLink } from "@/components/ui/styles";
import type { TExportSummary } from "./types";

type TProps = { summary: TExportSummary; epochs: number | null; downloadBase: string };

/** Rows, tokens (estimated), training cost and downloads of the export; the refusals when the provider would refuse. */
export function ExportSummary({ summary, epochs, downloadBase }: TProps) {
  const epochCount = epochs ?? 1;
  const total = summary.costPerEpoch === null ? null : summary.costPerEpoch * epochCount;
  return (
    <div className="space-y-4" aria-live="polite">
      <dl className="grid grid-cols-2 gap-4 text-sm md:grid-cols-4">
        <Fact term="Training rows" value={formatCount(summary.training.rows)} />
        <Fact term="Validation rows" value={formatCount(summary.validation.rows)} />
        <Fact term="Training tokens (est.)" value={formatCount(summary.training.tokens)} />
        <Fact
          term={epochs === null ? "Cost per epoch" : `Cost, ${epochCount} epochs`}
          value={total === null ? "unknown price" : formatUsd(total)}
        />
      </dl>
      <p className="text-xs text-slate-500">
        Longest example: {formatCount(summary.training.longestRowTokens)} tokens (limit{" "}
        {formatCount(summary.limits.maxRowTokens)}); at least {summary.limits.minRows} training rows are needed.
      </p>
      {summary.refusals.length > 0 ? (
        <div role="alert" className={errorBox}>
          <p className="font-medium">The provider would refuse this export:</p>
          <ul className="mt-1 list-disc pl-5">
            {summary.refusals.map((refusal) => (
              <li key={refusal}>{refusal}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="flex gap-4 text-sm">
        <a className={textLink} href={`${downloadBase}&file=training`} download>
          Download training.jsonl
        </a>
        {summary.validation.rows > 0 ? (
          <a className={textLink} href={`${downloadBase}&file=validation`} download>
            Download validation.jsonl
          </a>
        ) : null}
      </p>
    </div>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <div className="rounded-lg bg-slate-50 px-3 py-2">
      <dt className="text-xs text-slate-500">{term}</dt>
      <dd className="mt-0.5 font-semibold tabular-nums text-slate-900">{value}</dd>
    </div>
  );
}
