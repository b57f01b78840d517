import type { TDatasetTask } from "@/lib/datasets/mapping";
import { SelectField } from "./fields";
import type { TDraftErrors, TUploadDraft } from "./upload-draft";

const TASKS: { value: TDatasetTask; title: string; text: string }[] = [
  { value: "CLASSIFICATION", title: "Classification", text: "Each row has one label from a fixed set." },
  {
    value: "OPEN_QA",
    title: "Open question answering",
    text: "Each row has a reference answer; an LLM judge grades the models' answers.",
  },
];

type TProps = {
  columns: string[];
  draft: TUploadDraft;
  errors: TDraftErrors;
  suggestedTask: TDatasetTask;
  onChange: (patch: Partial<TUploadDraft>) => void;
};

/** The task and which column plays which role. */
export function MappingForm({ columns, draft, errors, suggestedTask, onChange }: TProps) {
  const used = new Set([draft.input, draft.expected, draft.id, draft.split]);
  const metadataChoices = columns.filter((column) => !used.has(column));
  return (
    <div className="space-y-6">
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Task</legend>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          {TASKS.map((task) => (
            <label
              key={task.value}
              className={`flex cursor-pointer gap-3 rounded-lg border p-4 text-sm transition ${
                draft.task === task.value
                  ? "border-indigo-500 bg-indigo-50/60 ring-1 ring-indigo-500"
                  : "border-slate-300"
              }`}
            >
              <input
                type="radio"
                name="task"
                value={task.value}
                checked={draft.task === task.value}
                onChange={() => onChange({ task: task.value })}
                className="mt-0.5 accent-indigo-600"
              />
              <span>
                <span className="font-medium text-slate-900">
                  {task.title}
                  {task.value === suggestedTask ? (
                    <span className="ml-2 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-normal text-slate-600">
                      suggested
                    </span>
                  ) : null}
                </span>
                <span className="mt-0.5 block text-slate-600">{task.text}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-5 sm:grid-cols-3">
        <SelectField
          label="Input column"
          hint="The text the model sees."
          value={draft.input}
          options={columns}
          error={errors.input}
          onValueChange={(input) => onChange({ input })}
        />
        <SelectField
          label={draft.task === "CLASSIFICATION" ? "Label column" : "Reference answer column"}
          hint={draft.task === "CLASSIFICATION" ? "The expected label." : "The answer the judge compares against."}
          value={draft.expected}
          options={columns}
          error={errors.expected}
          onValueChange={(expected) => onChange({ expected })}
        />
        <SelectField
          label="ID column"
          hint="Optional: your own row ids, kept with each sample."
          value={draft.id}
          options={columns}
          noneLabel="None"
          onValueChange={(id) => onChange({ id })}
        />
      </div>
      {metadataChoices.length > 0 ? (
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">Metadata columns</legend>
          <p className="mt-1 text-xs text-slate-500">Kept with each sample and shown in the sample browser.</p>
          <div className="mt-2 flex flex-wrap gap-2">
            {metadataChoices.map((column) => {
              const checked = draft.metadata.includes(column);
              return (
                <label
                  key={column}
                  className={`inline-flex cursor-pointer items-center gap-2 rounded-full border px-3 py-1 text-sm ${
                    checked ? "border-indigo-500 bg-indigo-50 text-indigo-800" : "border-slate-300 text-slate-700"
                  }`}
                >
                  <input
                    type="checkbox"
                    checked={checked}
                    className="accent-indigo-600"
                    onChange={() =>
                      onChange({
                        metadata: checked
                          ? draft.metadata.filter((name) => name !== column)
                          : [...draft.metadata, column],
                      })
                    }
                  />
                  {column}
                </label>
              );
            })}
          </div>
        </fieldset>
      ) : null}
    </div>
  );
}
