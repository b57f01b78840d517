"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { callApi } from "@/components/ui/call-api";
import { Field } from "@/components/endpoints/field";
import { FormSection } from "@/components/ui/form-section";
import { primaryButton, secondaryButton } from "@/components/endpoints/styles";
import { AnswerModeFields } from "./answer-mode-fields";
import { describeModeOptions } from "./answer-mode-options";
import { CostEstimate } from "./cost-estimate";
import { DatasetFields } from "./dataset-fields";
import { EndpointPicker } from "./endpoint-picker";
import { PowerPlanner } from "./power-planner";
import { PromptSection } from "./prompt-section";
import {
  countSplitSamples,
  createInitialRunForm,
  describeShots,
  getDefaultMaxTokens,
  getDefaultTemplate,
  selectDataset,
  toFieldErrors,
  toggleEndpoint,
  toRunRequestBody,
  type TDatasetOption,
  type TEndpointOption,
  type TRunForm,
} from "./run-form-state";
import { useRunPreview } from "./use-run-preview";

type TProps = { datasets: TDatasetOption[]; endpoints: TEndpointOption[]; datasetId: string | null };

/** Start one run per selected model; the prompt preview and the cost estimate follow every change. */
export function NewRunForm({ datasets, endpoints, datasetId }: TProps) {
  const router = useRouter();
  const [form, setForm] = useState<TRunForm>(() => createInitialRunForm(datasets, endpoints, datasetId));
  const [submitError, setSubmitError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const [saving, setSaving] = useState(false);
  const dataset = datasets.find((option) => option.id === form.datasetId);
  const shots = describeShots(dataset, form.split);
  const body = toRunRequestBody(form, dataset);
  const previewState = useRunPreview(dataset ? body : null);
  const preview =
    previewState.status === "ready" ? previewState.preview : previewState.status === "idle" ? null : previewState.last;
  const previewError = previewState.status === "error" ? previewState.error : null;
  const errors = { ...toFieldErrors(previewError?.details), ...submitError?.fields };
  const update = (patch: Partial<TRunForm>) => setForm((current) => ({ ...current, ...patch }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaving(true);
    setSubmitError(null);
    const result = await callApi<{ id: string; ids: string[] }>("/api/runs", "POST", body);
    if (result.ok) {
      router.push(result.data.ids.length === 1 ? `/runs/${result.data.id}` : "/runs");
      router.refresh();
      return;
    }
    setSaving(false);
    setSubmitError({ message: result.error.message, fields: toFieldErrors(result.error.details) });
  }

  const runCount = form.endpointIds.length;
  const checked = endpoints.filter((endpoint) => form.endpointIds.includes(endpoint.id));
  const modeOptions = describeModeOptions(checked, dataset?.task);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" aria-label="Start a run">
      {submitError ? (
        <div role="alert" className="rounded-lg border border-rose-200 bg-rose-50 px-4 py-3 text-sm text-rose-800">
          {submitError.message}
        </div>
      ) : null}
      <FormSection
        title="Dataset"
        description="The samples to evaluate: a split, or only its first rows for a quick look."
      >
        <DatasetFields
          datasets={datasets}
          form={form}
          errors={errors}
          onDatasetChange={(option) => setForm((current) => selectDataset(current, option))}
          update={update}
        />
      </FormSection>
      <FormSection
        title="Models"
        description="One run per checked model, all on the same samples with the same prompt: a comparison is one click."
      >
        <EndpointPicker
          endpoints={endpoints}
          selected={form.endpointIds}
          onToggle={(endpointId) => setForm((current) => toggleEndpoint(current, endpointId))}
          error={errors.endpointIds}
        />
      </FormSection>
      <PromptSection
        form={form}
        shots={shots}
        preview={preview}
        loading={previewState.status === "loading"}
        errors={errors}
        onShotsChange={(value) => update({ shots: value })}
        onTemplateChange={(value) => update({ promptTemplate: value, templateEdited: true })}
        onTemplateReset={() =>
          update({ promptTemplate: getDefaultTemplate(dataset?.task ?? "CLASSIFICATION"), templateEdited: false })
        }
      />
      <FormSection
        title="Answers"
        description="How the label is asked for and read. Compare modes of one model to see how much of a gap is only format."
      >
        <AnswerModeFields
          options={modeOptions}
          answerMode={form.answerMode}
          withLogprobs={form.withLogprobs}
          error={errors.answerMode}
          onModeChange={(answerMode) => update({ answerMode })}
          onLogprobsChange={(withLogprobs) => update({ withLogprobs })}
        />
      </FormSection>
      <FormSection title="Generation" description="Sent with every request. Temperature 0 keeps answers repeatable.">
        <div className="grid gap-5 sm:grid-cols-3">
          <Field
            label="Temperature"
            type="number"
            min={0}
            max={2}
            step={0.1}
            value={form.temperature}
            onValueChange={(value) => update({ temperature: value })}
            error={errors.temperature}
          />
          <Field
            label="Max tokens"
            type="number"
            min={1}
            value={form.maxTokens}
            placeholder={String(getDefaultMaxTokens(dataset?.task))}
            onValueChange={(value) => update({ maxTokens: value })}
            error={errors.maxTokens}
          />
          <Field
            label="Seed"
            type="number"
            min={0}
            value={form.seed}
            onValueChange={(value) => update({ seed: value })}
            hint="Picks the examples; sent to the model too."
            error={errors.seed}
          />
        </div>
      </FormSection>
      {dataset ? (
        <FormSection
          title="Statistical power"
          description="How small a difference this many samples can tell apart from another model, before you pay for it."
        >
          <PowerPlanner dataset={dataset} samples={preview?.samples ?? countSplitSamples(form, dataset)} />
        </FormSection>
      ) : null}
      <FormSection
        title="Cost estimate"
        description="Before anything is sent. Prices come from each model's settings; a model without prices costs “unknown”, not $0."
      >
        {previewError && !Object.keys(toFieldErrors(previewError.details)).length ? (
          <p
            role="status"
            className="mb-3 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
          >
            {previewError.message}
          </p>
        ) : null}
        <CostEstimate preview={preview} />
      </FormSection>
      <div className="flex items-center justify-end gap-3">
        <Link href="/runs" className={secondaryButton}>
          Cancel
        </Link>
        <button type="submit" className={primaryButton} disabled={saving || runCount === 0 || !dataset}>
          {saving ? "Starting…" : runCount > 1 ? `Start ${runCount} runs` : "Start run"}
        </button>
      </div>
    </form>
  );
}
