import { ModelId } from "@/components/ui/model-id";
import { TagPills } from "@/components/endpoints/tag-pills";
import { formatPrice } from "@/components/endpoints/format";
import type { TEndpointOption } from "./run-form-state";

/** Checkboxes, one per registered model: each checked model gets its own run on the same samples and prompt. */
export function EndpointPicker({
  endpoints,
  selected,
  onToggle,
  error,
}: {
  endpoints: readonly TEndpointOption[];
  selected: readonly string[];
  onToggle: (endpointId: string) => void;
  error?: string | undefined;
}) {
  return (
    <fieldset aria-describedby={error ? "endpoint-picker-error" : undefined}>
      <legend className="sr-only">Models</legend>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200">
        {endpoints.map((endpoint) => {
          const checked = selected.includes(endpoint.id);
          const priced = endpoint.inputPricePerM !== null && endpoint.outputPricePerM !== null;
          return (
            <li key={endpoint.id}>
              <label
                className={`flex cursor-pointer items-start gap-3 px-4 py-3 transition-colors ${checked ? "bg-indigo-50/60" : "hover:bg-slate-50"}`}
              >
                <input
                  type="checkbox"
                  checked={checked}
                  onChange={() => onToggle(endpoint.id)}
                  className="mt-0.5 size-4 rounded border-slate-300 accent-indigo-600"
                />
                <span className="min-w-0 flex-1">
                  <span className="block text-sm font-medium text-slate-900">{endpoint.name}</span>
                  <ModelId model={endpoint.model} className="block text-xs text-slate-600" />
                  {endpoint.tags.length > 0 ? (
                    <span className="mt-1.5 block">
                      <TagPills tags={endpoint.tags} />
                    </span>
                  ) : null}
                </span>
                <span className="shrink-0 text-right text-xs tabular-nums text-slate-600">
                  {priced ? (
                    <>
                      {formatPrice(endpoint.inputPricePerM)} / {formatPrice(endpoint.outputPricePerM)}
                      <span className="block text-slate-600">per 1M tokens in / out</span>
                    </>
                  ) : (
                    <span className="italic text-slate-600">no price</span>
                  )}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      {error ? (
        <p id="endpoint-picker-error" className="mt-1 text-xs font-medium text-rose-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
