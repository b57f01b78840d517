import type { TFitProgress } from "@/lib/embedding-classifier/fit-progress";
import { formatFitProgress } from "./fit-progress-format";
import { ProgressBar } from "./progress-bar";

/** While an embedding-classifier run fits on TRAIN (no TEST sample is scored before): which step, how far. */
export function ClassifierFitProgress({ progress }: { progress: TFitProgress }) {
  const { step, unit } = formatFitProgress(progress);
  return (
    <div
      role="status"
      data-testid="classifier-fit-progress"
      className="rounded-xl border border-indigo-200 bg-indigo-50 px-5 py-4 text-sm text-indigo-950"
    >
      <p>
        <span className="font-semibold">Fitting the classifier:</span> <span className="tabular-nums">{step}</span>
      </p>
      <p className="mt-1 text-indigo-900/80">
        TEST samples are scored once the logistic regression is fitted on TRAIN&apos;s embeddings.
      </p>
      {/* Outlined: the bar's pale track alone hardly shows on the banner's tint at 0. */}
      <div className="mt-3 max-w-md rounded-full bg-white ring-1 ring-indigo-200">
        <ProgressBar done={progress.done} total={progress.total} label="Classifier fit progress" unit={unit} />
      </div>
    </div>
  );
}
