"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi } from "@/components/ui/call-api";
import { FormSection } from "@/components/ui/form-section";
import { errorBox, hint, input, label, primaryButton, secondaryButton, select } from "@/components/ui/styles";
import { ExportSummary } from "./export-summary";
import type { TExportSummary, TFineTuneChoices } from "./types";

type TProps = { choices: TFineTuneChoices; initialDatasetId: string };

const optionalNumber = (value: string) => (value.trim() === "" ? undefined : Number(value));

/**
 * Export → estimate → confirm: the export's rows, tokens and cost are shown first (with the JSONL downloads), and
 * the fine-tune starts only from "Confirm and start", which sends the estimate the user saw.
 */
export function NewFineTuneForm({ choices, initialDatasetId }: TProps) {
  const router = useRouter();
  const [datasetId, setDatasetId] = useState(initialDatasetId);
  const [providerId, setProviderId] = useState(choices.providers[0]?.id ?? "");
  const [split, setSplit] = useState<"TRAIN" | "TEST">("TRAIN");
  const [validationShare, setValidationShare] = useState("0.1");
  const [seed, setSeed] = useState("1");
  const [epochs, setEpochs] = useState("");
  const [learningRate, setLearningRate] = useState("");
  const [batchSize, setBatchSize] = useState("");
  const [suffix, setSuffix] = useState("");
  const [trainingPrice, setTrainingPrice] = useState("");
  const [summary, setSummary] = useState<TExportSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const exportQuery = new URLSearchParams({ split, validationShare, seed, trainingPricePerM: trainingPrice });
  const exportBase = `/api/datasets/${datasetId}/finetune-export?${exportQuery.toString()}`;
  const changed = () => setSummary(null);

  async function estimate() {
    setBusy(true);
    setError(null);
    const result = await callApi<TExportSummary>(`${exportBase}&file=summary`);
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setSummary(result.data);
  }

  async function confirm() {
    if (!summary) return;
    setBusy(true);
    setError(null);
    const result = await callApi<{ id: string }>("/api/finetunes", "POST", {
      datasetId,
      providerEndpointId: providerId,
      split,
      validationShare: Number(validationShare),
      seed: Number(seed),
      nEpochs: optionalNumber(epochs),
      learningRateMultiplier: optionalNumber(learningRate),
      batchSize: optionalNumber(batchSize),
      suffix: suffix.trim() === "" ? undefined : suffix.trim(),
      trainingPricePerM: optionalNumber(trainingPrice),
      confirmedTrainingTokens: summary.training.tokens,
    });
    if (!result.ok) {
      setBusy(false);
      return setError(result.error.message);
    }
    router.push(`/finetunes/${result.data.id}`);
  }

  const field = (id: string, text: string, value: string, set: (value: string) => void, help?: string) => (
    <div>
      <label htmlFor={id} className={label}>
        {text}
      </label>
      <input
        id={id}
        className={`${input} mt-1`}
        value={value}
        inputMode="decimal"
        onChange={(event) => {
          set(event.target.value);
          changed();
        }}
      />
      {help ? <p className={hint}>{help}</p> : null}
    </div>
  );

  return (
    <div className="max-w-5xl space-y-6">
      <FormSection
        title="Data"
        description="The split is exported with the runs' zero-shot prompt, so the model is trained on exactly what it is evaluated with."
      >
        <div className="grid gap-4 md:grid-cols-2">
          <div>
            <label htmlFor="dataset" className={label}>
              Dataset
            </label>
            <select
              id="dataset"
              className={`${select} mt-1`}
              value={datasetId}
              onChange={(event) => {
                setDatasetId(event.target.value);
                changed();
              }}
            >
              {choices.datasets.map((dataset) => (
                <option key={dataset.id} value={dataset.id}>
                  {dataset.name} ({dataset.trainCount} train)
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="split" className={label}>
              Split
            </label>
            <select
              id="split"
              className={`${select} mt-1`}
              value={split}
              onChange={(event) => {
                setSplit(event.target.value === "TEST" ? "TEST" : "TRAIN");
                changed();
              }}
            >
              <option value="TRAIN">TRAIN (recommended)</option>
              <option value="TEST">TEST (then never evaluate on it)</option>
            </select>
          </div>
          {field(
            "validation-share",
            "Validation share",
            validationShare,
            setValidationShare,
            "0 to 0.5, held out of the split with the seed.",
          )}
          {field("seed", "Seed", seed, setSeed)}
        </div>
      </FormSection>
      <FormSection
        title="Provider"
        description="Any endpoint that speaks the OpenAI fine-tuning API; its model is the base model. The built-in local models train here, offline."
      >
        <div className="grid gap-4 md:grid-cols-2">
          <div className="md:col-span-2">
            <label htmlFor="provider" className={label}>
              Provider and base model
            </label>
            <select
              id="provider"
              className={`${select} mt-1`}
              value={providerId}
              onChange={(event) => setProviderId(event.target.value)}
            >
              {choices.providers.map((provider) => (
                <option key={provider.id} value={provider.id}>
                  {provider.name} ({provider.model})
                </option>
              ))}
            </select>
          </div>
          {field("epochs", "Epochs", epochs, setEpochs, "Empty: the provider's automatic choice.")}
          {field("learning-rate", "Learning-rate multiplier", learningRate, setLearningRate)}
          {field("batch-size", "Batch size", batchSize, setBatchSize)}
          {field("suffix", "Model suffix", suffix, setSuffix, "Letters, digits and dashes.")}
          {field(
            "training-price",
            "Training price (USD per million tokens)",
            trainingPrice,
            setTrainingPrice,
            "The provider's price, for the estimate.",
          )}
        </div>
      </FormSection>
      <FormSection title="Estimate" description="Nothing is uploaded until you confirm this estimate.">
        <div className="space-y-4">
          {summary ? (
            <ExportSummary summary={summary} epochs={optionalNumber(epochs) ?? null} downloadBase={exportBase} />
          ) : null}
          {error ? (
            <p role="alert" className={errorBox}>
              {error}
            </p>
          ) : null}
          <div className="flex gap-3">
            <button type="button" className={secondaryButton} onClick={estimate} disabled={busy || !datasetId}>
              {summary ? "Estimate again" : "Estimate"}
            </button>
            <button
              type="button"
              className={primaryButton}
              onClick={confirm}
              disabled={busy || !summary || summary.refusals.length > 0 || !providerId}
            >
              Confirm and start fine-tune
            </button>
          </div>
        </div>
      </FormSection>
    </div>
  );
}
