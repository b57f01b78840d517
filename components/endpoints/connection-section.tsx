import { Field } from "./field";
import { errorFor } from "./form-state";
import { FormSection } from "@/components/ui/form-section";
import { GuidedChoiceField } from "./guided-choice-field";
import { HeaderRows } from "./header-rows";
import { BASE_URL_PRESETS } from "./presets";
import type { TSectionProps } from "./section-props";
import { chipButton } from "./styles";

export function ConnectionSection({ state, update, errors, endpoint }: TSectionProps) {
  const keyPlaceholder = endpoint?.hasApiKey
    ? `${endpoint.apiKeyLast4 ?? "Key set"} — leave empty to keep`
    : "sk-… (leave empty if the server needs none)";
  return (
    <FormSection
      title="Connection"
      description="Any server that speaks the OpenAI chat-completions API. Keys and headers are encrypted at rest and never shown again."
    >
      <Field
        label="Name"
        value={state.name}
        onValueChange={(name) => update({ name })}
        error={errorFor(errors, "name")}
        hint="Shown on the leaderboard, e.g. “Llama 3.1 8B fine-tuned”."
        required
        maxLength={100}
        autoComplete="off"
      />
      <Field
        label="Base URL"
        aside={
          <BaseUrlPresets
            current={state.baseUrl}
            onPick={(baseUrl, guidedChoiceField) => update({ baseUrl, guidedChoiceField })}
          />
        }
        type="url"
        value={state.baseUrl}
        onValueChange={(baseUrl) => update({ baseUrl })}
        error={errorFor(errors, "baseUrl")}
        placeholder="https://api.openai.com/v1"
        hint="Up to and including /v1; requests go to <base URL>/chat/completions."
        required
        spellCheck={false}
        autoComplete="off"
      />
      <Field
        label="Model"
        value={state.model}
        onValueChange={(model) => update({ model })}
        error={errorFor(errors, "model")}
        placeholder="gpt-4o-mini, llama3.1:8b, meta-llama/Llama-3.1-8B-Instruct"
        hint="Exactly as the server names it (the “model” field of each request)."
        required
        spellCheck={false}
        autoComplete="off"
      />
      <div>
        <Field
          label="API key"
          type="password"
          value={state.apiKey}
          onValueChange={(apiKey) => update({ apiKey, removeApiKey: false })}
          error={errorFor(errors, "apiKey")}
          placeholder={keyPlaceholder}
          autoComplete="new-password"
          spellCheck={false}
          disabled={state.removeApiKey}
        />
        {endpoint?.hasApiKey ? (
          <label className="mt-2 flex items-center gap-2 text-sm text-slate-700">
            <input
              type="checkbox"
              className="size-4 rounded border-slate-300 accent-rose-600"
              checked={state.removeApiKey}
              onChange={(event) => update({ removeApiKey: event.target.checked, apiKey: "" })}
            />
            Remove the stored key
          </label>
        ) : null}
      </div>
      <GuidedChoiceField
        value={state.guidedChoiceField}
        onChange={(guidedChoiceField) => update({ guidedChoiceField })}
        error={errorFor(errors, "guidedChoiceField")}
      />
      <HeaderRows state={state} update={update} errors={errors} endpoint={endpoint} />
    </FormSection>
  );
}

function BaseUrlPresets({
  current,
  onPick,
}: {
  current: string;
  onPick: (baseUrl: string, guidedChoiceField: string) => void;
}) {
  return (
    <div role="group" aria-label="Base URL presets" className="flex flex-wrap items-center gap-1.5">
      <span className="text-xs text-slate-500">Presets:</span>
      {BASE_URL_PRESETS.map((preset) => (
        <button
          key={preset.label}
          type="button"
          className={chipButton}
          aria-pressed={current === preset.baseUrl}
          title={preset.baseUrl}
          onClick={() => onPick(preset.baseUrl, preset.guidedChoiceField)}
        >
          {preset.label}
        </button>
      ))}
    </div>
  );
}
