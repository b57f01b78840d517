import { ZIdParams } from "@/lib/api/ids";
import { jsonResponse } from "@/lib/api/response";
import { apiRoute } from "@/lib/api/route";
import { buildDatasetExport, toExportDownload } from "@/lib/finetune/export";
import { ZExportQuery } from "@/lib/finetune/export-query";

export const dynamic = "force-dynamic";

/** A split as chat-format JSONL for fine-tuning: `file=summary` (rows, tokens, cost, refusals) or a file download. */
export const GET = apiRoute({ params: ZIdParams, query: ZExportQuery }, async ({ params, query }) => {
  const { file, ...settings } = query;
  const { dataset, plan } = await buildDatasetExport(params.id, settings);
  if (file === "summary") return jsonResponse({ datasetId: dataset.id, ...settings, ...plan.summary });
  return toExportDownload(plan, file, dataset.name);
});
