import type { TSplitCounts } from "@/lib/datasets/preview-check";
import { formatCount } from "@/components/ui/format";
import { SelectField, TextField } from "./fields";
import type { TDraftErrors, TUploadDraft } from "./upload-draft";

type TProps = {
  columns: string[];
  draft: TUploadDraft;
  errors: TDraftErrors;
  /** Split values found in the preview rows for the chosen split column. */
  splits: TSplitCounts | null;
  onChange: (patch: Partial<TUploadDraft>) => void;
};

/** Train/test: the file's own split column, or a seeded split drawn per label. */
export function SplitForm({ columns, draft, errors, splits, onChange }: TProps) {
  const perLabel = draft.task === "CLASSIFICATION" ? " of each label" : "";
  return (
    <div className="space-y-5">
      <SelectField
        className="sm:max-w-sm"
        label="Split column"
        hint="Values train/training or test/testing/eval/validation/dev. Rows left empty are drawn."
        value={draft.split}
        options={columns.filter((column) => column !== draft.input && column !== draft.expected)}
        noneLabel="None: draw a train/test split"
        onValueChange={(split) => onChange({ split })}
      />
      {draft.split && splits ? (
        <p className="text-sm text-slate-700">
          In the rows read: {formatCount(splits.train)} train, {formatCount(splits.test)} test
          {splits.unassigned > 0 ? `, ${formatCount(splits.unassigned)} without a value (drawn)` : ""}.
          {splits.train === 0 && splits.unassigned === 0 ? (
            <span className="mt-2 block rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-amber-900">
              No train rows: k-shot runs take their examples from the train split. Choose “None” to draw a split
              instead.
            </span>
          ) : null}
        </p>
      ) : null}
      <div className="grid gap-5 sm:grid-cols-3">
        <TextField
          label="Test share"
          hint={`The share${perLabel} that becomes test${draft.split ? " (rows without a split value)" : ""}.`}
          value={draft.testPercent}
          suffix="%"
          inputMode="decimal"
          error={errors.testPercent}
          onValueChange={(testPercent) => onChange({ testPercent })}
        />
        <TextField
          label="Seed"
          hint="The same seed draws the same split."
          value={draft.seed}
          inputMode="numeric"
          error={errors.seed}
          onValueChange={(seed) => onChange({ seed })}
        />
      </div>
    </div>
  );
}
