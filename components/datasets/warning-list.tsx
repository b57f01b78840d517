import type { TPreviewWarning } from "@/lib/datasets/preview-check";

const TITLES: Record<TPreviewWarning["kind"], string> = {
  near_duplicate_labels: "Labels that differ only in case or spacing",
  rare_label: "Rare label",
  too_many_labels: "Too many labels",
  conflicting_duplicates: "Same input, different labels",
  single_label_so_far: "Only one label so far",
  split_leak: "Same input in TRAIN and TEST",
};

/** The label warnings, each with a short title and the sentence the server wrote. */
export function WarningList({ warnings }: { warnings: readonly TPreviewWarning[] }) {
  return (
    <ul className="space-y-2">
      {warnings.map((warning, position) => (
        <li key={position} className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          <span className="font-medium">{TITLES[warning.kind]}: </span>
          {warning.message}
        </li>
      ))}
    </ul>
  );
}
