import { useId } from "react";
import { Field } from "@/components/endpoints/field";
import { fieldError, hint, input, label } from "@/components/endpoints/styles";
import { formatCount } from "@/components/ui/format";
import type { TDatasetOption, TRunForm } from "./run-form-state";

type TProps = {
  datasets: readonly TDatasetOption[];
  form: TRunForm;
  errors: Record<string, string>;
  onDatasetChange: (dataset: TDatasetOption) => void;
  update: (patch: Partial<TRunForm>) => void;
};

const taskNames = { CLASSIFICATION: "classification", OPEN_QA: "open QA" } as const;

/** Dataset, split and sample limit. */
export function DatasetFields({ datasets, form, errors, onDatasetChange, update }: TProps) {
  const id = useId();
  const dataset = datasets.find((option) => option.id === form.datasetId);
  const splitSize = dataset ? (form.split === "TEST" ? dataset.testCount : dataset.trainCount) : 0;
  return (
    <>
      <div>
        <label htmlFor={`${id}-dataset`} className={label}>
          Dataset
        </label>
        <select
          id={`${id}-dataset`}
          value={form.datasetId}
          onChange={(event) => {
            const next = datasets.find((option) => option.id === event.target.value);
            if (next) onDatasetChange(next);
          }}
          className={`${input} mt-1.5`}
        >
          {datasets.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name} — {taskNames[option.task]}, {formatCount(option.testCount)} test /{" "}
              {formatCount(option.trainCount)} train
            </option>
          ))}
        </select>
        {errors.datasetId ? <p className={fieldError}>{errors.datasetId}</p> : null}
      </div>
      <fieldset>
        <legend className={label}>Split to evaluate</legend>
        <div className="mt-1.5 flex gap-2">
          {(["TEST", "TRAIN"] as const).map((split) => {
            const count = dataset ? (split === "TEST" ? dataset.testCount : dataset.trainCount) : 0;
            return (
              <label
                key={split}
                className={`flex cursor-pointer items-center gap-2 rounded-lg border px-3 py-2 text-sm has-checked:border-indigo-500 has-checked:bg-indigo-50 has-checked:text-indigo-800 has-disabled:cursor-not-allowed has-disabled:opacity-50 border-slate-300`}
              >
                <input
                  type="radio"
                  name={`${id}-split`}
                  value={split}
                  checked={form.split === split}
                  disabled={count === 0}
                  onChange={() => update({ split })}
                  className="accent-indigo-600"
                />
                {split} <span className="tabular-nums text-slate-600">({formatCount(count)})</span>
              </label>
            );
          })}
        </div>
        <p className={hint}>TEST is what models are compared on; k-shot examples always come from TRAIN.</p>
      </fieldset>
      <Field
        label="Sample limit"
        type="number"
        min={1}
        value={form.limit}
        placeholder={`all ${formatCount(splitSize)}`}
        onValueChange={(value) => update({ limit: value })}
        hint="Evaluate only the first N samples of the split, in file order: the same N for every model."
        error={errors.limit}
      />
    </>
  );
}
