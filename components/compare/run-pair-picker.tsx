"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { formatShots } from "@/components/runs/format";
import { label, secondaryButton, select, textLink } from "@/components/ui/styles";
import { REFERENCE_SIDE } from "@/lib/compare/schemas";
import { buildCompareHref } from "./compare-format";
import { isClassifierRun } from "@/lib/embedding-classifier/naming";

export type TPickableRun = {
  id: string;
  status: string;
  shots: number;
  method?: string;
  endpoint: { name: string };
};

function describeRun(run: TPickableRun): string {
  // An embedding classifier's name says what it is already ("... + logistic regression"): it has no shots.
  const how = isClassifierRun(run) ? "on embeddings" : formatShots(run.shots);
  return `${run.endpoint.name} · ${how}${run.status === "RUNNING" ? " · running" : ""}`;
}

type TProps = {
  runs: TPickableRun[];
  a: string;
  /** A run id, or "dataset" for the reference answers. */
  b: string;
  /** Open QA: the reference answers can be side B (graded by the same judge). */
  datasetId: string;
  offerReference: boolean;
};

/** Picks the two runs (of the same dataset); the pair lives in the URL so a comparison can be shared. */
export function RunPairPicker({ runs, a, b, datasetId, offerReference }: TProps) {
  const router = useRouter();
  // A new pair may not share the current judge: the page picks one again.
  const go = (next: { a: string; b: string }) => router.push(buildCompareHref(next));
  const isReference = b === REFERENCE_SIDE;
  const field = (side: "a" | "b", value: string, other: string) => (
    <div className="min-w-0 flex-1">
      <label htmlFor={`run-${side}`} className={label}>
        {side === "a" ? "Run A" : offerReference ? "Run B or the references" : "Run B"}
      </label>
      <select
        id={`run-${side}`}
        className={`${select} mt-1`}
        value={value}
        onChange={(event) =>
          go(side === "a" ? { a: event.target.value, b: other } : { a: other, b: event.target.value })
        }
      >
        {side === "b" && offerReference ? <option value={REFERENCE_SIDE}>Reference answers (dataset)</option> : null}
        {runs.map((run) => (
          <option key={run.id} value={run.id} disabled={run.id === other}>
            {describeRun(run)}
          </option>
        ))}
      </select>
      {value === REFERENCE_SIDE ? (
        <Link href={`/datasets/${datasetId}`} className={`mt-1 inline-block text-xs ${textLink}`}>
          Open the dataset
        </Link>
      ) : (
        <Link href={`/runs/${value}`} className={`mt-1 inline-block text-xs ${textLink}`}>
          Open run {side.toUpperCase()}
        </Link>
      )}
    </div>
  );
  return (
    <div className="flex flex-wrap items-start gap-4">
      {field("a", a, b)}
      <button
        type="button"
        className={`${secondaryButton} mt-6`}
        disabled={isReference}
        title={isReference ? "The reference answers can only be side B" : undefined}
        onClick={() => go({ a: b, b: a })}
      >
        Swap
      </button>
      {field("b", b, a)}
    </div>
  );
}
