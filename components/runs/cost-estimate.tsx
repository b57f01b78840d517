import type { TRunPreview } from "@/lib/runs/preview";
import { formatCount, formatUsd } from "@/components/ui/format";
import { TableHead } from "@/components/ui/table-head";

/** Tokens and cost per selected model before anything is sent; unknown (never $0) for a model without prices. */
export function CostEstimate({ preview }: { preview: TRunPreview | null }) {
  if (!preview) return <p className="text-sm text-slate-500">The estimate appears once the settings are valid.</p>;
  if (preview.perEndpoint.length === 0) {
    return <p className="text-sm text-slate-500">Choose at least one model to see what the run would cost.</p>;
  }
  const { total } = preview;
  return (
    <div>
      <div className="overflow-x-auto rounded-lg border border-slate-200">
        <table className="w-full text-left text-sm" aria-label="Cost estimate">
          <TableHead
            edges={false}
            columns={[
              { key: "model", label: "Model" },
              { key: "prompt", label: "Prompt tokens", align: "right" },
              { key: "completion", label: "Completion tokens", align: "right" },
              { key: "cost", label: "Estimated cost", align: "right" },
            ]}
          />
          <tbody className="divide-y divide-slate-100">
            {preview.perEndpoint.map((estimate) => (
              <tr key={estimate.endpointId}>
                <th scope="row" className="px-4 py-2.5 font-medium text-slate-900">
                  {estimate.name}
                </th>
                <td className="px-4 py-2.5 text-right tabular-nums text-slate-700">
                  ≈ {formatCount(estimate.promptTokens)}
                </td>
                <td className="px-4 py-2.5 text-right tabular-nums text-slate-700">
                  ≈ {formatCount(estimate.completionTokens)}
                </td>
                <td
                  className={`px-4 py-2.5 text-right tabular-nums ${estimate.cost === null ? "italic text-slate-500" : "font-medium text-slate-900"}`}
                >
                  {estimate.cost === null ? "unknown" : `≈ ${formatUsd(estimate.cost)}`}
                </td>
              </tr>
            ))}
          </tbody>
          {preview.perEndpoint.length > 1 ? (
            <tfoot className="border-t border-slate-200 bg-slate-50/60">
              <tr>
                <th scope="row" className="px-4 py-2.5 font-semibold text-slate-900">
                  Total
                </th>
                <td className="px-4 py-2.5 text-right tabular-nums text-slate-700">
                  ≈ {formatCount(total.promptTokens)}
                </td>
                <td className="px-4 py-2.5 text-right tabular-nums text-slate-700">
                  ≈ {formatCount(total.completionTokens)}
                </td>
                <td className="px-4 py-2.5 text-right font-semibold tabular-nums text-slate-900">
                  {total.cost !== null ? `≈ ${formatUsd(total.cost)}` : `≈ ${formatUsd(total.knownCost)} + unknown`}
                </td>
              </tr>
            </tfoot>
          ) : null}
        </table>
      </div>
      <p className="mt-2 text-xs text-slate-500">
        {formatCount(preview.samples)} samples per run. Prompt tokens ≈ characters ÷ 4 of the rendered prompts;
        completion tokens assume{" "}
        {preview.task === "OPEN_QA"
          ? `the whole max tokens (${formatCount(preview.maxTokens)}) per answer, an upper bound`
          : `about ${formatCount(preview.completionTokensPerSample)} tokens per answer (the longest label)`}
        .{total.unpriced.length > 0 ? ` No price is set for ${total.unpriced.join(", ")}, so its cost is unknown.` : ""}
      </p>
    </div>
  );
}
