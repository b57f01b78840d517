import { Field } from "./field";
import { errorFor } from "./form-state";
import { FormSection } from "@/components/ui/form-section";
import type { TSectionProps } from "./section-props";

export function PricingSection({ state, update, errors }: TSectionProps) {
  return (
    <FormSection
      title="Pricing"
      description="US dollars per million tokens, to compare cost next to quality. Leave empty if unknown; use 0 for a model you host."
    >
      <div className="grid gap-5 sm:grid-cols-2">
        <Field
          label="Input price"
          type="number"
          inputMode="decimal"
          min={0}
          step="any"
          suffix="$ / 1M"
          value={state.inputPricePerM}
          onValueChange={(inputPricePerM) => update({ inputPricePerM })}
          error={errorFor(errors, "inputPricePerM")}
          placeholder="0.15"
        />
        <Field
          label="Output price"
          type="number"
          inputMode="decimal"
          min={0}
          step="any"
          suffix="$ / 1M"
          value={state.outputPricePerM}
          onValueChange={(outputPricePerM) => update({ outputPricePerM })}
          error={errorFor(errors, "outputPricePerM")}
          placeholder="0.60"
        />
      </div>
    </FormSection>
  );
}

export function LimitsSection({ state, update, errors }: TSectionProps) {
  return (
    <FormSection
      title="Limits"
      description="How hard Evalboard may push this server, across all workers. Lower them for a single local GPU."
    >
      <div className="grid gap-5 sm:grid-cols-3">
        <Field
          label="Max concurrency"
          type="number"
          inputMode="numeric"
          min={1}
          max={256}
          step={1}
          suffix="requests"
          value={state.maxConcurrency}
          onValueChange={(maxConcurrency) => update({ maxConcurrency })}
          error={errorFor(errors, "maxConcurrency")}
          hint="1–256 in flight."
          required
        />
        <Field
          label="Requests per minute"
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          suffix="/ min"
          value={state.requestsPerMinute}
          onValueChange={(requestsPerMinute) => update({ requestsPerMinute })}
          error={errorFor(errors, "requestsPerMinute")}
          hint="Empty: no limit."
        />
        <Field
          label="Timeout"
          type="number"
          inputMode="decimal"
          min={1}
          max={600}
          step="any"
          suffix="seconds"
          value={state.timeoutSeconds}
          onValueChange={(timeoutSeconds) => update({ timeoutSeconds })}
          error={errorFor(errors, "timeoutMs")}
          hint="Per request, 1–600 s."
          required
        />
      </div>
    </FormSection>
  );
}
