import { useId } from "react";
import { Field } from "@/components/endpoints/field";
import { card, fieldError, hint, input, label, secondaryButton } from "@/components/endpoints/styles";
import type { TRunPreview } from "@/lib/runs/preview";
import type { TRunForm } from "./run-form-state";
import { ScrollBox } from "@/components/ui/scroll-box";

const placeholders = [
  { name: "{{labels}}", text: "the allowed labels, one per line" },
  { name: "{{examples}}", text: "the k-shot examples from TRAIN (empty for zero-shot)" },
  { name: "{{input}}", text: "the sample's text (required)" },
];

type TProps = {
  form: TRunForm;
  shots: { max: number; disabledReason: string | null };
  preview: TRunPreview | null;
  loading: boolean;
  errors: Record<string, string>;
  onShotsChange: (value: string) => void;
  onTemplateChange: (value: string) => void;
  onTemplateReset: () => void;
};

/** Shots, the editable template and the prompt it renders for the first sample of the split. */
export function PromptSection({ form, shots, preview, loading, errors, ...handlers }: TProps) {
  const id = useId();
  const templateError = errors.promptTemplate;
  return (
    <section aria-labelledby={`${id}-title`} className={`${card} p-6`}>
      <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
        Prompt
      </h2>
      <p className="mt-1 max-w-3xl text-sm text-slate-600">
        Every sample is sent as one user message rendered from this template. The template is stored with the run, so
        editing the default later never changes what an old run sent.
      </p>
      <Field
        className="mt-5 max-w-xs"
        label="Shots"
        type="number"
        min={0}
        max={shots.max}
        value={shots.disabledReason ? "0" : form.shots}
        onValueChange={handlers.onShotsChange}
        disabled={shots.disabledReason !== null}
        hint={shots.disabledReason ?? `0 for zero-shot; up to ${shots.max} examples drawn from TRAIN with the seed.`}
        error={errors.shots}
      />
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <div>
          <div className="flex items-end justify-between gap-2">
            <label htmlFor={`${id}-template`} className={label}>
              Prompt template
            </label>
            <button
              type="button"
              className={`${secondaryButton} px-2.5 py-1 text-xs`}
              onClick={handlers.onTemplateReset}
            >
              Reset to default
            </button>
          </div>
          <textarea
            id={`${id}-template`}
            value={form.promptTemplate}
            onChange={(event) => handlers.onTemplateChange(event.target.value)}
            rows={14}
            spellCheck={false}
            aria-invalid={templateError ? true : undefined}
            aria-describedby={`${id}-placeholders${templateError ? ` ${id}-template-error` : ""}`}
            className={`${input} mt-1.5 font-mono text-xs leading-relaxed`}
          />
          {templateError ? (
            <p id={`${id}-template-error`} className={fieldError}>
              {templateError}
            </p>
          ) : null}
          <ul id={`${id}-placeholders`} className={`${hint} mt-2 space-y-0.5`}>
            {placeholders.map((placeholder) => (
              <li key={placeholder.name}>
                <code className="rounded bg-slate-100 px-1 py-0.5 font-mono text-slate-700">{placeholder.name}</code>{" "}
                {placeholder.text}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <p className={label} id={`${id}-preview-title`}>
            Rendered for one sample
            {loading ? <span className="ml-2 text-xs font-normal text-slate-500">updating…</span> : null}
          </p>
          {preview ? (
            <>
              <ScrollBox
                as="pre"
                labelledBy={`${id}-preview-title`}
                testId="prompt-preview"
                className="mt-1.5 max-h-96 overflow-auto whitespace-pre-wrap break-words rounded-lg border border-slate-200 bg-slate-50 p-3 font-mono text-xs leading-relaxed text-slate-800"
              >
                {preview.prompt}
              </ScrollBox>
              <p className={hint}>
                The first sample of the {form.split} split (row {preview.sample.index + 1} of the file) · expected:{" "}
                <span className="font-medium text-slate-700">{preview.sample.expected.slice(0, 120)}</span>
              </p>
            </>
          ) : (
            <p className="mt-1.5 rounded-lg border border-dashed border-slate-300 p-3 text-sm text-slate-500">
              The rendered prompt appears here.
            </p>
          )}
        </div>
      </div>
    </section>
  );
}
